package fr.plie.rules.exit;

import static fr.plie.rules.exit.Parcourses.creation;
import static fr.plie.rules.exit.Parcourses.day;
import static fr.plie.rules.exit.Parcourses.evidence;
import static fr.plie.rules.exit.Parcourses.ongoing;
import static fr.plie.rules.exit.Parcourses.qualifyingTraining;
import static fr.plie.rules.exit.Parcourses.step;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.exit.EvidenceKind;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.step.TrainingResult;
import org.junit.jupiter.api.Test;

/**
 * Seed 004: "l'entrée en formation qualifiante sanctionnée par un diplôme, un titre homologué ou une
 * certification professionnelle" and "une création d'entreprise ou une auto-entreprise (tout document officiel
 * justifiant la création/auto-entrep, par ex : KBIS, N° SIRET, publication au JO, inscription au registre des
 * métiers, …)".
 */
class Seed004_EntryIntoQualifyingTrainingAndAnyProofOfCreationTest {
    private static final ExitPolicy AMIENS = ExitPolicy.GRAND_AMIENOIS;

    @Test
    void entering_a_qualifying_training_is_a_positive_exit_from_its_first_day() {
        var parcours = Parcourses.of(
                ongoing("S1", qualifyingTraining("2025-01-31", TrainingResult.PENDING, null), "2024-03-04"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-03-04"), AMIENS);

        assertThat(assessment.outcome()).isEqualTo(ExitOutcome.POSITIVE_TRAINING);
        assertThat(assessment.pronounceableFrom()).contains(day("2024-03-04"));
    }

    @Test
    void the_same_training_awaits_its_result_where_validation_is_required() {
        var parcours = Parcourses.of(
                ongoing("S1", qualifyingTraining("2025-01-31", TrainingResult.PENDING, null), "2024-03-04"));

        assertThat(ExitEngine.assess(parcours, day("2024-03-04"), ExitPolicy.TOULOUSE_2015_2020)
                        .outcome())
                .isEqualTo(ExitOutcome.AWAITING_FACT);
    }

    @Test
    void a_registered_creation_counts_on_its_registration_day() {
        var parcours = Parcourses.of(ongoing("S1", creation("2024-05-13", null), "2024-03-04"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-05-20"), AMIENS);

        assertThat(assessment.outcome()).isEqualTo(ExitOutcome.POSITIVE_CREATION);
        assertThat(assessment.pronounceableFrom()).contains(day("2024-05-13"));
    }

    @Test
    void a_siret_notice_is_enough_proof_of_the_creation() {
        var parcours = Parcourses.withExit(
                Parcourses.of(ongoing("S1", creation("2024-05-13", null), "2024-03-04")),
                day("2024-05-20"),
                ExitCategory.POSITIVE_CREATION,
                evidence(EvidenceKind.SIRET_NOTICE, day("2024-05-14")));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-05-20"), AMIENS);

        assertThat(assessment.missingEvidence()).isEmpty();
        assertThat(assessment.isReadyToPronounce()).isTrue();
    }

    @Test
    void a_creation_proposed_with_a_payslip_only_is_missing_its_official_proof() {
        var parcours = Parcourses.withExit(
                Parcourses.of(ongoing("S1", creation("2024-05-13", null), "2024-03-04")),
                day("2024-05-20"),
                ExitCategory.POSITIVE_CREATION,
                evidence(EvidenceKind.PAYSLIP, day("2024-05-14")));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-05-20"), AMIENS);

        assertThat(assessment.outcome()).isEqualTo(ExitOutcome.POSITIVE_CREATION);
        assertThat(assessment.missingEvidence()).hasSize(1);
        assertThat(assessment.missingEvidence().get(0).anyOf()).contains(EvidenceKind.KBIS, EvidenceKind.SIRET_NOTICE);
        assertThat(assessment.isReadyToPronounce()).isFalse();
        assertThat(assessment.explanation().render()).contains("Pièce probante manquante : extrait KBIS");
    }

    @Test
    void a_finished_training_that_was_entered_still_counted_from_its_entry() {
        var parcours = Parcourses.of(step(
                "S1",
                qualifyingTraining("2024-09-30", TrainingResult.FAILED, "2024-09-30"),
                "2024-03-04",
                "2024-09-30"));

        assertThat(ExitEngine.assess(parcours, day("2024-10-01"), AMIENS).pronounceableFrom())
                .contains(day("2024-03-04"));
    }
}
