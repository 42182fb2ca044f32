package fr.plie.core.parcours;

import static fr.plie.core.fixture.ParcoursCommands.admit;
import static fr.plie.core.fixture.ParcoursCommands.interview;
import static fr.plie.core.fixture.ParcoursCommands.placement;
import static fr.plie.core.fixture.ParcoursCommands.proposeExit;
import static fr.plie.core.parcours.Drive.accepted;
import static fr.plie.core.parcours.Drive.on;
import static fr.plie.core.parcours.Drive.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.exit.ExitCategory;
import fr.plie.core.fixture.ParcoursFixture;
import org.junit.jupiter.api.Test;

/** Every interview is recorded (seed 002); job-offer placements follow the entry. */
class InterviewsAndPlacementsTest {
    private final Parcours referred = ParcoursFixture.referredOn(on(2024, 1, 8)).referred();
    private final Parcours active = ParcoursFixture.enteredOn(on(2024, 2, 5)).build();

    @Test
    void interviewsAreRecordedFromTheReferralOnIncludingWhileTheExitIsProposed() {
        Parcours p = accepted(referred, interview(on(2024, 1, 8)));
        assertThat(p.interviews()).hasSize(1);

        Parcours proposed = accepted(active, proposeExit(on(2024, 9, 2), ExitCategory.POSITIVE_EMPLOYMENT));
        assertThat(accepted(proposed, interview(on(2024, 9, 5))).interviews()).hasSize(1);
    }

    @Test
    void everyInterviewIsRecordedWithASynthesis_seed002() {
        ParcoursCommand blank = new ParcoursCommand.RecordInterview(
                new Interview(on(2024, 3, 4), InterviewMode.FACE_TO_FACE, "", ParcoursFixture.REFERENT));

        assertThat(rejected(active, blank).code()).isEqualTo("interview.without-synthesis");
        assertThat(rejected(active, blank).message())
                .isEqualTo("L'entretien du 04/03/2024 doit être formalisé par une synthèse.");
    }

    @Test
    void anInterviewCannotPrecedeTheReferral() {
        assertThat(rejected(referred, interview(on(2024, 1, 7))).code()).isEqualTo("interview.before-referral");
    }

    @Test
    void aPlacementOnAJobOfferIsRecordedDuringTheParcoursOnly() {
        Parcours admitted = accepted(referred, admit(on(2024, 2, 1)));
        Parcours proposed = accepted(active, proposeExit(on(2024, 9, 2), ExitCategory.POSITIVE_EMPLOYMENT));

        assertThat(accepted(active, placement(on(2024, 3, 1), PlacementResult.PENDING))
                        .placements())
                .hasSize(1);
        assertThat(rejected(admitted, placement(on(2024, 3, 1), PlacementResult.PENDING))
                        .code())
                .isEqualTo("placement.not-active");
        assertThat(rejected(proposed, placement(on(2024, 9, 3), PlacementResult.PENDING))
                        .code())
                .isEqualTo("placement.not-active");
        assertThat(rejected(active, placement(on(2024, 2, 4), PlacementResult.PENDING))
                        .code())
                .isEqualTo("placement.before-entry");
    }
}
