package fr.plie.core.step;

/** The result of a training. */
public enum TrainingResult {
    /** Diploma, title or certificate obtained ("validée"). */
    OBTAINED,
    /** Failed. */
    FAILED,
    /** Abandoned before its end. */
    ABANDONED,
    /** Not yet known. */
    PENDING
}
