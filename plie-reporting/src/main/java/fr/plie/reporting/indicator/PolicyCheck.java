package fr.plie.reporting.indicator;

import fr.plie.core.exit.ExitCategory;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.participant.Sex;
import fr.plie.rules.exit.ExitAssessment;
import fr.plie.rules.exit.ExitEngine;
import fr.plie.rules.exit.ExitOutcome;
import fr.plie.rules.exit.ExitPolicy;
import java.time.LocalDate;

/**
 * The exit engine's own check of the exits a report counts: each exit of the rates' denominator is judged again
 * under the given policy, on its exit date (the facts the committee could know when it pronounced it), and set
 * beside the category recorded: a positive exit recorded is confirmed when the engine judges it positive with
 * every piece of evidence the policy asks for, reached but not pronounceable when the outcome is reached but
 * evidence is missing or too old on the exit date, not confirmed otherwise. The recorded figures are left as
 * they are.
 */
final class PolicyCheck {
    private PolicyCheck() {}

    static void count(
            Tally tally, Parcours parcours, Sex sex, LocalDate exit, ExitCategory recorded, ExitPolicy policy) {
        ParcoursId id = parcours.id();
        ExitAssessment assessment = ExitEngine.assess(parcours, exit, policy);
        ExitOutcome outcome = assessment.outcome();
        boolean positive = outcome.isPositive();
        if (positive) {
            tally.hit(Indicator.POLICY_EXITS_POSITIVE, sex, id);
            tally.hit(
                    outcome == ExitOutcome.POSITIVE_TRAINING
                            ? Indicator.POLICY_EXITS_POSITIVE_TRAINING
                            : Indicator.POLICY_EXITS_POSITIVE_EMPLOYMENT,
                    sex,
                    id);
        }
        if (recorded.isPositive()) {
            // reached but not pronounceable is not confirmed: the evidence an ESF auditor asks for is missing
            tally.hit(
                    !positive
                            ? Indicator.POLICY_NOT_CONFIRMED
                            : assessment.isReachedButNotPronounceable()
                                    ? Indicator.POLICY_REACHED_NOT_PRONOUNCEABLE
                                    : Indicator.POLICY_CONFIRMED,
                    sex,
                    id);
        } else if (positive) {
            tally.hit(Indicator.POLICY_FOUND_POSITIVE, sex, id);
        }
    }
}
