/**
 * The ESF+ participant data behind the ESF+ indicators: participant-operation records ({@link
 * fr.plie.reporting.esf.OperationSplitter}), the questionnaire answered from the profile, the parcours and the
 * entered answers ({@link fr.plie.reporting.esf.EsfQuestionnaire}), what is still missing and by when ({@link
 * fr.plie.reporting.esf.EsfCompleteness}), the per-operation EECO/EECR table and the ESF+ participant file.
 * docs/esf.md describes every rule.
 */
package fr.plie.reporting.esf;
