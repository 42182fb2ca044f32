package fr.plie.rules.exit;

import static fr.plie.rules.exit.Parcourses.day;
import static fr.plie.rules.exit.Parcourses.evidence;
import static fr.plie.rules.exit.Parcourses.fullTime;
import static fr.plie.rules.exit.Parcourses.ongoing;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.exit.EvidenceKind;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.step.ContractType;
import java.time.Period;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Seed 002: "les pièces probantes présentées doivent permettre d'attester la situation au moment où la sortie est
 * prononcée ; il est impératif de fiabiliser la sortie de la personne en attestant de la situation AU MOMENT de
 * la sortie et non pour une période en emploi de 6 mois révolue".
 */
class Seed002_EvidenceAttestsTheSituationAtTheExitDateTest {
    private static final Parcours IN_CDI = Parcourses.of(ongoing("S1", fullTime(ContractType.CDI), "2024-01-01"));

    @Test
    void a_contract_and_a_payslip_of_the_month_before_the_exit_are_enough() {
        var parcours = Parcourses.withExit(
                IN_CDI,
                day("2024-07-15"),
                ExitCategory.POSITIVE_EMPLOYMENT,
                evidence(EvidenceKind.EMPLOYMENT_CONTRACT, day("2024-01-01")),
                evidence(EvidenceKind.PAYSLIP, day("2024-06-30")));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-07-20"), ExitPolicy.BOULONNAIS);

        assertThat(assessment.missingEvidence()).isEmpty();
        assertThat(assessment.isReadyToPronounce()).isTrue();
        assertThat(assessment.isReachedButNotPronounceable()).isFalse();
        assertThat(assessment.explanation().render())
                .contains(
                        "Pièce probante présente : bulletin de salaire du 30/06/2024, pour une sortie au 15/07/2024.");
    }

    @Test
    void a_payslip_more_than_a_month_old_at_the_exit_date_does_not_attest_the_situation() {
        var parcours = Parcourses.withExit(
                IN_CDI,
                day("2024-07-15"),
                ExitCategory.POSITIVE_EMPLOYMENT,
                evidence(EvidenceKind.EMPLOYMENT_CONTRACT, day("2024-01-01")),
                evidence(EvidenceKind.PAYSLIP, day("2024-06-14")));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-07-20"), ExitPolicy.BOULONNAIS);

        assertThat(assessment.outcome()).isEqualTo(ExitOutcome.POSITIVE_EMPLOYMENT);
        // the committee's headline: reached, but not pronounceable on this payslip
        assertThat(assessment.isReachedButNotPronounceable()).isTrue();
        assertThat(assessment.isReadyToPronounce()).isFalse();
        assertThat(assessment.missingEvidence()).hasSize(1);
        assertThat(assessment.missingEvidence().get(0).maximumAge()).contains(Period.ofMonths(1));
        assertThat(assessment.explanation().render())
                .contains(
                        "Pièce probante manquante : bulletin de salaire, attestation employeur datée au plus de 1 mois"
                                + " avant la sortie du 15/07/2024");
        assertThat(assessment.explanation().render(Locale.ENGLISH))
                .contains("Missing evidence: payslip, employer certificate dated at most 1 month before the exit on"
                        + " 2024-07-15");
    }

    @Test
    void a_payslip_exactly_a_month_old_still_attests_the_situation() {
        var parcours = Parcourses.withExit(
                IN_CDI,
                day("2024-07-15"),
                ExitCategory.POSITIVE_EMPLOYMENT,
                evidence(EvidenceKind.EMPLOYMENT_CONTRACT, day("2024-01-01")),
                evidence(EvidenceKind.PAYSLIP, day("2024-06-15")));

        assertThat(ExitEngine.assess(parcours, day("2024-07-20"), ExitPolicy.BOULONNAIS)
                        .missingEvidence())
                .isEmpty();
    }

    @Test
    void without_a_proposed_exit_every_piece_of_evidence_is_still_missing() {
        ExitAssessment assessment = ExitEngine.assess(IN_CDI, day("2024-07-20"), ExitPolicy.BOULONNAIS);

        assertThat(assessment.isPositive()).isTrue();
        assertThat(assessment.missingEvidence()).isEqualTo(ExitPolicy.BOULONNAIS.employmentEvidence());
        assertThat(assessment.explanation().keys()).contains("evidence.no-exit-proposed");
    }

    @Test
    void an_exit_proposed_before_the_end_of_the_follow_up_is_flagged() {
        var parcours = Parcourses.withExit(IN_CDI, day("2024-05-15"), ExitCategory.POSITIVE_EMPLOYMENT);

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-07-20"), ExitPolicy.BOULONNAIS);

        assertThat(assessment.explanation().keys()).contains("exit.proposed-too-early");
    }

    @Test
    void evidence_issued_after_the_assessment_date_is_not_known_yet() {
        var parcours = Parcourses.withExit(
                IN_CDI,
                day("2024-07-15"),
                ExitCategory.POSITIVE_EMPLOYMENT,
                evidence(EvidenceKind.EMPLOYMENT_CONTRACT, day("2024-01-01")),
                evidence(EvidenceKind.PAYSLIP, day("2024-07-31")));

        assertThat(ExitEngine.assess(parcours, day("2024-07-20"), ExitPolicy.BOULONNAIS)
                        .missingEvidence())
                .hasSize(1);
    }
}
