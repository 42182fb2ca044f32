package fr.plie.core.step;

/** The kinds of steps, one per {@link StepDetail} type. */
public enum StepKind {
    /** A social and professional diagnostic. */
    DIAGNOSTIC,
    /** A mobilisation action. */
    MOBILISATION,
    /** An action to lift a barrier. */
    BARRIER_ACTION,
    /** A training. */
    TRAINING,
    /** An employment. */
    EMPLOYMENT,
    /** An immersion in a company (PMSMP). */
    IMMERSION,
    /** A job-search workshop. */
    JOB_SEARCH_WORKSHOP,
    /** Creating one's own business. */
    BUSINESS_CREATION
}
