package fr.plie.core.parcours;

/** The result of proposing a participant for a job offer. */
public enum PlacementResult {
    PENDING,
    HIRED,
    NOT_SELECTED,
    DECLINED_BY_PARTICIPANT,
    NO_SHOW,
    OFFER_WITHDRAWN
}
