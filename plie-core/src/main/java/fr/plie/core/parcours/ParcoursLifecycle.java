package fr.plie.core.parcours;

import static fr.plie.core.parcours.ParcoursStatus.ACTIVE;
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
import fr.plie.core.step.Step;
import fr.plie.core.step.StepKind;
import fr.plie.core.step.TrainingResult;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

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
     * Applies the commands in order, stopping at the first rejection: then no change counts (the parcours is left
     * as it was) and the result names the refused command by its position.
     *
     * <p>Save the changes together with {@link ParcoursRepository#save(List)}: one optimistic-locking check
     * against the version before the first command.
     *
     * @param parcours the parcours as it stands
     * @param commands what happened, in order
     * @return every change, one per command in order (empty for no command), or the refused command
     */
    public Either<RejectedCommand, List<ParcoursChange>> handleAll(
            Parcours parcours, List<? extends ParcoursCommand> commands) {
        List<ParcoursChange> changes = new ArrayList<>(commands.size());
        Parcours current = parcours;
        for (int i = 0; i < commands.size(); i++) {
            Either<Rejection, ParcoursChange> result = handle(current, commands.get(i));
            if (result.isLeft()) {
                return Either.left(new RejectedCommand(i, result.getLeft()));
            }
            changes.add(result.get());
            current = result.get().parcours();
        }
        return Either.right(List.copyOf(changes));
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
        return checked(
                History.decision(p, last(p.decisions()), decision),
                () -> p.next().withDecisions(append(p.decisions(), decision)));
    }

    private static Either<Rejection, Parcours> signCommitment(Parcours p, SignCommitment c) {
        if (p.commitment().isDefined()) {
            return reject(
                    "commitment.already-signed", p.id(), p.commitment().get().signedOn());
        }
        return checked(
                History.commitment(p.id(), p.status(), p.decisions(), c.contract()),
                () -> p.next().withCommitment(Option.some(c.contract())));
    }

    private static Either<Rejection, Parcours> assignReferent(Parcours p, AssignReferent c) {
        return checked(
                History.referent(p, last(p.referents()).map(ReferentAssignment::from), c.from()),
                () -> p.next().withReferents(append(p.referents(), new ReferentAssignment(c.referent(), c.from()))));
    }

    private static Either<Rejection, Parcours> startStep(Parcours p, Step step) {
        if (p.step(step.id()).isDefined()) {
            return reject("step.duplicate", step.id());
        }
        Option<Rejection> dates = History.stepDates(step);
        if (dates.isDefined()) {
            return Either.left(dates.get());
        }
        boolean open = step.kind() == StepKind.DIAGNOSTIC ? p.status() != EXIT_PROPOSED : p.status() == ACTIVE;
        if (!open) {
            return reject("step.not-active", step.id(), p.status());
        }
        return checked(
                History.stepStart(step, p.referral().date(), p.entryDate(), p.status()),
                () -> p.next().withSteps(append(p.steps(), step)));
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
        return Either.right(p.next().withSteps(replace(p.steps(), step, step.endedOn(c.end()))));
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
        return Either.right(p.next().withSteps(replace(p.steps(), step, updated)));
    }

    private static Either<Rejection, Parcours> recordInterview(Parcours p, RecordInterview c) {
        return checked(
                History.interview(c.interview(), p.referral().date()),
                () -> p.next().withInterviews(append(p.interviews(), c.interview())));
    }

    private static Either<Rejection, Parcours> recordPlacement(Parcours p, RecordPlacement c) {
        if (p.status() != ACTIVE) {
            return reject("placement.not-active", p.id(), p.status());
        }
        return checked(
                History.placement(
                        p.id(), p.entryDate(), p.status(), c.placement().date()),
                () -> p.next().withPlacements(append(p.placements(), c.placement())));
    }

    private static Either<Rejection, Parcours> proposeExit(Parcours p, ProposeExit c) {
        if (p.status() == EXIT_PROPOSED) {
            return reject("exit.already-proposed", p.id(), p.exit().get().date());
        }
        if (p.status() != ACTIVE) {
            return reject("exit.not-active", p.id(), p.status());
        }
        return checked(
                History.exitProposal(p.id(), p.entryDate(), p.status(), p.steps(), c.date()),
                () -> p.next().withExit(Option.some(Exit.proposed(c.date(), c.category(), c.evidence()))));
    }

    private static Either<Rejection, Parcours> withdrawExitProposal(Parcours p, WithdrawExitProposal c) {
        if (p.status() != EXIT_PROPOSED) {
            return reject("exit.not-proposed", p.id(), p.status());
        }
        return Either.right(p.next().withExit(Option.none()));
    }

    private static Either<Rejection, Parcours> validateExit(Parcours p, ValidateExit c) {
        if (p.status() != EXIT_PROPOSED) {
            return reject("exit.not-proposed", p.id(), p.status());
        }
        Exit proposed = p.exit().get();
        return checked(
                History.validation(proposed, c.validation()),
                () -> p.next().withExit(Option.some(proposed.validated(c.validation()))));
    }

    /** The rejection if any, else the changed parcours. */
    private static Either<Rejection, Parcours> checked(Option<Rejection> rejection, Supplier<Parcours> next) {
        return rejection.isDefined() ? Either.left(rejection.get()) : Either.right(next.get());
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
