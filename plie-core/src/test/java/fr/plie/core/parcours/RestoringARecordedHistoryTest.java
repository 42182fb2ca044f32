package fr.plie.core.parcours;

import static fr.plie.core.fixture.ParcoursFixture.LIFECYCLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import fr.plie.core.admission.CommitmentContract;
import fr.plie.core.admission.CommitteeDecision;
import fr.plie.core.common.Rejection;
import fr.plie.core.fixture.ParcoursGen;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepDetail;
import fr.plie.core.step.StepId;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A recorded history (a store's rows, a document) is rebuilt through one validating door, {@link Parcours#restore},
 * which lists every violation; and a batch of commands ({@link ParcoursLifecycle#handleAll}) returns every change,
 * or names the command refused.
 */
class RestoringARecordedHistoryTest {
    private static final LocalDate ADMITTED = ParcoursGen.REFERRAL_DATE.plusDays(20);

    @Test
    void every_parcours_the_lifecycle_produces_restores_to_itself_with_its_derived_status() {
        qt().withExamples(500).forAll(ParcoursGen.parcours()).checkAssert(p -> {
            Either<List<Rejection>, Parcours> restored = Parcours.restore(p);
            assertThat(restored.isRight()).as("restored: %s", restored).isTrue();
            assertThat(restored.get()).isEqualTo(p);
            assertThat(restored.get().status()).isEqualTo(p.status());
        });
    }

    @Test
    void a_corrupted_history_lists_every_violation_not_only_the_first() {
        Step twice =
                Step.of(StepId.of("S-TWICE"), ParcoursGen.REFERRAL_DATE.plusDays(60), new StepDetail.Mobilisation());
        qt().withExamples(300).forAll(ParcoursGen.parcours()).checkAssert(p -> {
            List<Step> doubled = new ArrayList<>(p.steps());
            doubled.add(twice);
            doubled.add(twice);
            Parcours corrupted = p.withVersion(0).withSteps(doubled);

            List<String> codes = Parcours.restore(corrupted).getLeft().stream()
                    .map(Rejection::code)
                    .toList();

            assertThat(codes).contains("parcours.version", "step.duplicate");
        });
    }

    @Test
    void handle_all_returns_every_change_with_consecutive_versions() {
        Parcours referred = ParcoursGen.referred();
        List<ParcoursCommand> commands = List.of(
                new ParcoursCommand.Decide(new CommitteeDecision.Admitted(ADMITTED)),
                new ParcoursCommand.SignCommitment(CommitmentContract.signedOn(ADMITTED.plusDays(3))));

        List<ParcoursChange> changes = LIFECYCLE.handleAll(referred, commands).get();

        assertThat(changes).hasSize(2);
        assertThat(changes).extracting(c -> c.parcours().version()).containsExactly(2L, 3L);
        assertThat(changes).extracting(c -> c.event().command()).containsExactlyElementsOf(commands);
        assertThat(ParcoursChange.last(changes).status()).isEqualTo(ParcoursStatus.ACTIVE);
        assertThat(ParcoursChange.expectedVersion(changes)).isEqualTo(1L);
    }

    @Test
    void handle_all_names_the_refused_command_by_its_position() {
        Parcours referred = ParcoursGen.referred();
        List<ParcoursCommand> commands = List.of(
                new ParcoursCommand.Decide(new CommitteeDecision.Admitted(ADMITTED)),
                new ParcoursCommand.SignCommitment(CommitmentContract.signedOn(ADMITTED.plusDays(3))),
                new ParcoursCommand.Decide(new CommitteeDecision.Admitted(ADMITTED.plusDays(5))));

        RejectedCommand refused = LIFECYCLE.handleAll(referred, commands).getLeft();

        assertThat(refused.index()).isEqualTo(2);
        assertThat(refused.rejection().code()).isEqualTo("decision.not-expected");
    }
}
