package fr.plie.reporting.indicator;

import static fr.plie.reporting.indicator.Cohorts.close;
import static fr.plie.reporting.indicator.Cohorts.job;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.exit.Evidence;
import fr.plie.core.exit.EvidenceKind;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.step.ContractType;
import fr.plie.core.step.EmployerKind;
import fr.plie.rules.exit.ExitPolicy;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code plie report --policy}: the exit engine judges every exit of the ten-exit cohort again, on its exit date,
 * and the report sets its verdict beside the categories recorded.
 */
class ReportUnderAPolicyTest {
    /** An abandonment recorded while a CDI started eight months earlier was still going on. */
    private static final Parcours P11 = close(
                    ParcoursFixture.enteredOn("P11", LocalDate.of(2023, 6, 1))
                            .step(
                                    job(ContractType.CDI, EmployerKind.PRIVATE, Option.none()),
                                    LocalDate.of(2023, 10, 2),
                                    Option.none()),
                    LocalDate.of(2024, 6, 3),
                    ExitCategory.ABANDONMENT)
            .build();

    /** A CDI since October 2023, exit recorded positive on 2024-06-03 with the employment contract as evidence. */
    private static final Parcours P12 = ParcoursFixture.enteredOn("P12", LocalDate.of(2023, 6, 1))
            .step(job(ContractType.CDI, EmployerKind.PRIVATE, Option.none()), LocalDate.of(2023, 10, 2), Option.none())
            .proposeExit(
                    LocalDate.of(2024, 6, 3),
                    ExitCategory.POSITIVE_EMPLOYMENT,
                    new Evidence(EvidenceKind.EMPLOYMENT_CONTRACT, LocalDate.of(2023, 10, 2), "GED-P12"))
            .validateExit(LocalDate.of(2024, 6, 13))
            .build();

    private static IndicatorReport report(ReportingOptions options) {
        List<Parcours> cohort = new ArrayList<>(TenExits.cohort());
        cohort.add(P11);
        cohort.add(P12);
        return TenExits.report(options.withDrillDown(true), cohort);
    }

    @Test
    void without_a_policy_the_report_counts_the_exits_as_recorded_and_checks_nothing() {
        IndicatorReport report = report(ReportingOptions.asOf(Cohorts.AS_OF));

        assertThat(report.positiveExitRateUnderPolicy()).isEmpty();
        assertThat(report.count(Indicator.POLICY_EXITS_POSITIVE)).isZero();
        assertThat(report.count(Indicator.EXITS_POSITIVE)).isEqualTo(7);
    }

    @Test
    void under_grand_amienois_the_fixed_term_contracts_not_yet_long_enough_on_the_exit_date_are_not_confirmed() {
        IndicatorReport report = report(ReportingOptions.asOf(Cohorts.AS_OF)
                .withExitPolicy(ExitPolicy.GRAND_AMIENOIS)
                .withTargets(Targets.GRAND_AMIENOIS));

        // P02, P03 (CDD) and P04 (mission) started four months before the exit: not durable yet on that day;
        // P11's CDI had lasted eight months
        assertThat(ids(report, Indicator.POLICY_NOT_CONFIRMED)).containsExactly("P02", "P03", "P04");
        assertThat(ids(report, Indicator.POLICY_FOUND_POSITIVE)).containsExactly("P11");
        assertThat(report.count(Indicator.POLICY_EXITS_POSITIVE)).isEqualTo(5);
        assertThat(report.count(Indicator.POLICY_EXITS_POSITIVE_EMPLOYMENT)).isEqualTo(4);
        assertThat(report.count(Indicator.POLICY_EXITS_POSITIVE_TRAINING)).isEqualTo(1);
        Rate rate = report.positiveExitRateUnderPolicy().get();
        assertThat(rate.numerator()).isEqualTo(5);
        assertThat(rate.denominator()).isEqualTo(12);
        assertThat(rate.target()).contains(new BigDecimal("0.50"));
        // the recorded figures are left as they are
        assertThat(report.positiveExitRate().numerator()).isEqualTo(7);
    }

    @Test
    void seed_004_a_positive_exit_reached_without_its_evidence_is_counted_apart_from_the_confirmed_ones() {
        IndicatorReport report = report(ReportingOptions.asOf(Cohorts.AS_OF).withExitPolicy(ExitPolicy.GRAND_AMIENOIS));

        // seed 004 asks a contract or employer certificate, a training entry certificate, an official proof of
        // creation: P01 (CDI), P05 (creation) and P06 (training) are reached but none has its piece recorded
        assertThat(ids(report, Indicator.POLICY_REACHED_NOT_PRONOUNCEABLE)).containsExactly("P01", "P05", "P06");
        assertThat(ids(report, Indicator.POLICY_CONFIRMED)).containsExactly("P12");
    }

    @Test
    void administrative_exits_left_out_of_the_denominator_are_not_judged_either() {
        IndicatorReport report = report(ReportingOptions.asOf(Cohorts.AS_OF)
                .withAdministrativeExitsExcluded(true)
                .withExitPolicy(ExitPolicy.TOULOUSE_2015_2020));

        assertThat(report.positiveExitRateUnderPolicy().get().denominator()).isEqualTo(10);
        assertThat(report.count(Indicator.POLICY_CONFIRMED)
                        + report.count(Indicator.POLICY_REACHED_NOT_PRONOUNCEABLE)
                        + report.count(Indicator.POLICY_NOT_CONFIRMED))
                .isEqualTo(report.count(Indicator.EXITS_POSITIVE));
    }

    private static List<String> ids(IndicatorReport report, Indicator indicator) {
        return report.figure(indicator).parcours().stream()
                .map(ParcoursId::value)
                .toList();
    }
}
