package fr.plie.reporting.indicator;

import static fr.plie.reporting.indicator.Cohorts.job;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.exit.ExitCategory;
import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.parcours.JobOfferPlacement;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.PlacementResult;
import fr.plie.core.step.ContractType;
import fr.plie.core.step.EmployerKind;
import fr.plie.core.step.Employment;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepDetail;
import fr.plie.core.step.StepId;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ESF+ result indicators (Regulation (EU) 2021/1057, Annex I): the 4 weeks after leaving, where only the last
 * labour-market event counts, and the situation six months later.
 */
class EsfResultIndicatorsTest {
    private static final LocalDate ENTRY = LocalDate.of(2023, 10, 2);
    private static final LocalDate EXIT = LocalDate.of(2024, 5, 6);

    private static Parcours leftWithout(String id) {
        return Cohorts.close(ParcoursFixture.enteredOn(id, ENTRY), EXIT, ExitCategory.ABANDONMENT)
                .build();
    }

    /** What an adapter may load: facts recorded after the exit (the lifecycle itself records none). */
    private static Parcours withAfterExit(Parcours p, List<Step> steps, List<JobOfferPlacement> placements) {
        List<Step> allSteps = new ArrayList<>(p.steps());
        allSteps.addAll(steps);
        List<JobOfferPlacement> allPlacements = new ArrayList<>(p.placements());
        allPlacements.addAll(placements);
        return p.withSteps(allSteps).withPlacements(allPlacements);
    }

    private static JobOfferPlacement placement(LocalDate on) {
        return new JobOfferPlacement("OFFRE-1", on, PlacementResult.PENDING, Option.none());
    }

    private static Step cdi(LocalDate start) {
        return Step.of(StepId.of("JOB"), start, job(ContractType.CDI, EmployerKind.PRIVATE, Option.none()));
    }

    private static IndicatorReport report(Parcours parcours, LocalDate asOf) {
        return Cohorts.report(ReportingOptions.asOf(asOf), List.of(parcours));
    }

    @Test
    void a_job_started_after_a_placement_within_28_days_is_employment_not_job_searching() {
        Parcours p =
                withAfterExit(leftWithout("A"), List.of(cdi(EXIT.plusDays(20))), List.of(placement(EXIT.plusDays(3))));

        IndicatorReport report = report(p, Cohorts.AS_OF);

        assertThat(report.count(Indicator.EECR04_EMPLOYMENT)).isEqualTo(1);
        assertThat(report.count(Indicator.EECR01_JOB_SEARCHING)).isZero();
    }

    @Test
    void a_placement_after_a_job_that_started_on_leaving_makes_the_last_event_job_searching() {
        Parcours p = withAfterExit(
                leftWithout("B"), List.of(cdi(EXIT).endedOn(EXIT.plusDays(5))), List.of(placement(EXIT.plusDays(12))));

        IndicatorReport report = report(p, Cohorts.AS_OF);

        assertThat(report.count(Indicator.EECR01_JOB_SEARCHING)).isEqualTo(1);
        assertThat(report.count(Indicator.EECR04_EMPLOYMENT)).isZero();
    }

    @Test
    void events_after_the_28th_day_do_not_count() {
        Parcours day28 = withAfterExit(leftWithout("C"), List.of(cdi(EXIT.plusDays(28))), List.of());
        Parcours day29 = withAfterExit(leftWithout("D"), List.of(cdi(EXIT.plusDays(29))), List.of());

        assertThat(report(day28, Cohorts.AS_OF).count(Indicator.EECR04_EMPLOYMENT))
                .isEqualTo(1);
        assertThat(report(day29, Cohorts.AS_OF).count(Indicator.EECR04_EMPLOYMENT))
                .isZero();
    }

    @Test
    void a_job_search_workshop_going_on_at_exit_is_job_searching() {
        Parcours p = Cohorts.close(
                        ParcoursFixture.enteredOn("E", ENTRY)
                                .step(new StepDetail.JobSearchWorkshop(), EXIT.minusDays(3), Option.none()),
                        EXIT,
                        ExitCategory.REORIENTATION)
                .build();

        assertThat(report(p, Cohorts.AS_OF).count(Indicator.EECR01_JOB_SEARCHING))
                .isEqualTo(1);
    }

    @Test
    void six_months_results_wait_until_the_sixth_month_is_over_by_the_as_of_date() {
        Parcours p = Cohorts.close(
                        ParcoursFixture.enteredOn("F", ENTRY)
                                .step(
                                        job(ContractType.CDI, EmployerKind.PRIVATE, Option.none()),
                                        EXIT.minusMonths(1),
                                        Option.none()),
                        EXIT,
                        ExitCategory.POSITIVE_EMPLOYMENT)
                .build();

        IndicatorReport tooEarly = report(p, EXIT.plusMonths(6).minusDays(1));
        IndicatorReport onTime = report(p, EXIT.plusMonths(6));

        assertThat(tooEarly.count(Indicator.ESF_LEAVERS_OBSERVED_6_MONTHS)).isZero();
        assertThat(tooEarly.count(Indicator.EECR05_EMPLOYMENT_6_MONTHS)).isZero();
        assertThat(onTime.count(Indicator.ESF_LEAVERS_OBSERVED_6_MONTHS)).isEqualTo(1);
        assertThat(onTime.count(Indicator.EECR05_EMPLOYMENT_6_MONTHS)).isEqualTo(1);
        assertThat(onTime.count(Indicator.EECR06_IMPROVED_SITUATION_6_MONTHS)).isZero();
    }

    @Test
    void a_cdd_at_exit_followed_by_a_cdi_six_months_later_is_an_improved_situation() {
        Employment cdd = job(ContractType.CDD, EmployerKind.PUBLIC, Option.some(EXIT.plusMonths(2)));
        Parcours p = Cohorts.close(
                        ParcoursFixture.enteredOn("G", ENTRY)
                                .step(cdd, EXIT.minusMonths(6), Option.some(EXIT.plusMonths(2))),
                        EXIT,
                        ExitCategory.POSITIVE_EMPLOYMENT)
                .build();
        Parcours later = withAfterExit(p, List.of(cdi(EXIT.plusMonths(3))), List.of());

        IndicatorReport report = report(later, Cohorts.AS_OF);

        assertThat(report.count(Indicator.EECR05_EMPLOYMENT_6_MONTHS)).isEqualTo(1);
        assertThat(report.count(Indicator.EECR06_IMPROVED_SITUATION_6_MONTHS)).isEqualTo(1);
    }

    @Test
    void part_time_at_exit_then_full_time_is_improved_but_the_same_job_is_not() {
        Employment partTime = Employment.builder()
                .from(job(ContractType.CDI, EmployerKind.PRIVATE, Option.none()))
                .weeklyHours(new BigDecimal("24"))
                .build();
        Parcours p = Cohorts.close(
                        ParcoursFixture.enteredOn("H", ENTRY)
                                .step(partTime, EXIT.minusMonths(2), Option.some(EXIT.plusMonths(1))),
                        EXIT,
                        ExitCategory.POSITIVE_EMPLOYMENT)
                .build();
        Parcours fullTimeLater = withAfterExit(p, List.of(cdi(EXIT.plusMonths(2))), List.of());

        assertThat(report(fullTimeLater, Cohorts.AS_OF).count(Indicator.EECR06_IMPROVED_SITUATION_6_MONTHS))
                .isEqualTo(1);
    }

    @Test
    void output_indicators_are_counted_at_entry_by_gender() {
        Parcours entered =
                ParcoursFixture.enteredOn("I", LocalDate.of(2024, 2, 5)).build();

        IndicatorReport report = Cohorts.report(ReportingOptions.asOf(Cohorts.AS_OF), List.of(entered));

        // the fixture's woman: unemployed since 2021-09-01 (long-term), CAP level (ISCED 3-4), born 1978
        assertThat(report.figure(Indicator.EECO01_TOTAL).women()).isEqualTo(1);
        assertThat(report.figure(Indicator.EECO02_UNEMPLOYED).women()).isEqualTo(1);
        assertThat(report.figure(Indicator.EECO03_LONG_TERM_UNEMPLOYED).women()).isEqualTo(1);
        assertThat(report.figure(Indicator.EECO10_ISCED_3_4).women()).isEqualTo(1);
        assertThat(report.figure(Indicator.EECO10_ISCED_3_4).men()).isZero();
        assertThat(report.count(Indicator.EECO04_INACTIVE)).isZero();
        assertThat(report.count(Indicator.EECO07_18_29)).isZero();
    }
}
