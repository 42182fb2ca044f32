package fr.plie.reporting.indicator;

import fr.plie.core.exit.ExitCategory;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.participant.Sex;
import fr.plie.rules.exit.ExitEngine;
import fr.plie.rules.exit.ExitOutcome;
import fr.plie.rules.exit.ExitPolicy;
import java.time.LocalDate;

/**
 * The exit engine's own check of the exits a report counts: each exit of the rates' denominator is judged again
 * under the given policy, on its exit date (the facts the committee could know when it pronounced it), and set
 * beside the category recorded. The recorded figures are left as they are.
 */
final class PolicyCheck {
    private PolicyCheck() {}

    static void count(
            Tally tally, Parcours parcours, Sex sex, LocalDate exit, ExitCategory recorded, ExitPolicy policy) {
        ParcoursId id = parcours.id();
        ExitOutcome outcome = ExitEngine.assess(parcours, exit, policy).outcome();
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
            tally.hit(positive ? Indicator.POLICY_CONFIRMED : Indicator.POLICY_NOT_CONFIRMED, sex, id);
        } else if (positive) {
            tally.hit(Indicator.POLICY_FOUND_POSITIVE, sex, id);
        }
    }
}
