package fr.plie.core.parcours;

import static fr.plie.core.fixture.ParcoursFixture.LIFECYCLE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.admission.CommitmentContract;
import fr.plie.core.admission.CommitteeDecision;
import fr.plie.core.fixture.PlieGen;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A batch of commands ({@link ParcoursLifecycle#handleAll}) returns every change, or names the command refused
 * (restoring a recorded history: {@link RestoreProperties}).
 */
class HandlingABatchOfCommandsTest {
    private static final LocalDate ADMITTED = PlieGen.REFERRAL_DATE.plusDays(20);

    @Test
    void handle_all_returns_every_change_with_consecutive_versions() {
        Parcours referred = PlieGen.referred();
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
        Parcours referred = PlieGen.referred();
        List<ParcoursCommand> commands = List.of(
                new ParcoursCommand.Decide(new CommitteeDecision.Admitted(ADMITTED)),
                new ParcoursCommand.SignCommitment(CommitmentContract.signedOn(ADMITTED.plusDays(3))),
                new ParcoursCommand.Decide(new CommitteeDecision.Admitted(ADMITTED.plusDays(5))));

        RejectedCommand refused = LIFECYCLE.handleAll(referred, commands).getLeft();

        assertThat(refused.index()).isEqualTo(2);
        assertThat(refused.rejection().code()).isEqualTo("decision.not-expected");
    }
}
