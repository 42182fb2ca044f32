/**
 * The participant of a PLIE: a pseudonymous id, the profile that rules use, and personal data kept apart so
 * it can be left out or erased without touching the figures.
 */
@ImmutableStyle
package fr.plie.core.participant;

import fr.plie.core.internal.ImmutableStyle;
