package fr.plie.core.parcours;

import fr.plie.core.admission.CommitmentContract;
import fr.plie.core.admission.CommitteeDecision;
import fr.plie.core.common.Rejection;
import fr.plie.core.exit.Exit;
import fr.plie.core.exit.ExitValidation;
import fr.plie.core.step.Employment;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepId;
import fr.plie.core.step.StepKind;
import fr.plie.core.step.Training;
import fr.plie.core.step.TrainingResult;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What makes a recorded history one the lifecycle could have produced. Each check is the lifecycle's own, with
 * its rejection code; {@link ParcoursLifecycle} applies them to one command, {@link #violations} to a whole
 * recorded parcours, listing every violation.
 */
final class History {
    private History() {}

    /** Every reason {@code p} cannot come from the lifecycle, in the order of its attributes; empty if none. */
    static List<Rejection> violations(Parcours p) {
        List<Rejection> out = new ArrayList<>();
        if (p.version() < 1) {
            out.add(Rejection.of("parcours.version", p.id(), p.version()));
        }
        LocalDate referral = p.referral().date();
        List<CommitteeDecision> decisions = p.decisions();
        for (int i = 0; i < decisions.size(); i++) {
            CommitteeDecision d = decisions.get(i);
            if (i < decisions.size() - 1 && !(d instanceof CommitteeDecision.Postponed)) {
                // a final decision (admission, refusal) can only be the last one
                out.add(Rejection.of("decision.not-expected", p.id(), Parcours.outcome(d)));
            }
            decision(p, i == 0 ? Option.none() : Option.some(decisions.get(i - 1)), d)
                    .forEach(out::add);
        }
        ParcoursStatus beforeEntry =
                decisions.isEmpty() ? ParcoursStatus.REFERRED : Parcours.outcome(decisions.get(decisions.size() - 1));
        p.commitment()
                .forEach(c -> commitment(p.id(), beforeEntry, decisions, c).forEach(out::add));
        for (int i = 0; i < p.referents().size(); i++) {
            referent(
                            p,
                            i == 0
                                    ? Option.none()
                                    : Option.some(p.referents().get(i - 1).from()),
                            p.referents().get(i).from())
                    .forEach(out::add);
        }
        Option<LocalDate> entry = p.entryDate();
        Set<StepId> ids = new HashSet<>();
        for (Step step : p.steps()) {
            if (!ids.add(step.id())) {
                out.add(Rejection.of("step.duplicate", step.id()));
            }
            step(step, referral, entry, beforeEntry).forEach(out::add);
        }
        for (Interview interview : p.interviews()) {
            interview(interview, referral).forEach(out::add);
        }
        for (JobOfferPlacement placement : p.placements()) {
            placement(p.id(), entry, beforeEntry, placement.date()).forEach(out::add);
        }
        p.exit().forEach(exit -> {
            exitProposal(p.id(), entry, beforeEntry, p.steps(), exit.date()).forEach(out::add);
            exit.validation().forEach(v -> validation(exit, v).forEach(out::add));
        });
        return out;
    }

    /** A committee decision after {@code previous} (its dates, a refusal's alternative, a postponement's review). */
    static Option<Rejection> decision(Parcours p, Option<CommitteeDecision> previous, CommitteeDecision d) {
        if (d.date().isBefore(p.referral().date())) {
            return reject("decision.before-referral", d.date(), p.referral().date());
        }
        Option<LocalDate> before = previous.map(CommitteeDecision::date);
        if (before.exists(d.date()::isBefore)) {
            return reject("decision.before-previous", d.date(), before.get());
        }
        if (d instanceof CommitteeDecision.Refused refused
                && refused.alternativeProposed().isBlank()) {
            // Seed 002: "le Comité se doit de proposer une autre alternative au candidat".
            return reject("decision.refusal-without-alternative", p.id());
        }
        if (d instanceof CommitteeDecision.Postponed postponed
                && postponed.reviewOn().exists(d.date()::isAfter)) {
            return reject(
                    "decision.review-before-decision", postponed.reviewOn().get(), d.date());
        }
        return Option.none();
    }

    /** A commitment signed after {@code decisions}, the parcours being at {@code status} without it. */
    static Option<Rejection> commitment(
            ParcoursId id, ParcoursStatus status, List<CommitteeDecision> decisions, CommitmentContract c) {
        if (status != ParcoursStatus.ADMITTED) {
            return reject("commitment.not-admitted", id, status);
        }
        LocalDate admittedOn = decisions.get(decisions.size() - 1).date();
        if (c.signedOn().isBefore(admittedOn)) {
            return reject("commitment.before-admission", c.signedOn(), admittedOn);
        }
        return Option.none();
    }

    /** A referent assigned {@code from} a day, after the previous assignment's day. */
    static Option<Rejection> referent(Parcours p, Option<LocalDate> previous, LocalDate from) {
        if (from.isBefore(p.referral().date())) {
            return reject("referent.before-referral", from, p.referral().date());
        }
        if (previous.exists(from::isBefore)) {
            return reject("referent.before-previous", from, previous.get());
        }
        return Option.none();
    }

    /** A step: its own dates, then its start against the referral or the entry. */
    static Option<Rejection> step(Step step, LocalDate referral, Option<LocalDate> entry, ParcoursStatus status) {
        return stepDates(step).orElse(() -> stepStart(step, referral, entry, status));
    }

    /**
     * A step's own dates: its end, planned end and training result on or after its start, and a known training
     * result dated.
     */
    static Option<Rejection> stepDates(Step step) {
        if (step.end().exists(step.start()::isAfter)) {
            return reject("step.end-before-start", step.id(), step.end().get(), step.start());
        }
        Option<LocalDate> plannedEnd = step.training()
                .flatMap(Training::plannedEnd)
                .orElse(() -> step.employment().flatMap(Employment::plannedEnd));
        if (plannedEnd.exists(step.start()::isAfter)) {
            return reject("step.planned-end-before-start", step.id(), plannedEnd.get(), step.start());
        }
        Option<Training> training = step.training();
        if (training.exists(
                t -> t.result() != TrainingResult.PENDING && t.resultOn().isEmpty())) {
            // A known result is dated (the jury's date): the follow-up in training, the ESF+ "qualification gained
            // within 4 weeks" and the evidence at the exit date all count from it; the seeds give no undated one.
            return reject(
                    "training.result-without-date", step.id(), training.get().result());
        }
        Option<LocalDate> resultOn = training.flatMap(Training::resultOn);
        if (resultOn.exists(step.start()::isAfter)) {
            return reject("training.result-before-start", step.id(), resultOn.get(), step.start());
        }
        return Option.none();
    }

    /**
     * A step's start: a diagnostic from the referral on, any other step only once entered ({@code status} is
     * the parcours' without a commitment) and from the entry on.
     */
    static Option<Rejection> stepStart(Step step, LocalDate referral, Option<LocalDate> entry, ParcoursStatus status) {
        if (step.kind() == StepKind.DIAGNOSTIC) {
            // The diagnostic precedes admission (seed 002: "diagnostic social et professionnel" before the
            // committee), so it may start from the referral on, even when recorded after the commitment.
            return step.start().isBefore(referral)
                    ? reject("step.before-referral", step.id(), step.start(), referral)
                    : Option.none();
        }
        if (entry.isEmpty()) {
            return reject("step.not-active", step.id(), status);
        }
        return step.start().isBefore(entry.get())
                ? reject("step.before-entry", step.id(), step.start(), entry.get())
                : Option.none();
    }

    /** An interview: formalised with a synthesis, on or after the referral. */
    static Option<Rejection> interview(Interview interview, LocalDate referral) {
        if (interview.synthesis().isBlank()) {
            // Seed 002: "tout entretien ... doit obligatoirement être formalisé" with a clear synthesis.
            return reject("interview.without-synthesis", interview.date());
        }
        if (interview.date().isBefore(referral)) {
            return reject("interview.before-referral", interview.date(), referral);
        }
        return Option.none();
    }

    /** A job-offer placement on {@code date}: only once entered, on or after the entry. */
    static Option<Rejection> placement(ParcoursId id, Option<LocalDate> entry, ParcoursStatus status, LocalDate date) {
        if (entry.isEmpty()) {
            return reject("placement.not-active", id, status);
        }
        return date.isBefore(entry.get()) ? reject("placement.before-entry", date, entry.get()) : Option.none();
    }

    /** An exit on {@code date}: only once entered, on or after the entry and every step's start. */
    static Option<Rejection> exitProposal(
            ParcoursId id, Option<LocalDate> entry, ParcoursStatus status, List<Step> steps, LocalDate date) {
        if (entry.isEmpty()) {
            return reject("exit.not-active", id, status);
        }
        if (date.isBefore(entry.get())) {
            return reject("exit.before-entry", date, entry.get());
        }
        for (Step step : steps) {
            if (step.start().isAfter(date)) {
                return reject("exit.before-step", date, step.id(), step.start());
            }
        }
        return Option.none();
    }

    /** The validation of {@code proposed}: on or after its date. */
    static Option<Rejection> validation(Exit proposed, ExitValidation validation) {
        return validation.date().isBefore(proposed.date())
                ? reject("exit.validation-before-exit", validation.date(), proposed.date())
                : Option.none();
    }

    private static Option<Rejection> reject(String code, Object... args) {
        return Option.some(Rejection.of(code, args));
    }
}
