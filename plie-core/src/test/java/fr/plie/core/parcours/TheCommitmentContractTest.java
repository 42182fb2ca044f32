package fr.plie.core.parcours;

import static fr.plie.core.fixture.ParcoursCommands.admit;
import static fr.plie.core.fixture.ParcoursCommands.postpone;
import static fr.plie.core.fixture.ParcoursCommands.signCommitment;
import static fr.plie.core.parcours.Drive.accepted;
import static fr.plie.core.parcours.Drive.on;
import static fr.plie.core.parcours.Drive.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.common.Rejection;
import fr.plie.core.fixture.ParcoursFixture;
import io.vavr.control.Option;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The commitment contract ("contrat d'engagement") starts the parcours, once. */
class TheCommitmentContractTest {
    @Test
    void signingTheContractStartsTheParcoursOnItsDate() {
        Parcours active = accepted(ParcoursFixture.admittedOn(on(2024, 2, 1)).build(), signCommitment(on(2024, 2, 5)));

        assertThat(active.status()).isEqualTo(ParcoursStatus.ACTIVE);
        assertThat(active.entryDate()).contains(on(2024, 2, 5));
    }

    @Test
    void aSecondOpenCommitmentIsRejected() {
        Parcours active = ParcoursFixture.enteredOn(on(2024, 2, 5)).build();

        Rejection rejection = rejected(active, signCommitment(on(2024, 3, 1)));

        assertThat(rejection.code()).isEqualTo("commitment.already-signed");
        assertThat(rejection.message())
                .isEqualTo("Le parcours PAR-1 a déjà un contrat d'engagement signé le 05/02/2024.");
        assertThat(rejection.message(Locale.ENGLISH)).startsWith("Parcours PAR-1 already has a commitment contract");
    }

    @Test
    void theContractIsSignedOnlyAfterAdmission() {
        Parcours referred = ParcoursFixture.referredOn(on(2024, 1, 8)).referred();
        Parcours postponed = accepted(referred, postpone(on(2024, 2, 1), Option.none()));

        assertThat(rejected(referred, signCommitment(on(2024, 2, 5))).code()).isEqualTo("commitment.not-admitted");
        assertThat(rejected(postponed, signCommitment(on(2024, 2, 5))).code()).isEqualTo("commitment.not-admitted");
    }

    @Test
    void theContractCannotBeDatedBeforeTheAdmission() {
        Parcours admitted = accepted(ParcoursFixture.referredOn(on(2024, 1, 8)).referred(), admit(on(2024, 2, 1)));

        assertThat(rejected(admitted, signCommitment(on(2024, 1, 31))).code()).isEqualTo("commitment.before-admission");
        assertThat(accepted(admitted, signCommitment(on(2024, 2, 1))).entryDate())
                .as("the same day is fine")
                .contains(on(2024, 2, 1));
    }
}
