package fr.plie.rules.eligibility;

/**
 * The conclusion of an eligibility check, in three values because unknown is not unmet: a candidate whose
 * referral lacks facts is neither admitted nor turned away, the missing facts are asked for (as les-emplois
 * does).
 */
public enum EligibilityStatus {
    /** Resident, within the age bounds, and meeting enough criteria whatever the missing facts turn out to be. */
    ELIGIBLE,
    /** Outside the territory or the age bounds, or unable to meet enough criteria even if every unknown were met. */
    NOT_ELIGIBLE,
    /** Enough criteria could be met once the missing facts are recorded, but not enough are met yet. */
    INCOMPLETE
}
