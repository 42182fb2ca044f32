package fr.plie.rules.exit;

import static fr.plie.rules.exit.Parcourses.day;
import static fr.plie.rules.exit.Parcourses.fullTime;
import static fr.plie.rules.exit.Parcourses.job;
import static fr.plie.rules.exit.Parcourses.ongoing;
import static fr.plie.rules.exit.Parcourses.step;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.step.ContractType;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/**
 * Seed 004: "tout contrat de travail d'une durée de plus de 6 mois consécutifs (sont concernés les CDD de plus de
 * 6 mois ...)"; its CRE section says "des CDI et CDD supérieurs ou égaux à 6 mois".
 */
class Seed004_ContractOfMoreThanSixConsecutiveMonthsTest {
    private static final ExitPolicy AMIENS = ExitPolicy.GRAND_AMIENOIS;
    private static final ExitPolicy AMIENS_CRE = ExitPolicy.from(AMIENS)
            .name("grand-amienois-cre")
            .fixedTermBoundary(Boundary.INCLUSIVE)
            .build();

    @Test
    void a_cdd_of_exactly_six_months_is_not_more_than_six_months() {
        var parcours = Parcourses.of(step("S1", fullTime(ContractType.CDD), "2024-03-01", "2024-08-31"));

        assertThat(ExitEngine.assess(parcours, day("2024-10-01"), AMIENS).outcome())
                .isEqualTo(ExitOutcome.NOT_POSITIVE);
    }

    @Test
    void a_cdd_of_exactly_six_months_is_greater_than_or_equal_to_six_months_in_the_cre_reading() {
        var parcours = Parcourses.of(step("S1", fullTime(ContractType.CDD), "2024-03-01", "2024-08-31"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-10-01"), AMIENS_CRE);

        assertThat(assessment.outcome()).isEqualTo(ExitOutcome.POSITIVE_EMPLOYMENT);
        assertThat(assessment.pronounceableFrom()).contains(day("2024-08-31"));
    }

    @Test
    void a_cdd_one_day_longer_counts_on_that_day() {
        var parcours = Parcourses.of(step("S1", fullTime(ContractType.CDD), "2024-03-01", "2024-09-01"));

        assertThat(ExitEngine.assess(parcours, day("2024-10-01"), AMIENS).pronounceableFrom())
                .contains(day("2024-09-01"));
    }

    @Test
    void an_ongoing_cdd_planned_for_a_year_projects_the_day_it_passes_six_months() {
        var parcours = Parcourses.of(ongoing(
                "S1",
                job(ContractType.CDD, "35")
                        .plannedEnd(Option.some(day("2025-02-28")))
                        .build(),
                "2024-03-01"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-05-01"), AMIENS);

        assertThat(assessment.outcome()).isEqualTo(ExitOutcome.NOT_YET);
        assertThat(assessment.projectedDate()).contains(day("2024-09-01"));
    }

    @Test
    void an_ongoing_cdd_planned_for_four_months_projects_nothing() {
        var parcours = Parcourses.of(ongoing(
                "S1",
                job(ContractType.CDD, "35")
                        .plannedEnd(Option.some(day("2024-06-30")))
                        .build(),
                "2024-03-01"));

        assertThat(ExitEngine.assess(parcours, day("2024-05-01"), AMIENS).outcome())
                .isEqualTo(ExitOutcome.NOT_POSITIVE);
    }

    @Test
    void integration_contracts_and_pec_are_steps_by_default() {
        var parcours = Parcourses.of(
                step("S1", fullTime(ContractType.CDDI), "2023-02-01", "2023-12-31"),
                step("S2", fullTime(ContractType.PEC), "2024-01-01", "2024-12-31"));

        assertThat(ExitEngine.assess(parcours, day("2025-01-15"), AMIENS).outcome())
                .isEqualTo(ExitOutcome.NOT_POSITIVE);
    }
}
