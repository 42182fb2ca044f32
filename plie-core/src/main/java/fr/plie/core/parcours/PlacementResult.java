package fr.plie.core.parcours;

/** The result of proposing a participant for a job offer. */
public enum PlacementResult {
    /** The employer has not answered yet. */
    PENDING,
    /** The participant was hired. */
    HIRED,
    /** The employer chose another candidate. */
    NOT_SELECTED,
    /** The participant declined the offer. */
    DECLINED_BY_PARTICIPANT,
    /** The participant did not come to the interview. */
    NO_SHOW,
    /** The employer withdrew the offer. */
    OFFER_WITHDRAWN
}
