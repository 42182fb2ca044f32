package fr.plie.rules.exit;

import fr.plie.core.parcours.Parcours;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Judges whether a parcours reaches a positive exit under an {@link ExitPolicy}: durable employment,
 * qualifying training or business creation (DOMAIN.md, "Positive exits"; seeds 000, 002, 004).
 *
 * <p>Only the facts known on {@code asOf} count: steps starting later are ignored, an ongoing step covers the
 * days up to {@code asOf} (up to its planned end if that came first: an open fixed-term contract is taken to have
 * ended on its planned end), and its planned end (or the absence of one, for a CDI) only projects a future date
 * ({@link ExitOutcome#NOT_YET}). Training results and registrations dated after {@code asOf} are not known yet.
 * Pure and thread-safe; the explanation is worked out only when read.
 */
public final class ExitEngine {
    private ExitEngine() {}

    /**
     * The assessment of {@code parcours} on {@code asOf} under {@code policy}.
     *
     * @param parcours the parcours
     * @param asOf the day of the assessment
     * @param policy the PLIE's exit rules
     * @return the assessment
     */
    public static ExitAssessment assess(Parcours parcours, LocalDate asOf, ExitPolicy policy) {
        Objects.requireNonNull(parcours, "parcours");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(policy, "policy");
        Explanation explanation = new Explanation(parcours, asOf, policy, null);
        return new Evaluation(parcours, asOf, policy, false, null).run(explanation);
    }

    /**
     * The assessment of {@code parcours} for one positive outcome only, the others left aside: whether the rules
     * support a committee's choice of {@code outcome} when the parcours also reaches another (a training, then a
     * CDI). The outcome is {@code outcome}, {@code NOT_YET} towards it, {@code AWAITING_FACT} or {@code
     * NOT_POSITIVE}.
     *
     * @param parcours the parcours
     * @param asOf the day of the assessment
     * @param policy the PLIE's exit rules
     * @param outcome the positive outcome to judge
     * @return the assessment
     * @throws IllegalArgumentException when {@code outcome} is not positive
     */
    public static ExitAssessment assessFor(Parcours parcours, LocalDate asOf, ExitPolicy policy, ExitOutcome outcome) {
        Objects.requireNonNull(parcours, "parcours");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(policy, "policy");
        if (!outcome.isPositive()) {
            throw new IllegalArgumentException("a positive outcome is needed, not " + outcome);
        }
        Explanation explanation = new Explanation(parcours, asOf, policy, outcome);
        return new Evaluation(parcours, asOf, policy, false, outcome).run(explanation);
    }
}
