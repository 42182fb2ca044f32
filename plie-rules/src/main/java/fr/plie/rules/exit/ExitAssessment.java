package fr.plie.rules.exit;

import fr.plie.core.internal.MessageBundle;
import fr.plie.core.step.StepId;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The exit engine's judgement of a parcours on a day: the outcome, the step(s) that qualify, the date from which
 * the committee can pronounce the exit (or, for {@link ExitOutcome#NOT_YET}, the date the recorded facts will
 * reach), the evidence still missing, and the explanation, rule by rule.
 */
public final class ExitAssessment {
    private final ExitOutcome outcome;
    private final Option<ExitOutcome> projectedOutcome;
    private final List<StepId> qualifyingSteps;
    private final Option<LocalDate> date;
    private final List<EvidenceRequirement> missingEvidence;
    private final List<AwaitedFact> awaiting;
    private final LocalDate asOf;
    private final String policy;
    private final Explanation explanation;

    ExitAssessment(
            ExitOutcome outcome,
            Option<ExitOutcome> projectedOutcome,
            List<StepId> qualifyingSteps,
            Option<LocalDate> date,
            List<EvidenceRequirement> missingEvidence,
            List<AwaitedFact> awaiting,
            LocalDate asOf,
            String policy,
            Explanation explanation) {
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.projectedOutcome = projectedOutcome;
        this.qualifyingSteps = qualifyingSteps;
        this.date = date;
        this.missingEvidence = missingEvidence;
        this.awaiting = awaiting;
        this.asOf = asOf;
        this.policy = policy;
        this.explanation = explanation;
    }

    /**
     * An assessment as it was recorded, such as one read back from the exchange format, with no awaited fact
     * (see the overload with {@code awaiting}).
     *
     * @param outcome the outcome
     * @param projectedOutcome for {@link ExitOutcome#NOT_YET}, the positive outcome the facts will reach
     * @param qualifyingSteps the steps that qualify, in chronological order
     * @param date the first day the exit can be pronounced, or the projected day
     * @param missingEvidence the evidence requirements not met
     * @param asOf the day of the assessment
     * @param policy the name of the policy applied
     * @param explanation the rules applied, in order
     * @return the assessment
     * @throws IllegalArgumentException when the parts disagree
     */
    public static ExitAssessment of(
            ExitOutcome outcome,
            Option<ExitOutcome> projectedOutcome,
            List<StepId> qualifyingSteps,
            Option<LocalDate> date,
            List<EvidenceRequirement> missingEvidence,
            LocalDate asOf,
            String policy,
            Explanation explanation) {
        return of(
                outcome,
                projectedOutcome,
                qualifyingSteps,
                date,
                missingEvidence,
                List.of(),
                asOf,
                policy,
                explanation);
    }

    /**
     * An assessment as it was recorded, such as one read back from the exchange format. Its parts must agree as
     * the engine makes them: a projected outcome, positive, for {@link ExitOutcome#NOT_YET} only; a date (the
     * first day the exit can be pronounced, or the projected day) for positive outcomes and {@code NOT_YET} only;
     * at least one qualifying step unless {@link ExitOutcome#NOT_POSITIVE}; missing evidence only with a date;
     * awaited facts for {@link ExitOutcome#AWAITING_FACT} only, and always there.
     *
     * @param outcome the outcome
     * @param projectedOutcome for {@link ExitOutcome#NOT_YET}, the positive outcome the facts will reach
     * @param qualifyingSteps the steps that qualify, in chronological order
     * @param date the first day the exit can be pronounced, or the projected day
     * @param missingEvidence the evidence requirements not met
     * @param awaiting for {@link ExitOutcome#AWAITING_FACT}, the facts awaited
     * @param asOf the day of the assessment
     * @param policy the name of the policy applied
     * @param explanation the rules applied, in order
     * @return the assessment
     * @throws IllegalArgumentException when the parts disagree
     */
    public static ExitAssessment of(
            ExitOutcome outcome,
            Option<ExitOutcome> projectedOutcome,
            List<StepId> qualifyingSteps,
            Option<LocalDate> date,
            List<EvidenceRequirement> missingEvidence,
            List<AwaitedFact> awaiting,
            LocalDate asOf,
            String policy,
            Explanation explanation) {
        List<String> disagreeing =
                disagreements(outcome, projectedOutcome, qualifyingSteps, date, missingEvidence, awaiting);
        if (!disagreeing.isEmpty()) {
            throw new IllegalArgumentException("parts that disagree with the outcome " + outcome + ": " + disagreeing);
        }
        return new ExitAssessment(
                outcome,
                projectedOutcome,
                List.copyOf(qualifyingSteps),
                date,
                List.copyOf(missingEvidence),
                List.copyOf(awaiting),
                Objects.requireNonNull(asOf, "asOf"),
                Objects.requireNonNull(policy, "policy"),
                Objects.requireNonNull(explanation, "explanation"));
    }

    /**
     * The parts of a recorded assessment that disagree with its outcome, named {@code projectedOutcome}, {@code
     * date}, {@code qualifyingSteps}, {@code missingEvidence} and {@code awaiting}, in that order; empty when
     * {@link #of} accepts them. Readers of stored assessments use it to say which field is wrong.
     *
     * @param outcome the outcome
     * @param projectedOutcome the projected outcome
     * @param qualifyingSteps the qualifying steps
     * @param date the date
     * @param missingEvidence the missing evidence
     * @param awaiting the awaited facts
     * @return the names of the parts that disagree
     */
    public static List<String> disagreements(
            ExitOutcome outcome,
            Option<ExitOutcome> projectedOutcome,
            List<StepId> qualifyingSteps,
            Option<LocalDate> date,
            List<EvidenceRequirement> missingEvidence,
            List<AwaitedFact> awaiting) {
        Objects.requireNonNull(outcome, "outcome");
        boolean notYet = outcome == ExitOutcome.NOT_YET;
        boolean dated = notYet || outcome.isPositive();
        boolean stepped = outcome != ExitOutcome.NOT_POSITIVE;
        List<String> parts = new java.util.ArrayList<>(5);
        if (projectedOutcome.isDefined() != notYet || !projectedOutcome.forAll(ExitOutcome::isPositive)) {
            parts.add("projectedOutcome");
        }
        if (date.isDefined() != dated) {
            parts.add("date");
        }
        if (qualifyingSteps.isEmpty() == stepped) {
            parts.add("qualifyingSteps");
        }
        if (!dated && !missingEvidence.isEmpty()) {
            parts.add("missingEvidence");
        }
        if (awaiting.isEmpty() == (outcome == ExitOutcome.AWAITING_FACT)) {
            parts.add("awaiting");
        }
        return parts;
    }

    /** {@return what the rules conclude for the parcours} */
    public ExitOutcome outcome() {
        return outcome;
    }

    /** {@return whether the outcome is a positive exit} */
    public boolean isPositive() {
        return outcome.isPositive();
    }

    /**
     * For {@link ExitOutcome#NOT_YET}: the positive outcome the recorded facts will reach; none otherwise.
     *
     * @return the projected outcome
     */
    public Option<ExitOutcome> projectedOutcome() {
        return projectedOutcome;
    }

    /**
     * The contract(s), missions, training or creation that qualify (or will), in chronological order.
     *
     * @return the qualifying steps
     */
    public List<StepId> qualifyingSteps() {
        return qualifyingSteps;
    }

    /**
     * For a positive outcome, the first day the exit can be pronounced; none otherwise.
     *
     * @return the first day, if positive
     */
    public Option<LocalDate> pronounceableFrom() {
        return outcome.isPositive() ? date : Option.none();
    }

    /**
     * For {@link ExitOutcome#NOT_YET}, the day the recorded facts will make the exit positive; none otherwise.
     *
     * @return the projected day, if not yet positive
     */
    public Option<LocalDate> projectedDate() {
        return outcome == ExitOutcome.NOT_YET ? date : Option.none();
    }

    /**
     * The evidence requirements not met by the proposed exit's documents at its date (every requirement when no
     * exit is proposed yet); empty for {@link ExitOutcome#NOT_POSITIVE}.
     *
     * @return the requirements not met
     */
    public List<EvidenceRequirement> missingEvidence() {
        return missingEvidence;
    }

    /**
     * For {@link ExitOutcome#AWAITING_FACT}, the facts the exit waits for (a training's result, a registration),
     * with the positive outcome each would bring; empty otherwise.
     *
     * @return the awaited facts
     */
    public List<AwaitedFact> awaiting() {
        return awaiting;
    }

    /**
     * Positive but not pronounceable: the outcome is reached, and evidence the policy asks for is missing or too
     * old at the proposed exit's date (or no exit is proposed yet). The headline a committee reads first.
     *
     * @return whether evidence is missing for a positive outcome
     */
    public boolean isReachedButNotPronounceable() {
        return outcome.isPositive() && !missingEvidence.isEmpty();
    }

    /**
     * Positive, with every piece of evidence the policy asks for: the committee can validate it.
     *
     * @return whether the committee can validate it
     */
    public boolean isReadyToPronounce() {
        return outcome.isPositive() && missingEvidence.isEmpty();
    }

    /**
     * What a committee reads first, in French or English: the outcome; when it is reached but cannot be
     * pronounced, that it is reached and which evidence is missing or too old ("sortie positive atteinte (...),
     * non prononçable : pièces manquantes ou trop anciennes : ..."); for an awaited fact, what is awaited. The
     * command line ({@code plie exit --explain}), the web pages and the reports print this same sentence.
     *
     * @param locale the reader's locale (French unless English is asked for)
     * @return the headline, with no personal data (step ids and evidence kinds only)
     */
    public String headline(Locale locale) {
        MessageBundle texts = ExplanationLine.MESSAGES;
        String label = texts.render("headline." + outcome.name(), List.of(), locale);
        if (isReachedButNotPronounceable()) {
            String evidence = missingEvidence.stream()
                    .map(r -> r.anyOf().stream()
                            .sorted()
                            .map(k -> texts.render("value.EvidenceKind." + k.name(), List.of(), locale))
                            .collect(Collectors.joining(" / ")))
                    .collect(Collectors.joining(", "));
            return texts.render("headline.not-pronounceable", List.of(label, evidence), locale);
        }
        if (!awaiting.isEmpty()) {
            String facts = awaiting.stream()
                    .map(f -> texts.render(
                            "headline.awaited." + f.fact().name(),
                            List.of(f.step().value()),
                            locale))
                    .collect(Collectors.joining(", "));
            return texts.render("headline.awaiting", List.of(label, facts), locale);
        }
        return label;
    }

    /** {@return the day of the assessment} */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * The name of the policy applied.
     *
     * @return the policy's name
     */
    public String policy() {
        return policy;
    }

    /** {@return the rules applied, in order, each with the values it cites} */
    public Explanation explanation() {
        return explanation;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExitAssessment that
                && outcome == that.outcome
                && projectedOutcome.equals(that.projectedOutcome)
                && qualifyingSteps.equals(that.qualifyingSteps)
                && date.equals(that.date)
                && missingEvidence.equals(that.missingEvidence)
                && awaiting.equals(that.awaiting)
                && asOf.equals(that.asOf)
                && policy.equals(that.policy)
                && explanation.equals(that.explanation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(outcome, projectedOutcome, qualifyingSteps, date, missingEvidence, asOf, policy);
    }

    @Override
    public String toString() {
        return "ExitAssessment[" + outcome + projectedOutcome.map(p -> "->" + p).getOrElse("") + " on "
                + date.map(LocalDate::toString).getOrElse("-") + ", steps=" + qualifyingSteps + ", missing evidence="
                + missingEvidence.size() + ", awaiting=" + awaiting.size() + ", policy=" + policy + ", as of " + asOf
                + "]";
    }
}
