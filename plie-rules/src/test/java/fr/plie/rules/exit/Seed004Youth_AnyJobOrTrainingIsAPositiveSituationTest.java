package fr.plie.rules.exit;

import static fr.plie.rules.exit.Parcourses.day;
import static fr.plie.rules.exit.Parcourses.fullTime;
import static fr.plie.rules.exit.Parcourses.job;
import static fr.plie.rules.exit.Parcourses.step;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.step.ContractType;
import fr.plie.core.step.Training;
import org.junit.jupiter.api.Test;

/**
 * Seed 004, "Les clés pour l'emploi et l'alternance": "sortie positive (accès à un emploi temporaire, saisonnier,
 * à durée déterminée ou durable, à un contrat aidé, à un contrat en alternance, à une formation ou un retour en
 * scolarité)".
 */
class Seed004Youth_AnyJobOrTrainingIsAPositiveSituationTest {
    private static final ExitPolicy YOUTH = ExitPolicy.YOUTH_POSITIVE_SITUATION;

    @Test
    void a_one_week_mission_is_a_positive_situation_from_its_first_day() {
        var parcours = Parcourses.of(step("S1", fullTime(ContractType.TEMPORARY_MISSION), "2024-06-03", "2024-06-07"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-06-10"), YOUTH);

        assertThat(assessment.outcome()).isEqualTo(ExitOutcome.POSITIVE_EMPLOYMENT);
        assertThat(assessment.pronounceableFrom()).contains(day("2024-06-03"));
    }

    @Test
    void a_part_time_subsidised_contract_is_a_positive_situation() {
        var parcours = Parcourses.of(step("S1", job(ContractType.PEC, "20").build(), "2024-06-03", "2024-12-02"));

        assertThat(ExitEngine.assess(parcours, day("2024-06-10"), YOUTH).outcome())
                .isEqualTo(ExitOutcome.POSITIVE_EMPLOYMENT);
    }

    @Test
    void a_return_to_school_recorded_as_a_non_qualifying_training_is_a_positive_situation() {
        var parcours = Parcourses.of(step("S1", Training.nonQualifying(day("2025-06-30")), "2024-09-02", "2025-06-30"));

        assertThat(ExitEngine.assess(parcours, day("2024-09-10"), YOUTH).outcome())
                .isEqualTo(ExitOutcome.POSITIVE_TRAINING);
    }

    @Test
    void the_same_parcours_is_not_positive_for_the_adult_plie() {
        var parcours = Parcourses.of(step("S1", fullTime(ContractType.TEMPORARY_MISSION), "2024-06-03", "2024-06-07"));

        assertThat(ExitEngine.assess(parcours, day("2024-06-10"), ExitPolicy.GRAND_AMIENOIS)
                        .outcome())
                .isEqualTo(ExitOutcome.NOT_POSITIVE);
    }
}
