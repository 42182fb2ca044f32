package fr.plie.core.participant;

/** Where the work on a barrier stands. */
public enum BarrierStatus {
    IDENTIFIED,
    IN_PROGRESS,
    LIFTED
}
