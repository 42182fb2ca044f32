package fr.plie.core.parcours;

import static fr.plie.core.parcours.ParcoursStatus.ACTIVE;
import static fr.plie.core.parcours.ParcoursStatus.ADMITTED;
import static fr.plie.core.parcours.ParcoursStatus.EXIT_PROPOSED;
import static fr.plie.core.parcours.ParcoursStatus.POSTPONED;
import static fr.plie.core.parcours.ParcoursStatus.REFERRED;

import fr.plie.core.admission.CommitteeDecision;
import fr.plie.core.admission.ReferentAssignment;
import fr.plie.core.common.Rejection;
import fr.plie.core.exit.Exit;
import fr.plie.core.parcours.ParcoursCommand.AssignReferent;
import fr.plie.core.parcours.ParcoursCommand.Decide;
import fr.plie.core.parcours.ParcoursCommand.EndStep;
import fr.plie.core.parcours.ParcoursCommand.ProposeExit;
import fr.plie.core.parcours.ParcoursCommand.RecordInterview;
import fr.plie.core.parcours.ParcoursCommand.RecordPlacement;
import fr.plie.core.parcours.ParcoursCommand.RecordTrainingResult;
import fr.plie.core.parcours.ParcoursCommand.SignCommitment;
import fr.plie.core.parcours.ParcoursCommand.StartStep;
import fr.plie.core.parcours.ParcoursCommand.ValidateExit;
import fr.plie.core.parcours.ParcoursCommand.WithdrawExitProposal;
import fr.plie.core.step.Employment;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepKind;
import fr.plie.core.step.Training;
import fr.plie.core.step.TrainingResult;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The state machine of a parcours, from referral to exit. Every command either returns the changed parcours
 * with its event, or a {@link Rejection} with a stable code; a rejected command changes nothing.
 *
 * <p>The lifecycle lets the diagnostic happen before admission (referral, diagnostic, committee, commitment), so
 * a diagnostic starts on or after the referral whenever it is recorded; every other step needs a signed
 * commitment and starts on or after the entry date; a refusal comes with an alternative and an interview with a
 * synthesis (seed 002); nothing but the end of a step, a training result, interviews and referent changes is
 * recorded once an exit is proposed; nothing at all after it is validated. {@code docs/domain-model.md} lists
 * every rejection code.
 *
 * <p>Thread-safe and stateless (parcours are immutable values): one instance serves the whole application.
 */
public final class ParcoursLifecycle {
    private final Clock clock;

    /** @param clock stamps the events; the domain never reads the wall clock itself */
    public ParcoursLifecycle(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Applies {@code command} to {@code parcours}.
     *
     * @param parcours the parcours as it stands
     * @param command what happened
     * @return the parcours after the command with its event, or why the command is refused
     */
    public Either<Rejection, ParcoursChange> handle(Parcours parcours, ParcoursCommand command) {
        Objects.requireNonNull(parcours, "parcours");
        Objects.requireNonNull(command, "command");
        if (parcours.status().isFinal()) {
            return Either.left(Rejection.of("parcours.final", parcours.id(), parcours.status()));
        }
        return transition(parcours, command)
                .map(next -> new ParcoursChange(
                        next, new ParcoursEvent(next.id(), next.version(), clock.instant(), command)));
    }

    /**
     * Applies the commands in order, stopping at the first rejection (the parcours is then left as it was).
     *
     * @param parcours the parcours as it stands
     * @param commands what happened, in order
     * @return the parcours after every command, or the first rejection
     */
    public Either<Rejection, Parcours> handleAll(Parcours parcours, List<? extends ParcoursCommand> commands) {
        Either<Rejection, Parcours> current = Either.right(parcours);
        for (ParcoursCommand command : commands) {
            current = current.flatMap(p -> handle(p, command).map(ParcoursChange::parcours));
        }
        return current;
    }

    private static Either<Rejection, Parcours> transition(Parcours p, ParcoursCommand command) {
        if (command instanceof Decide c) {
            return decide(p, c.decision());
        } else if (command instanceof SignCommitment c) {
            return signCommitment(p, c);
        } else if (command instanceof AssignReferent c) {
            return assignReferent(p, c);
        } else if (command instanceof StartStep c) {
            return startStep(p, c.step());
        } else if (command instanceof EndStep c) {
            return endStep(p, c);
        } else if (command instanceof RecordTrainingResult c) {
            return recordTrainingResult(p, c);
        } else if (command instanceof RecordInterview c) {
            return recordInterview(p, c);
        } else if (command instanceof RecordPlacement c) {
            return recordPlacement(p, c);
        } else if (command instanceof ProposeExit c) {
            return proposeExit(p, c);
        } else if (command instanceof WithdrawExitProposal c) {
            return withdrawExitProposal(p, c);
        } else if (command instanceof ValidateExit c) {
            return validateExit(p, c);
        }
        throw new IllegalArgumentException("unknown command " + command.getClass());
    }

    private static Either<Rejection, Parcours> decide(Parcours p, CommitteeDecision decision) {
        if (p.status() != REFERRED && p.status() != POSTPONED) {
            return reject("decision.not-expected", p.id(), p.status());
        }
        if (decision.date().isBefore(p.referral().date())) {
            return reject(
                    "decision.before-referral", decision.date(), p.referral().date());
        }
        Option<LocalDate> previous = last(p.decisions()).map(CommitteeDecision::date);
        if (previous.exists(decision.date()::isBefore)) {
            return reject("decision.before-previous", decision.date(), previous.get());
        }
        if (decision instanceof CommitteeDecision.Refused refused
                && refused.alternativeProposed().isBlank()) {
            // Seed 002: "le Comité se doit de proposer une autre alternative au candidat".
            return reject("decision.refusal-without-alternative", p.id());
        }
        if (decision instanceof CommitteeDecision.Postponed postponed
                && postponed.reviewOn().exists(decision.date()::isAfter)) {
            return reject(
                    "decision.review-before-decision", postponed.reviewOn().get(), decision.date());
        }
        ParcoursStatus status = decision instanceof CommitteeDecision.Admitted
                ? ADMITTED
                : decision instanceof CommitteeDecision.Refused ? ParcoursStatus.REFUSED : POSTPONED;
        return Either.right(p.next(
                status,
                append(p.decisions(), decision),
                p.commitment(),
                p.referents(),
                p.steps(),
                p.interviews(),
                p.placements(),
                p.exit()));
    }

    private static Either<Rejection, Parcours> signCommitment(Parcours p, SignCommitment c) {
        if (p.commitment().isDefined()) {
            return reject(
                    "commitment.already-signed", p.id(), p.commitment().get().signedOn());
        }
        if (p.status() != ADMITTED) {
            return reject("commitment.not-admitted", p.id(), p.status());
        }
        LocalDate admittedOn = last(p.decisions()).get().date();
        if (c.contract().signedOn().isBefore(admittedOn)) {
            return reject("commitment.before-admission", c.contract().signedOn(), admittedOn);
        }
        return Either.right(p.next(
                ACTIVE,
                p.decisions(),
                Option.some(c.contract()),
                p.referents(),
                p.steps(),
                p.interviews(),
                p.placements(),
                p.exit()));
    }

    private static Either<Rejection, Parcours> assignReferent(Parcours p, AssignReferent c) {
        if (c.from().isBefore(p.referral().date())) {
            return reject("referent.before-referral", c.from(), p.referral().date());
        }
        Option<LocalDate> previous = last(p.referents()).map(ReferentAssignment::from);
        if (previous.exists(c.from()::isBefore)) {
            return reject("referent.before-previous", c.from(), previous.get());
        }
        return Either.right(p.next(
                p.status(),
                p.decisions(),
                p.commitment(),
                append(p.referents(), new ReferentAssignment(c.referent(), c.from())),
                p.steps(),
                p.interviews(),
                p.placements(),
                p.exit()));
    }

    private static Either<Rejection, Parcours> startStep(Parcours p, Step step) {
        if (p.step(step.id()).isDefined()) {
            return reject("step.duplicate", step.id());
        }
        if (step.end().exists(step.start()::isAfter)) {
            return reject("step.end-before-start", step.id(), step.end().get(), step.start());
        }
        Option<LocalDate> plannedEnd = plannedEnd(step);
        if (plannedEnd.exists(step.start()::isAfter)) {
            return reject("step.planned-end-before-start", step.id(), plannedEnd.get(), step.start());
        }
        Option<LocalDate> resultOn = step.training().flatMap(Training::resultOn);
        if (resultOn.exists(step.start()::isAfter)) {
            return reject("training.result-before-start", step.id(), resultOn.get(), step.start());
        }
        if (step.kind() == StepKind.DIAGNOSTIC) {
            // The diagnostic precedes admission (seed 002: "diagnostic social et professionnel" before the
            // committee), so it may start from the referral on, even when recorded after the commitment.
            if (p.status() == EXIT_PROPOSED) {
                return reject("step.not-active", step.id(), p.status());
            }
            if (step.start().isBefore(p.referral().date())) {
                return reject(
                        "step.before-referral",
                        step.id(),
                        step.start(),
                        p.referral().date());
            }
        } else {
            if (p.status() != ACTIVE) {
                return reject("step.not-active", step.id(), p.status());
            }
            LocalDate entry = p.entryDate().get();
            if (step.start().isBefore(entry)) {
                return reject("step.before-entry", step.id(), step.start(), entry);
            }
        }
        return Either.right(withSteps(p, append(p.steps(), step)));
    }

    private static Either<Rejection, Parcours> endStep(Parcours p, EndStep c) {
        Option<Step> found = p.step(c.stepId());
        if (found.isEmpty()) {
            return reject("step.unknown", c.stepId());
        }
        Step step = found.get();
        if (step.end().isDefined()) {
            return reject("step.already-ended", step.id(), step.end().get());
        }
        if (c.end().isBefore(step.start())) {
            return reject("step.end-before-start", step.id(), c.end(), step.start());
        }
        return Either.right(withSteps(p, replace(p.steps(), step, step.endedOn(c.end()))));
    }

    private static Either<Rejection, Parcours> recordTrainingResult(Parcours p, RecordTrainingResult c) {
        Option<Step> found = p.step(c.stepId());
        if (found.isEmpty()) {
            return reject("step.unknown", c.stepId());
        }
        Step step = found.get();
        if (step.training().isEmpty()) {
            return reject("step.not-training", step.id(), step.kind());
        }
        if (c.result() == TrainingResult.PENDING) {
            return reject("training.result-pending", step.id());
        }
        if (c.on().isBefore(step.start())) {
            return reject("training.result-before-start", step.id(), c.on(), step.start());
        }
        Step updated = step.withDetail(step.training().get().withResult(c.result(), c.on()));
        return Either.right(withSteps(p, replace(p.steps(), step, updated)));
    }

    private static Either<Rejection, Parcours> recordInterview(Parcours p, RecordInterview c) {
        if (c.interview().synthesis().isBlank()) {
            // Seed 002: "tout entretien ... doit obligatoirement être formalisé" with a clear synthesis.
            return reject("interview.without-synthesis", c.interview().date());
        }
        if (c.interview().date().isBefore(p.referral().date())) {
            return reject(
                    "interview.before-referral",
                    c.interview().date(),
                    p.referral().date());
        }
        return Either.right(p.next(
                p.status(),
                p.decisions(),
                p.commitment(),
                p.referents(),
                p.steps(),
                append(p.interviews(), c.interview()),
                p.placements(),
                p.exit()));
    }

    private static Either<Rejection, Parcours> recordPlacement(Parcours p, RecordPlacement c) {
        if (p.status() != ACTIVE) {
            return reject("placement.not-active", p.id(), p.status());
        }
        LocalDate entry = p.entryDate().get();
        if (c.placement().date().isBefore(entry)) {
            return reject("placement.before-entry", c.placement().date(), entry);
        }
        return Either.right(p.next(
                p.status(),
                p.decisions(),
                p.commitment(),
                p.referents(),
                p.steps(),
                p.interviews(),
                append(p.placements(), c.placement()),
                p.exit()));
    }

    private static Either<Rejection, Parcours> proposeExit(Parcours p, ProposeExit c) {
        if (p.status() == EXIT_PROPOSED) {
            return reject("exit.already-proposed", p.id(), p.exit().get().date());
        }
        if (p.status() != ACTIVE) {
            return reject("exit.not-active", p.id(), p.status());
        }
        LocalDate entry = p.entryDate().get();
        if (c.date().isBefore(entry)) {
            return reject("exit.before-entry", c.date(), entry);
        }
        for (Step step : p.steps()) {
            if (step.start().isAfter(c.date())) {
                return reject("exit.before-step", c.date(), step.id(), step.start());
            }
        }
        return Either.right(p.next(
                EXIT_PROPOSED,
                p.decisions(),
                p.commitment(),
                p.referents(),
                p.steps(),
                p.interviews(),
                p.placements(),
                Option.some(Exit.proposed(c.date(), c.category(), c.evidence()))));
    }

    private static Either<Rejection, Parcours> withdrawExitProposal(Parcours p, WithdrawExitProposal c) {
        if (p.status() != EXIT_PROPOSED) {
            return reject("exit.not-proposed", p.id(), p.status());
        }
        return Either.right(p.next(
                ACTIVE,
                p.decisions(),
                p.commitment(),
                p.referents(),
                p.steps(),
                p.interviews(),
                p.placements(),
                Option.none()));
    }

    private static Either<Rejection, Parcours> validateExit(Parcours p, ValidateExit c) {
        if (p.status() != EXIT_PROPOSED) {
            return reject("exit.not-proposed", p.id(), p.status());
        }
        Exit proposed = p.exit().get();
        if (c.validation().date().isBefore(proposed.date())) {
            return reject("exit.validation-before-exit", c.validation().date(), proposed.date());
        }
        return Either.right(p.next(
                ParcoursStatus.EXITED,
                p.decisions(),
                p.commitment(),
                p.referents(),
                p.steps(),
                p.interviews(),
                p.placements(),
                Option.some(proposed.validated(c.validation()))));
    }

    private static Option<LocalDate> plannedEnd(Step step) {
        return step.training()
                .flatMap(Training::plannedEnd)
                .orElse(() -> step.employment().flatMap(Employment::plannedEnd));
    }

    private static Parcours withSteps(Parcours p, List<Step> steps) {
        return p.next(
                p.status(),
                p.decisions(),
                p.commitment(),
                p.referents(),
                steps,
                p.interviews(),
                p.placements(),
                p.exit());
    }

    private static Either<Rejection, Parcours> reject(String code, Object... args) {
        return Either.left(Rejection.of(code, args));
    }

    private static <T> Option<T> last(List<T> list) {
        return list.isEmpty() ? Option.none() : Option.some(list.get(list.size() - 1));
    }

    private static <T> List<T> append(List<T> list, T element) {
        List<T> copy = new ArrayList<>(list.size() + 1);
        copy.addAll(list);
        copy.add(element);
        return copy;
    }

    private static <T> List<T> replace(List<T> list, T old, T replacement) {
        List<T> copy = new ArrayList<>(list);
        copy.set(copy.indexOf(old), replacement);
        return copy;
    }
}
