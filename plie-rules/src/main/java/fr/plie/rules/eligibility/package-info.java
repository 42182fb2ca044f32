/**
 * Eligibility to a PLIE: residence in the PLIE's territory (INSEE communes grouped by EPCI), general age
 * bounds, and at least N of the criteria each PLIE lists for its public (seeds 001 Grand Périgueux and 004
 * Grand Amiénois). {@link fr.plie.rules.eligibility.EligibilityChecker} reports every condition and every
 * criterion, met or unmet, with its reason in French and English: a prescriber sees all that is missing at
 * once.
 */
package fr.plie.rules.eligibility;
