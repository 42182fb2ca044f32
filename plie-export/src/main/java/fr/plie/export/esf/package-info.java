/**
 * The ESF+ files (docs/esf.md): the participant file of an operation with its column mapping and the per-operation
 * EECO/EECR table, CSV in UTF-8 with semicolons; the declared operations read from CSV. The rows come from {@code
 * fr.plie.reporting.esf}.
 */
package fr.plie.export.esf;
