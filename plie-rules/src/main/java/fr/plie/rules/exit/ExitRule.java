package fr.plie.rules.exit;

/** The rules the engine applies, each a message key of the explanation; the bundle has a text for every one. */
enum ExitRule {
    POLICY("policy.applied"),
    STEP_AFTER_AS_OF("step.after-as-of"),
    EMPLOYMENT_TYPE_NOT_DURABLE("employment.type-not-durable"),
    EMPLOYMENT_BELOW_WORKING_TIME("employment.below-working-time"),
    EMPLOYMENT_PART_TIME_NOT_CHOSEN("employment.part-time-not-chosen"),
    EMPLOYMENT_TRIAL_PERIOD("employment.trial-period"),
    EMPLOYMENT_NO_TRIAL_PERIOD("employment.no-trial-period"),
    EMPLOYMENT_TRIAL_PERIOD_END_UNKNOWN("employment.trial-period-end-unknown"),
    EMPLOYMENT_THRESHOLD("employment.threshold"),
    EMPLOYMENT_FOLLOW_UP("employment.follow-up"),
    EMPLOYMENT_TOO_SHORT("employment.too-short"),
    EMPLOYMENT_CHAIN("employment.chain"),
    TEMPORARY_NOT_COUNTED("temporary.not-counted"),
    TEMPORARY_CONSECUTIVE("temporary.consecutive"),
    TEMPORARY_WINDOW_MET("temporary.window-met"),
    TEMPORARY_WINDOW_NOT_MET("temporary.window-not-met"),
    TEMPORARY_FOLLOW_UP_NOT_APPLIED("temporary.follow-up-not-applied"),
    SEASONAL_WINDOW_MET("seasonal.window-met"),
    SEASONAL_WINDOW_NOT_MET("seasonal.window-not-met"),
    TRAINING_NOT_QUALIFYING("training.not-qualifying"),
    TRAINING_ENTRY("training.entry"),
    TRAINING_VALIDATED("training.validated"),
    TRAINING_FAILED("training.failed"),
    TRAINING_PENDING("training.pending"),
    TRAINING_LONG("training.long"),
    TRAINING_FOLLOW_UP("training.follow-up"),
    TRAINING_LEFT_BEFORE_FOLLOW_UP("training.left-before-follow-up"),
    CREATION_NOT_REGISTERED("creation.not-registered"),
    CREATION_REGISTERED("creation.registered"),
    CREATION_CONSOLIDATION("creation.consolidation"),
    CREATION_CEASED("creation.ceased"),
    CANDIDATE_MET("candidate.met"),
    CANDIDATE_PROJECTED("candidate.projected"),
    OUTCOME_POSITIVE("outcome.positive"),
    OUTCOME_NOT_YET("outcome.not-yet"),
    OUTCOME_AWAITING_FACT("outcome.awaiting-fact"),
    OUTCOME_NOT_POSITIVE("outcome.not-positive"),
    EXIT_PROPOSED_TOO_EARLY("exit.proposed-too-early"),
    EVIDENCE_NO_EXIT_PROPOSED("evidence.no-exit-proposed"),
    EVIDENCE_MET("evidence.met"),
    EVIDENCE_MISSING("evidence.missing");

    private final String key;

    ExitRule(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }
}
