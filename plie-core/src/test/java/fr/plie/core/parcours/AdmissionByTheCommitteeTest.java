package fr.plie.core.parcours;

import static fr.plie.core.fixture.ParcoursCommands.admit;
import static fr.plie.core.fixture.ParcoursCommands.diagnostic;
import static fr.plie.core.fixture.ParcoursCommands.postpone;
import static fr.plie.core.fixture.ParcoursCommands.refuse;
import static fr.plie.core.fixture.ParcoursCommands.signCommitment;
import static fr.plie.core.parcours.Drive.accepted;
import static fr.plie.core.parcours.Drive.on;
import static fr.plie.core.parcours.Drive.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.admission.CommitteeDecision;
import fr.plie.core.common.Rejection;
import fr.plie.core.fixture.ParcoursFixture;
import io.vavr.control.Option;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The committee ("comité d'agrément") decides on a referral: admitted, refused with an alternative, postponed. */
class AdmissionByTheCommitteeTest {
    private final Parcours referred =
            ParcoursFixture.referredOn("PAR-3", on(2024, 1, 8)).referred();

    @Test
    void anAdmittedCandidateWaitsForTheCommitmentContract() {
        Parcours admitted = accepted(referred, admit(on(2024, 2, 1)));

        assertThat(admitted.status()).isEqualTo(ParcoursStatus.ADMITTED);
        assertThat(admitted.decisions()).containsExactly(new CommitteeDecision.Admitted(on(2024, 2, 1)));
        assertThat(admitted.entryDate())
                .as("entry is the signature, not the admission")
                .isEmpty();
    }

    @Test
    void aRefusalMustComeWithAnAlternativeProposedToTheCandidate_seed002() {
        Rejection rejection = rejected(referred, refuse(on(2024, 2, 1), "  "));

        assertThat(rejection.code()).isEqualTo("decision.refusal-without-alternative");
        assertThat(rejection.message()).contains("alternative").contains("PAR-3");
        assertThat(rejection.message(Locale.ENGLISH)).contains("without proposing an alternative");
    }

    @Test
    void aRefusalWithAnAlternativeClosesTheParcours() {
        Parcours refused = accepted(referred, refuse(on(2024, 2, 1), "Orientation vers la Mission Locale"));

        assertThat(refused.status()).isEqualTo(ParcoursStatus.REFUSED);
        assertThat(refused.status().isFinal()).isTrue();
        assertThat(rejected(refused, admit(on(2024, 3, 1))).code()).isEqualTo("parcours.final");
        assertThat(rejected(refused, signCommitment(on(2024, 3, 1))).code()).isEqualTo("parcours.final");
    }

    @Test
    void aPostponedCandidateIsAdmittedAtALaterCommittee() {
        Parcours postponed = accepted(referred, postpone(on(2024, 2, 1), Option.some(on(2024, 3, 7))));
        assertThat(postponed.status()).isEqualTo(ParcoursStatus.POSTPONED);

        Parcours admitted = accepted(postponed, admit(on(2024, 3, 7)));

        assertThat(admitted.status()).isEqualTo(ParcoursStatus.ADMITTED);
        assertThat(admitted.decisions()).hasSize(2);
        assertThat(accepted(admitted, signCommitment(on(2024, 3, 11))).entryDate())
                .contains(on(2024, 3, 11));
    }

    @Test
    void aPostponedDecisionCannotBeReviewedBeforeItWasTaken() {
        assertThat(rejected(referred, postpone(on(2024, 2, 1), Option.some(on(2024, 1, 31))))
                        .code())
                .isEqualTo("decision.review-before-decision");
    }

    @Test
    void aLaterDecisionCannotBeDatedBeforeThePostponement() {
        Parcours postponed = accepted(referred, postpone(on(2024, 2, 1), Option.none()));

        assertThat(rejected(postponed, admit(on(2024, 1, 20))).code()).isEqualTo("decision.before-previous");
    }

    @Test
    void theCommitteeCannotDecideBeforeTheReferral() {
        assertThat(rejected(referred, admit(on(2024, 1, 5))).code()).isEqualTo("decision.before-referral");
    }

    @Test
    void anAdmittedCandidateIsNotDecidedUponTwice() {
        Parcours admitted = accepted(referred, admit(on(2024, 2, 1)));

        assertThat(rejected(admitted, refuse(on(2024, 2, 2), "Orientation vers le PLIE voisin"))
                        .code())
                .isEqualTo("decision.not-expected");
    }

    @Test
    void theDiagnosticMayTakePlaceBeforeAdmission() {
        Parcours diagnosed = accepted(referred, diagnostic("D1", on(2024, 1, 15)));

        assertThat(diagnosed.status()).isEqualTo(ParcoursStatus.REFERRED);
        assertThat(diagnosed.steps()).hasSize(1);
        assertThat(rejected(referred, diagnostic("D1", on(2024, 1, 5))).code()).isEqualTo("step.before-referral");
    }

    @Test
    void aDiagnosticHeldBeforeEntryCanStillBeRecordedOnceTheParcoursHasStarted() {
        Parcours active = ParcoursFixture.enteredOn(on(2024, 2, 5)).build();

        Parcours recorded = accepted(active, diagnostic("D1", on(2024, 1, 24)));

        assertThat(recorded.steps()).hasSize(1);
    }
}
