package fr.plie.core.step;

/** The kinds of steps, one per {@link StepDetail} type. */
public enum StepKind {
    DIAGNOSTIC,
    MOBILISATION,
    BARRIER_ACTION,
    TRAINING,
    EMPLOYMENT,
    IMMERSION,
    JOB_SEARCH_WORKSHOP,
    BUSINESS_CREATION
}
