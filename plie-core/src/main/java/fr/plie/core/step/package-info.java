/**
 * The steps of a parcours ("étapes de parcours"): a closed hierarchy of details (diagnostic, mobilisation,
 * barrier action, training, employment, immersion, job-search workshop, business creation), each dated, with
 * objectives, an operator and optionally the PLIE-financed action it belongs to.
 */
@ImmutableStyle
package fr.plie.core.step;

import fr.plie.core.internal.ImmutableStyle;
