package fr.plie.rules.exit;

import static fr.plie.rules.exit.Parcourses.day;
import static fr.plie.rules.exit.Parcourses.job;
import static fr.plie.rules.exit.Parcourses.ongoing;
import static fr.plie.rules.exit.Parcourses.step;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.step.ContractType;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/**
 * Seed 004 (Grand Amiénois): "un Contrat à Durée Indéterminé (sortie effective à la fin de la période d'essai,
 * sont concernés les CDI temps plein et à temps partiel équivalent à un ½ temps)".
 */
class Seed004_CdiCountsAtTheEndOfTheTrialPeriodTest {
    private static final ExitPolicy AMIENS = ExitPolicy.GRAND_AMIENOIS;

    private static fr.plie.core.step.Employment cdi(String hours, String trialEnd) {
        return job(ContractType.CDI, hours)
                .trialPeriodEnd(Option.some(day(trialEnd)))
                .build();
    }

    @Test
    void during_the_trial_period_the_cdi_is_not_yet_an_exit() {
        var parcours = Parcourses.of(ongoing("S1", cdi("35", "2024-04-30"), "2024-03-01"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-04-29"), AMIENS);

        assertThat(assessment.outcome()).isEqualTo(ExitOutcome.NOT_YET);
        // "sortie effective à la fin de la période d'essai": the day after its last day
        assertThat(assessment.projectedDate()).contains(day("2024-05-01"));
    }

    @Test
    void at_the_end_of_the_trial_period_the_cdi_is_a_positive_exit() {
        var parcours = Parcourses.of(ongoing("S1", cdi("35", "2024-04-30"), "2024-03-01"));

        assertThat(ExitEngine.assess(parcours, day("2024-04-30"), AMIENS).outcome())
                .isEqualTo(ExitOutcome.NOT_YET);
        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-05-01"), AMIENS);

        assertThat(assessment.outcome()).isEqualTo(ExitOutcome.POSITIVE_EMPLOYMENT);
        assertThat(assessment.pronounceableFrom()).contains(day("2024-05-01"));
        assertThat(assessment.explanation().render())
                .contains("a sa période d'essai jusqu'au 30/04/2024 : il compte à partir du 01/05/2024");
        assertThat(assessment.explanation().render(java.util.Locale.ENGLISH))
                .contains("has its trial period until 2024-04-30: it counts from 2024-05-01");
    }

    @Test
    void a_cdi_ended_during_its_trial_period_does_not_count() {
        var parcours = Parcourses.of(step("S1", cdi("35", "2024-04-30"), "2024-03-01", "2024-04-10"));

        assertThat(ExitEngine.assess(parcours, day("2024-06-01"), AMIENS).outcome())
                .isEqualTo(ExitOutcome.NOT_POSITIVE);
    }

    @Test
    void a_part_time_cdi_of_exactly_half_time_counts_without_having_been_chosen() {
        var parcours = Parcourses.of(ongoing("S1", cdi("17.5", "2024-04-30"), "2024-03-01"));

        assertThat(ExitEngine.assess(parcours, day("2024-05-01"), AMIENS).outcome())
                .isEqualTo(ExitOutcome.POSITIVE_EMPLOYMENT);
    }

    @Test
    void a_part_time_cdi_under_half_time_does_not_count() {
        var parcours = Parcourses.of(ongoing("S1", cdi("15", "2024-04-30"), "2024-03-01"));

        assertThat(ExitEngine.assess(parcours, day("2025-05-01"), AMIENS).outcome())
                .isEqualTo(ExitOutcome.NOT_POSITIVE);
    }

    @Test
    void a_cdi_without_a_trial_period_counts_from_its_first_day() {
        var parcours = Parcourses.of(ongoing("S1", job(ContractType.CDI, "35").build(), "2024-03-01"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-03-01"), AMIENS);

        assertThat(assessment.pronounceableFrom()).contains(day("2024-03-01"));
        assertThat(assessment.explanation().keys()).contains("employment.no-trial-period");
    }
}
