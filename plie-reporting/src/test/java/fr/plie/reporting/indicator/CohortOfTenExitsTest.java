package fr.plie.reporting.indicator;

import static fr.plie.reporting.indicator.Cohorts.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.parcours.ParcoursId;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Ten exits pronounced in 2024, split by hand: 4 durable jobs (a CDI, two CDD of more than 6 months, a
 * temporary mission), a business creation, a qualifying training, 2 administrative exits (moving away,
 * retirement) and 2 other exits (abandonment, interruption). Seed 004's targets: 50 %, 42 % + 8 %.
 */
class CohortOfTenExitsTest {
    private static ReportingOptions seed004() {
        return ReportingOptions.asOf(AS_OF).withTargets(Targets.GRAND_AMIENOIS).withDrillDown(true);
    }

    @Test
    void six_positive_exits_out_of_ten_make_a_rate_of_60_percent_above_the_50_percent_target() {
        IndicatorReport report = TenExits.report(seed004(), TenExits.cohort());

        assertThat(report.count(Indicator.EXITS)).isEqualTo(10);
        assertThat(report.count(Indicator.EXITS_POSITIVE)).isEqualTo(6);
        assertThat(report.positiveExitRate().value()).contains(new BigDecimal("0.600000"));
        assertThat(report.positiveExitRate().reachesTarget()).contains(true);
    }

    @Test
    void creation_counts_with_employment_so_the_split_is_50_percent_employment_and_10_percent_training() {
        IndicatorReport report = TenExits.report(seed004(), TenExits.cohort());

        assertThat(report.count(Indicator.EXITS_POSITIVE_EMPLOYMENT)).isEqualTo(5);
        assertThat(report.count(Indicator.EXITS_POSITIVE_TRAINING)).isEqualTo(1);
        assertThat(report.employmentExitRate().value()).contains(new BigDecimal("0.500000"));
        assertThat(report.employmentExitRate().target()).contains(new BigDecimal("0.42"));
        assertThat(report.trainingExitRate().value()).contains(new BigDecimal("0.100000"));
        assertThat(report.trainingExitRate().reachesTarget()).contains(true);
    }

    @Test
    void leaving_administrative_exits_out_of_the_denominator_turns_6_out_of_10_into_6_out_of_8() {
        IndicatorReport report = TenExits.report(seed004().withAdministrativeExitsExcluded(true), TenExits.cohort());

        assertThat(report.count(Indicator.EXITS)).isEqualTo(10);
        assertThat(report.count(Indicator.EXITS_ADMINISTRATIVE)).isEqualTo(2);
        assertThat(report.count(Indicator.EXITS_RATE_DENOMINATOR)).isEqualTo(8);
        assertThat(report.positiveExitRate().value()).contains(new BigDecimal("0.750000"));
        assertThat(report.employmentExitRate().value()).contains(new BigDecimal("0.625000"));
        assertThat(report.trainingExitRate().value()).contains(new BigDecimal("0.125000"));
    }

    @Test
    void exits_are_counted_by_category_and_group() {
        IndicatorReport report = TenExits.report(seed004(), TenExits.cohort());

        assertThat(report.count(Indicator.EXIT_POSITIVE_EMPLOYMENT)).isEqualTo(4);
        assertThat(report.count(Indicator.EXIT_POSITIVE_CREATION)).isEqualTo(1);
        assertThat(report.count(Indicator.EXIT_POSITIVE_TRAINING)).isEqualTo(1);
        assertThat(report.count(Indicator.EXIT_MOVED_AWAY)).isEqualTo(1);
        assertThat(report.count(Indicator.EXIT_RETIREMENT)).isEqualTo(1);
        assertThat(report.count(Indicator.EXIT_DEATH)).isZero();
        assertThat(report.count(Indicator.EXIT_ABANDONMENT)).isEqualTo(1);
        assertThat(report.count(Indicator.EXIT_INTERRUPTION)).isEqualTo(1);
        assertThat(report.count(Indicator.EXITS_OTHER)).isEqualTo(2);
    }

    @Test
    void the_job_typology_sorts_cdi_cdd_over_six_months_creation_and_other_contracts() {
        IndicatorReport report = TenExits.report(seed004(), TenExits.cohort());

        assertThat(report.figure(Indicator.JOB_CDI).parcours()).containsExactly(ParcoursId.of("P01"));
        assertThat(report.figure(Indicator.JOB_CDD_OVER_6_MONTHS).parcours())
                .containsExactly(ParcoursId.of("P02"), ParcoursId.of("P03"));
        assertThat(report.figure(Indicator.JOB_CREATION).parcours()).containsExactly(ParcoursId.of("P05"));
        assertThat(report.figure(Indicator.JOB_OTHER).parcours()).containsExactly(ParcoursId.of("P04"));
        assertThat(report.count(Indicator.JOB_NOT_RECORDED)).isZero();
    }

    @Test
    void the_employer_typology_counts_the_employers_of_employment_exits_and_sectors_follow() {
        IndicatorReport report = TenExits.report(seed004(), TenExits.cohort());

        assertThat(report.count(Indicator.EMPLOYER_PRIVATE)).isEqualTo(2);
        assertThat(report.count(Indicator.EMPLOYER_PUBLIC)).isEqualTo(1);
        assertThat(report.count(Indicator.EMPLOYER_ASSOCIATIVE)).isEqualTo(1);
        assertThat(report.sectors()).singleElement().satisfies(s -> {
            assertThat(s.sector()).isEqualTo("Commerce");
            assertThat(s.exits()).isEqualTo(4);
        });
    }

    @Test
    void every_figure_lists_the_parcours_it_counted() {
        IndicatorReport report = TenExits.report(seed004(), TenExits.cohort());

        assertThat(report.figure(Indicator.EXITS_ADMINISTRATIVE).parcours())
                .containsExactly(ParcoursId.of("P07"), ParcoursId.of("P08"));
        assertThat(report.figure(Indicator.EXITS_POSITIVE_TRAINING).parcours()).containsExactly(ParcoursId.of("P06"));
        assertThat(report.figure(Indicator.EXITS).parcours()).hasSize(10);
    }

    @Test
    void without_drill_down_no_id_is_kept() {
        IndicatorReport report = TenExits.report(seed004().withDrillDown(false), TenExits.cohort());

        assertThat(report.count(Indicator.EXITS)).isEqualTo(10);
        assertThat(report.figure(Indicator.EXITS).parcours()).isEmpty();
    }

    @Test
    void esf_results_at_exit_see_the_jobs_and_creation_going_on_and_the_qualification_obtained() {
        IndicatorReport report = TenExits.report(seed004(), TenExits.cohort());

        assertThat(report.count(Indicator.ESF_LEAVERS)).isEqualTo(10);
        assertThat(report.count(Indicator.EECR04_EMPLOYMENT)).isEqualTo(5);
        assertThat(report.figure(Indicator.EECR03_QUALIFICATION).parcours()).containsExactly(ParcoursId.of("P06"));
        assertThat(report.count(Indicator.EECR02_EDUCATION_OR_TRAINING)).isZero();
        assertThat(report.count(Indicator.ESF_LEAVERS_OBSERVED_6_MONTHS)).isEqualTo(10);
        assertThat(report.count(Indicator.EECR05_EMPLOYMENT_6_MONTHS)).isEqualTo(5);
    }

    @Test
    void the_median_parcours_length_is_exact_over_the_ten_exits() {
        IndicatorReport report = TenExits.report(seed004(), TenExits.cohort());

        // 2023-09-01 to 2024-06-03: 30+31+30+31 (Sep-Dec) + 31+29+31+30+31 (Jan-May, leap year) + 2 = 276 days
        assertThat(report.parcoursLength().count()).isEqualTo(10);
        assertThat(report.parcoursLength().days()).contains(new BigDecimal("276.0"));
        // 2023-09-01 to 2024-02-01: 153 days, for the four employees (creation is not a contract)
        assertThat(report.timeToFirstEmployment().count()).isEqualTo(4);
        assertThat(report.timeToFirstEmployment().days()).contains(new BigDecimal("153.0"));
    }
}
