package fr.plie.core.participant;

/** Where the work on a barrier stands. */
public enum BarrierStatus {
    /** Identified, not worked on yet. */
    IDENTIFIED,
    /** Being worked on. */
    IN_PROGRESS,
    /** Lifted. */
    LIFTED
}
