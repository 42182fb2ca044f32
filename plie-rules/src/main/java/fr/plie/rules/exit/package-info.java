/**
 * The positive-exit engine ("sortie positive"): an {@link fr.plie.rules.exit.ExitPolicy} holds one PLIE's
 * reading of what counts as durable employment, qualifying training or business creation (every row of the
 * table in which the seeds differ is one of its parameters), {@link fr.plie.rules.exit.ExitEngine} judges a
 * parcours against it and explains itself rule by rule, in French or English.
 */
@ImmutableStyle
package fr.plie.rules.exit;

import fr.plie.core.internal.ImmutableStyle;
