package fr.plie.core.parcours;

import static fr.plie.core.fixture.ParcoursFixture.LIFECYCLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fr.plie.core.admission.CommitteeDecision;
import fr.plie.core.admission.ReferentAssignment;
import fr.plie.core.admission.ReferentId;
import fr.plie.core.common.Rejection;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.fixture.InMemoryParcoursRepository;
import fr.plie.core.fixture.ParcoursCommands;
import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.fixture.PlieGen;
import fr.plie.core.fixture.PlieGens;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepId;
import fr.plie.core.step.Training;
import fr.plie.core.step.TrainingResult;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link Parcours#restore}: what the lifecycle builds restores to itself; a corrupted history lists every fault. */
class RestoreProperties {

    @Test
    void everyParcoursTheLifecycleBuildsRestoresToItself() {
        qt().withExamples(500).forAll(PlieGens.commands(40)).checkAssert(commands -> {
            Parcours p = replay(commands);
            assertThat(Parcours.restore(p)).isEqualTo(Either.right(p));
            assertThat(Parcours.builder().from(p).restore()).isEqualTo(Either.right(p));
        });
    }

    /**
     * Each mutation plants one fault with a known code (the oracle); restore lists every planted code, whatever
     * the combination, not just the first.
     */
    @Test
    void aCorruptedHistoryListsEveryPlantedViolation() {
        qt().withExamples(500)
                .forAll(PlieGens.commands(30), integers().between(1, 63))
                .checkAssert((commands, mask) -> {
                    Parcours p = replay(commands);
                    LocalDate referral = p.referral().date();
                    Set<String> planted = new TreeSet<>();
                    List<Interview> interviews = new ArrayList<>(p.interviews());
                    if ((mask & 1) != 0) {
                        interviews.add(new Interview(referral, InterviewMode.PHONE, " ", ParcoursFixture.REFERENT));
                        planted.add("interview.without-synthesis");
                    }
                    if ((mask & 2) != 0) {
                        interviews.add(new Interview(
                                referral.minusDays(1), InterviewMode.PHONE, "Bilan", ParcoursFixture.REFERENT));
                        planted.add("interview.before-referral");
                    }
                    Parcours corrupted = p.withInterviews(interviews);
                    if ((mask & 4) != 0) {
                        List<ReferentAssignment> referents = new ArrayList<>();
                        referents.add(new ReferentAssignment(ReferentId.of("REF-X"), referral.minusDays(1)));
                        referents.addAll(p.referents());
                        corrupted = corrupted.withReferents(referents);
                        planted.add("referent.before-referral");
                    }
                    if ((mask & 8) != 0) {
                        List<CommitteeDecision> decisions = new ArrayList<>();
                        decisions.add(
                                new CommitteeDecision.Postponed(referral.minusDays(1), "Diagnostic", Option.none()));
                        decisions.addAll(p.decisions());
                        corrupted = corrupted.withDecisions(decisions);
                        planted.add("decision.before-referral");
                    }
                    if ((mask & 16) != 0) {
                        corrupted = corrupted.withVersion(0);
                        planted.add("parcours.version");
                    }
                    if ((mask & 32) != 0) {
                        List<Step> steps = new ArrayList<>(corrupted.steps());
                        steps.add(Step.of(
                                StepId.of("T-PLANTED"),
                                referral,
                                new Training(
                                        false, Option.none(), Option.none(), TrainingResult.OBTAINED, Option.none())));
                        corrupted = corrupted.withSteps(steps);
                        planted.add("training.result-without-date");
                    }
                    Set<String> listed = Parcours.restore(corrupted).getLeft().stream()
                            .map(Rejection::code)
                            .collect(Collectors.toSet());
                    assertThat(listed).containsAll(planted);
                });
    }

    @Test
    void anExitedParcoursWithoutCommitmentIsRefusedWithEveryReason() {
        Parcours p = ParcoursFixture.enteredOn(LocalDate.of(2024, 2, 5))
                .proposeExit(LocalDate.of(2024, 6, 1), ExitCategory.POSITIVE_EMPLOYMENT)
                .validateExit(LocalDate.of(2024, 6, 10))
                .build();
        Parcours broken = p.withCommitment(Option.none())
                .withInterviews(List.of(
                        new Interview(LocalDate.of(2024, 1, 1), InterviewMode.PHONE, "", ParcoursFixture.REFERENT)));

        assertThat(broken.status()).as("derived from the history").isEqualTo(ParcoursStatus.EXITED);
        assertThat(Parcours.restore(broken).getLeft())
                .extracting(Rejection::code)
                .containsExactly("interview.without-synthesis", "exit.not-active");
    }

    @Test
    void twoCommandsThenOneSaveStoresBothInMemory() {
        InMemoryParcoursRepository repository = new InMemoryParcoursRepository();
        Parcours referred = ParcoursFixture.referredOn(LocalDate.of(2024, 1, 8)).build();
        repository.save(referred, 0);
        List<ParcoursChange> changes = LIFECYCLE
                .handleAll(
                        referred,
                        List.of(
                                ParcoursCommands.admit(LocalDate.of(2024, 2, 1)),
                                ParcoursCommands.signCommitment(LocalDate.of(2024, 2, 5))))
                .get();

        assertThat(changes).extracting(c -> c.event().version()).containsExactly(2L, 3L);
        assertThat(repository.save(changes).map(Parcours::version)).isEqualTo(Either.right(3L));
        assertThat(repository.save(changes).getLeft().code()).isEqualTo("parcours.stale-version");
    }

    private static Parcours replay(List<ParcoursCommand> commands) {
        Parcours p = PlieGen.referred();
        for (ParcoursCommand command : commands) {
            Either<Rejection, ParcoursChange> result = LIFECYCLE.handle(p, command);
            if (result.isRight()) {
                p = result.get().parcours();
            }
        }
        return p;
    }
}
