package fr.plie.core.parcours;

import static fr.plie.core.fixture.ParcoursCommands.admit;
import static fr.plie.core.fixture.ParcoursCommands.mobilisation;
import static fr.plie.core.fixture.ParcoursCommands.proposeExit;
import static fr.plie.core.fixture.ParcoursCommands.validateExit;
import static fr.plie.core.fixture.ParcoursCommands.withdrawExit;
import static fr.plie.core.parcours.Drive.accepted;
import static fr.plie.core.parcours.Drive.on;
import static fr.plie.core.parcours.Drive.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.exit.ExitCategory;
import fr.plie.core.exit.ExitValidation;
import fr.plie.core.fixture.ParcoursFixture;
import org.junit.jupiter.api.Test;

/** The referent proposes an exit on evidence; the committee withdraws it or validates it (seeds 001, 002). */
class TheExitOfAParcoursTest {
    private final Parcours active = ParcoursFixture.enteredOn(on(2024, 2, 5)).build();

    @Test
    void aProposedExitIsValidatedByTheCommittee() {
        Parcours proposed = accepted(active, proposeExit(on(2024, 9, 2), ExitCategory.POSITIVE_TRAINING));
        assertThat(proposed.status()).isEqualTo(ParcoursStatus.EXIT_PROPOSED);
        assertThat(proposed.exit().get().isValidated()).isFalse();
        assertThat(proposed.exit().get().evidence()).hasSize(1);

        Parcours exited = accepted(proposed, validateExit(on(2024, 9, 12)));

        assertThat(exited.status()).isEqualTo(ParcoursStatus.EXITED);
        assertThat(exited.exit().get().validation())
                .contains(new ExitValidation(on(2024, 9, 12), "Commission entrées-sorties"));
        assertThat(exited.exitDate()).contains(on(2024, 9, 2));
    }

    @Test
    void aWithdrawnProposalLetsTheParcoursGoOnAndANewExitBeProposed() {
        Parcours proposed = accepted(active, proposeExit(on(2024, 9, 2), ExitCategory.POSITIVE_EMPLOYMENT));

        Parcours goingOn = accepted(proposed, withdrawExit(on(2024, 9, 12)));

        assertThat(goingOn.status()).isEqualTo(ParcoursStatus.ACTIVE);
        assertThat(goingOn.exit()).isEmpty();
        Parcours withNewStep = accepted(goingOn, mobilisation("S1", on(2024, 9, 16)));
        assertThat(accepted(withNewStep, proposeExit(on(2024, 12, 2), ExitCategory.POSITIVE_EMPLOYMENT))
                        .exit()
                        .get()
                        .date())
                .isEqualTo(on(2024, 12, 2));
    }

    @Test
    void atMostOneExitIsOpenAtATime() {
        Parcours proposed = accepted(active, proposeExit(on(2024, 9, 2), ExitCategory.POSITIVE_EMPLOYMENT));

        assertThat(rejected(proposed, proposeExit(on(2024, 10, 1), ExitCategory.ABANDONMENT))
                        .code())
                .isEqualTo("exit.already-proposed");
    }

    @Test
    void anExitBeforeEntryIsRejected() {
        assertThat(rejected(active, proposeExit(on(2024, 2, 4), ExitCategory.ABANDONMENT))
                        .code())
                .isEqualTo("exit.before-entry");
        assertThat(accepted(active, proposeExit(on(2024, 2, 5), ExitCategory.ABANDONMENT))
                        .exit())
                .as("leaving on the day of entry is possible")
                .isNotEmpty();
    }

    @Test
    void anExitCannotPrecedeTheStartOfAStep() {
        Parcours withStep = accepted(active, mobilisation("S1", on(2024, 5, 6)));

        assertThat(rejected(withStep, proposeExit(on(2024, 5, 3), ExitCategory.HEALTH))
                        .code())
                .isEqualTo("exit.before-step");
    }

    @Test
    void onlyAParcoursUnderWayCanBeProposedForExit() {
        Parcours admitted = accepted(ParcoursFixture.referredOn(on(2024, 1, 8)).referred(), admit(on(2024, 2, 1)));

        assertThat(rejected(admitted, proposeExit(on(2024, 3, 1), ExitCategory.ABANDONMENT))
                        .code())
                .isEqualTo("exit.not-active");
    }

    @Test
    void theCommitteeValidatesOrWithdrawsOnlyAProposedExit() {
        assertThat(rejected(active, validateExit(on(2024, 9, 12))).code()).isEqualTo("exit.not-proposed");
        assertThat(rejected(active, withdrawExit(on(2024, 9, 12))).code()).isEqualTo("exit.not-proposed");
    }

    @Test
    void theValidationCannotPrecedeTheExitDate() {
        Parcours proposed = accepted(active, proposeExit(on(2024, 9, 2), ExitCategory.POSITIVE_EMPLOYMENT));

        assertThat(rejected(proposed, validateExit(on(2024, 9, 1))).code()).isEqualTo("exit.validation-before-exit");
    }
}
