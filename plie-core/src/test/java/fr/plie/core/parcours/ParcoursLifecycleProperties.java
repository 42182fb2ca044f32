package fr.plie.core.parcours;

import static fr.plie.core.fixture.ParcoursFixture.CLOCK;
import static fr.plie.core.fixture.ParcoursFixture.LIFECYCLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import fr.plie.core.admission.CommitmentContract;
import fr.plie.core.admission.CommitteeDecision;
import fr.plie.core.admission.ReferentAssignment;
import fr.plie.core.common.Rejection;
import fr.plie.core.exit.Exit;
import fr.plie.core.fixture.PlieGen;
import fr.plie.core.fixture.PlieGens;
import fr.plie.core.internal.MessageBundle;
import fr.plie.core.step.Employment;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepDetail;
import fr.plie.core.step.Training;
import fr.plie.core.step.TrainingResult;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Random command sequences never yield an inconsistent parcours, and a rejected command changes nothing.
 *
 * <p>The consistency checks are an oracle written here from the rules, on the raw data of the parcours:
 * they call no helper of the production code ({@code entryDate()}, {@code exitDate()}, {@code step(...)}...),
 * so a bug in those helpers cannot hide a bug in the lifecycle.
 */
class ParcoursLifecycleProperties {
    private static final MessageBundle MESSAGES =
            new MessageBundle("fr.plie.core.messages", ParcoursLifecycleProperties.class::getResourceAsStream);
    private static final int EXAMPLES = 1500;

    @Test
    void everyAcceptedCommandKeepsTheParcoursConsistentAndEveryRejectedOneChangesNothing() {
        qt().withExamples(EXAMPLES).forAll(PlieGens.commands(40)).checkAssert(ParcoursLifecycleProperties::runAndCheck);
    }

    @Test
    void replayingOnlyTheAcceptedCommandsGivesTheSameParcours() {
        qt().withExamples(EXAMPLES / 3).forAll(PlieGens.commands(40)).checkAssert(commands -> {
            Parcours p = PlieGen.referred();
            List<ParcoursCommand> accepted = new ArrayList<>();
            for (ParcoursCommand command : commands) {
                Either<Rejection, ParcoursChange> result = LIFECYCLE.handle(p, command);
                if (result.isRight()) {
                    accepted.add(command);
                    p = result.get().parcours();
                }
            }
            Either<RejectedCommand, List<ParcoursChange>> replayed = LIFECYCLE.handleAll(PlieGen.referred(), accepted);
            assertThat(replayed.isRight()).isTrue();
            assertThat(replayed.get()).hasSize(accepted.size());
            assertThat(replayed.get().isEmpty() ? PlieGen.referred() : ParcoursChange.last(replayed.get()))
                    .isEqualTo(p);
            assertThat(p.version()).isEqualTo(1 + accepted.size());
        });
    }

    /**
     * The generators are only worth something if random sequences reach every status and meet most refusals:
     * this counts what {@link PlieGens#commands} produces over a fixed number of samples.
     */
    @Test
    void theGeneratedSequencesReachEveryStatusAndManyRefusals() {
        Map<ParcoursStatus, Integer> statuses = new EnumMap<>(ParcoursStatus.class);
        Set<String> codes = new HashSet<>();
        qt().withExamples(EXAMPLES).forAll(PlieGens.commands(40)).checkAssert(commands -> {
            Parcours p = PlieGen.referred();
            for (ParcoursCommand command : commands) {
                Either<Rejection, ParcoursChange> result = LIFECYCLE.handle(p, command);
                if (result.isLeft()) {
                    codes.add(result.getLeft().code());
                } else {
                    p = result.get().parcours();
                    statuses.merge(p.status(), 1, Integer::sum);
                }
            }
        });

        assertThat(statuses.keySet()).containsExactlyInAnyOrder(ParcoursStatus.values());
        assertThat(statuses.get(ParcoursStatus.EXITED))
                .as("parcours that went all the way")
                .isGreaterThan(100);
        assertThat(codes).as("distinct refusals met").hasSizeGreaterThan(27);
    }

    private static void runAndCheck(List<ParcoursCommand> commands) {
        Parcours p = PlieGen.referred();
        assertConsistent(p);
        for (ParcoursCommand command : commands) {
            Parcours snapshot = copyOf(p);
            Either<Rejection, ParcoursChange> result = LIFECYCLE.handle(p, command);
            if (result.isLeft()) {
                Rejection rejection = result.getLeft();
                assertThat(p).as("rejected %s changed the parcours", command).isEqualTo(snapshot);
                assertThat(MESSAGES.hasKey(rejection.code(), Locale.FRENCH)
                                && MESSAGES.hasKey(rejection.code(), Locale.ENGLISH))
                        .as("%s has a French and an English text", rejection.code())
                        .isTrue();
                continue;
            }
            Parcours next = result.get().parcours();
            assertThat(next.version()).as("version after %s", command).isEqualTo(p.version() + 1);
            assertThat(result.get().event().version()).isEqualTo(next.version());
            assertThat(result.get().event().recordedAt()).isEqualTo(CLOCK.instant());
            assertThat(next.id()).isEqualTo(p.id());
            assertAllowedTransition(p, command, next);
            assertConsistent(next);
            p = next;
        }
    }

    // ---- the oracle: transitions ----

    private static void assertAllowedTransition(Parcours before, ParcoursCommand command, Parcours after) {
        assertThat(isFinal(before.status()))
                .as("nothing is accepted once %s", before.status())
                .isFalse();
        if (before.status() == ParcoursStatus.EXIT_PROPOSED) {
            assertThat(command)
                    .as("no step starts once an exit is proposed")
                    .isNotInstanceOf(ParcoursCommand.StartStep.class);
            assertThat(command).as("at most one open exit").isNotInstanceOf(ParcoursCommand.ProposeExit.class);
        }
        assertThat(after.referral()).isEqualTo(before.referral());
        assertThat(after.participant()).isEqualTo(before.participant());
        assertPrefix("decisions", before.decisions(), after.decisions());
        assertPrefix("referents", before.referents(), after.referents());
        assertPrefix("interviews", before.interviews(), after.interviews());
        assertPrefix("placements", before.placements(), after.placements());
        assertPrefix(
                "step ids",
                before.steps().stream().map(Step::id).collect(Collectors.toList()),
                after.steps().stream().map(Step::id).collect(Collectors.toList()));
        if (before.commitment().isDefined()) {
            assertThat(after.commitment()).as("a commitment is signed once").isEqualTo(before.commitment());
        }
        for (Step old : before.steps()) {
            Step now = after.steps().get(before.steps().indexOf(old));
            assertThat(now.start()).isEqualTo(old.start());
            if (old.end().isDefined()) {
                assertThat(now.end()).as("an ended step stays ended").isEqualTo(old.end());
            }
        }
    }

    private static <T> void assertPrefix(String what, List<T> before, List<T> after) {
        assertThat(after.size()).as("%s only grow", what).isGreaterThanOrEqualTo(before.size());
        assertThat(after.subList(0, before.size()))
                .as("%s are never rewritten", what)
                .isEqualTo(before);
    }

    // ---- the oracle: consistency of one parcours ----

    private static void assertConsistent(Parcours p) {
        LocalDate referral = p.referral().date();
        List<CommitteeDecision> decisions = p.decisions();
        ParcoursStatus status = p.status();

        LocalDate previous = referral;
        for (CommitteeDecision d : decisions) {
            assertThat(d.date())
                    .as("decisions follow the referral and each other")
                    .isAfterOrEqualTo(previous);
            previous = d.date();
            if (d instanceof CommitteeDecision.Refused r) {
                assertThat(r.alternativeProposed())
                        .as("a refusal comes with an alternative")
                        .isNotBlank();
            }
            if (d instanceof CommitteeDecision.Postponed pp && pp.reviewOn().isDefined()) {
                assertThat(pp.reviewOn().get()).isAfterOrEqualTo(d.date());
            }
        }
        for (int i = 0; i < decisions.size() - 1; i++) {
            assertThat(decisions.get(i))
                    .as("only postponements precede the last decision")
                    .isInstanceOf(CommitteeDecision.Postponed.class);
        }
        CommitteeDecision last = decisions.isEmpty() ? null : decisions.get(decisions.size() - 1);
        ParcoursStatus expectedBeforeEntry = last == null
                ? ParcoursStatus.REFERRED
                : last instanceof CommitteeDecision.Postponed
                        ? ParcoursStatus.POSTPONED
                        : last instanceof CommitteeDecision.Refused ? ParcoursStatus.REFUSED : ParcoursStatus.ADMITTED;

        LocalDate entry = null;
        if (p.commitment().isEmpty()) {
            assertThat(status).as("status without commitment").isEqualTo(expectedBeforeEntry);
        } else {
            CommitmentContract contract = p.commitment().get();
            entry = contract.signedOn();
            assertThat(last).as("only an admitted candidate signs").isInstanceOf(CommitteeDecision.Admitted.class);
            assertThat(entry).as("entry >= admission >= referral").isAfterOrEqualTo(last.date());
            assertThat(status).isIn(ParcoursStatus.ACTIVE, ParcoursStatus.EXIT_PROPOSED, ParcoursStatus.EXITED);
        }

        LocalDate from = referral;
        for (ReferentAssignment a : p.referents()) {
            assertThat(a.from())
                    .as("referent history in order, from the referral")
                    .isAfterOrEqualTo(from);
            from = a.from();
        }
        for (var interview : p.interviews()) {
            assertThat(interview.date()).isAfterOrEqualTo(referral);
            assertThat(interview.synthesis())
                    .as("every interview has a synthesis")
                    .isNotBlank();
        }
        for (var placement : p.placements()) {
            assertThat(entry).as("placements happen in a parcours under way").isNotNull();
            assertThat(placement.date()).isAfterOrEqualTo(entry);
        }

        Set<String> ids = new HashSet<>();
        for (Step step : p.steps()) {
            assertThat(ids.add(step.id().value())).as("step ids are unique").isTrue();
            if (step.end().isDefined()) {
                assertThat(step.end().get()).as("step end >= start").isAfterOrEqualTo(step.start());
            }
            assertThat(step.start()).isAfterOrEqualTo(referral);
            if (!(step.detail() instanceof StepDetail.Diagnostic)) {
                assertThat(entry).as("a %s needs the commitment", step.kind()).isNotNull();
                assertThat(step.start())
                        .as("non-diagnostic steps start on or after entry")
                        .isAfterOrEqualTo(entry);
            }
            if (step.detail() instanceof Training t) {
                assertThat(t.resultOn().isEmpty())
                        .as("a result date exactly when not pending")
                        .isEqualTo(t.result() == TrainingResult.PENDING);
                t.resultOn().forEach(d -> assertThat(d).isAfterOrEqualTo(step.start()));
                t.plannedEnd().forEach(d -> assertThat(d).isAfterOrEqualTo(step.start()));
            }
            if (step.detail() instanceof Employment e) {
                e.plannedEnd().forEach(d -> assertThat(d).isAfterOrEqualTo(step.start()));
            }
        }

        boolean exitPresent = p.exit().isDefined();
        boolean validated = exitPresent && p.exit().get().validation().isDefined();
        assertThat(status == ParcoursStatus.EXIT_PROPOSED)
                .as("EXIT_PROPOSED iff an exit is present and not validated")
                .isEqualTo(exitPresent && !validated);
        assertThat(status == ParcoursStatus.EXITED)
                .as("EXITED iff the exit is validated")
                .isEqualTo(validated);
        if (exitPresent) {
            Exit exit = p.exit().get();
            assertThat(entry).isNotNull();
            assertThat(exit.date()).as("exit >= entry").isAfterOrEqualTo(entry);
            for (Step step : p.steps()) {
                assertThat(exit.date()).as("exit >= start of %s", step.id()).isAfterOrEqualTo(step.start());
            }
            exit.validation()
                    .forEach(v -> assertThat(v.date()).as("validation >= exit").isAfterOrEqualTo(exit.date()));
        }
    }

    private static boolean isFinal(ParcoursStatus status) {
        return status == ParcoursStatus.REFUSED || status == ParcoursStatus.EXITED;
    }

    /** A copy that shares no list with {@code p}, to see whether a rejected command touched anything. */
    private static Parcours copyOf(Parcours p) {
        return p.withDecisions(new ArrayList<>(p.decisions()))
                .withReferents(new ArrayList<>(p.referents()))
                .withSteps(new ArrayList<>(p.steps()))
                .withInterviews(new ArrayList<>(p.interviews()))
                .withPlacements(new ArrayList<>(p.placements()));
    }
}
