package fr.plie.core.parcours;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.admission.CommitmentContract;
import fr.plie.core.admission.CommitteeDecision;
import fr.plie.core.fixture.ProfileFixture;
import fr.plie.core.participant.PersonalData;
import fr.plie.core.participant.Profile;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepDetail;
import fr.plie.core.step.StepId;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shortcuts of the Java edges build the same values as the full constructors, without Vavr's Option. */
class CallersWithoutVavrTest {
    private static final LocalDate DAY = LocalDate.of(2024, 2, 1);

    @Test
    void commandShortcutsAreTheCommandsSpelledOut() {
        assertThat(ParcoursCommand.admit(DAY))
                .isEqualTo(new ParcoursCommand.Decide(new CommitteeDecision.Admitted(DAY)));
        assertThat(ParcoursCommand.signCommitment(DAY))
                .isEqualTo(new ParcoursCommand.SignCommitment(CommitmentContract.signedOn(DAY)));
        assertThat(ParcoursCommand.startStep("S1", DAY, new StepDetail.Mobilisation()))
                .isEqualTo(new ParcoursCommand.StartStep(Step.of(StepId.of("S1"), DAY, new StepDetail.Mobilisation())));
    }

    @Test
    void aProfileTakesAPlainDateOrAnOptional() {
        Profile.Builder plain = ProfileFixture.longTermJobSeeker();
        plain.jobSeekerSince(DAY);
        Profile.Builder optional = ProfileFixture.longTermJobSeeker();
        optional.jobSeekerSince(Optional.of(DAY));
        Profile.Builder none = ProfileFixture.longTermJobSeeker();
        none.jobSeekerSince(Optional.empty());
        assertThat(plain.build().jobSeekerSince()).isEqualTo(Option.some(DAY));
        assertThat(optional.build()).isEqualTo(plain.build());
        assertThat(none.build().jobSeekerSince().isEmpty()).isTrue();
    }

    @Test
    void personalDataWithoutOptionals() {
        assertThat(PersonalData.of("Nadia", "Benali").withEmail("nadia@example.org"))
                .isEqualTo(new PersonalData(
                        "Nadia", "Benali", Option.some("nadia@example.org"), Option.none(), Option.none()));
    }
}
