package fr.plie.spreadsheet;

import fr.plie.core.parcours.Parcours;
import fr.plie.core.participant.Participant;

/**
 * A parcours read from the rows {@code firstRow} to {@code lastRow} of a file, with its participant, built through
 * the parcours lifecycle (so it obeys every rule a parcours entered by hand obeys).
 */
public record ImportedParcours(long firstRow, long lastRow, Participant participant, Parcours parcours) {}
