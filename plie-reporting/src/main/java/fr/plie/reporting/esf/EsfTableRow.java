package fr.plie.reporting.esf;

/** One line of the per-operation EECO/EECR table: a code and its count by gender. */
public record EsfTableRow(String code, long total, long women, long men, long nonBinary) {}
