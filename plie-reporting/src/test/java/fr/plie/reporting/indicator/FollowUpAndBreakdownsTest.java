package fr.plie.reporting.indicator;

import static fr.plie.reporting.indicator.Cohorts.job;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.admission.ReferentId;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.fixture.ProfileFixture;
import fr.plie.core.parcours.JobOfferPlacement;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursCommand;
import fr.plie.core.parcours.PlacementResult;
import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.core.participant.InseeCode;
import fr.plie.core.step.ContractType;
import fr.plie.core.step.EmployerKind;
import fr.plie.core.step.Immersion;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepDetail;
import fr.plie.core.step.StepId;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FollowUpAndBreakdownsTest {
    private static final ReferentId REF = ParcoursFixture.REFERENT;
    private static final InseeCode AMIENS = InseeCode.of("80021");

    private static ParcoursFixture followed(String id) {
        return ParcoursFixture.enteredOn(id, LocalDate.of(2023, 11, 6))
                .interview(LocalDate.of(2023, 12, 1))
                .interview(LocalDate.of(2024, 1, 8))
                .interview(LocalDate.of(2024, 2, 12));
    }

    private static Step financed(String id, LocalDate start, StepDetail detail, String action, String operator) {
        return Step.of(StepId.of(id), start, detail).withFinancedAction(action).withOperator(operator);
    }

    private static List<Parcours> cohort() {
        return List.of(
                followed("A")
                        .then(new ParcoursCommand.StartStep(financed(
                                "F1", LocalDate.of(2023, 12, 4), new StepDetail.Mobilisation(), "MOBIL", "AFPA")))
                        .then(new ParcoursCommand.StartStep(financed(
                                "F2",
                                LocalDate.of(2024, 2, 1),
                                new Immersion(fr.plie.core.step.Employer.of("Hôpital", EmployerKind.PUBLIC)),
                                "PMSMP",
                                "CRE")))
                        .then(new ParcoursCommand.RecordPlacement(new JobOfferPlacement(
                                "OF-1", LocalDate.of(2024, 2, 3), PlacementResult.HIRED, Option.none())))
                        .then(new ParcoursCommand.RecordPlacement(new JobOfferPlacement(
                                "OF-2", LocalDate.of(2024, 2, 5), PlacementResult.NOT_SELECTED, Option.none())))
                        .step(
                                job(ContractType.CDD, EmployerKind.PUBLIC, Option.some(LocalDate.of(2024, 9, 1))),
                                LocalDate.of(2024, 3, 1),
                                Option.none())
                        .build(),
                followed("B")
                        .then(new ParcoursCommand.StartStep(financed(
                                "F1", LocalDate.of(2024, 1, 15), new StepDetail.JobSearchWorkshop(), "MOBIL", "CRE")))
                        .then(new ParcoursCommand.RecordPlacement(new JobOfferPlacement(
                                "OF-1", LocalDate.of(2024, 2, 3), PlacementResult.NO_SHOW, Option.none())))
                        .proposeExit(LocalDate.of(2024, 3, 20), ExitCategory.MOVED_AWAY)
                        .validateExit(LocalDate.of(2024, 3, 25))
                        .build());
    }

    private static IndicatorReport report() {
        ReportingOptions options = ReportingOptions.asOf(Cohorts.AS_OF)
                .withReferentFte(Map.of(REF, new BigDecimal("0.5")))
                .withCommuneToEpci(Map.of(AMIENS, "Amiens Métropole"))
                .withProtocol(new ReportingPeriod(LocalDate.of(2022, 1, 1), LocalDate.of(2027, 12, 31)))
                .withTargets(Targets.GRAND_PERIGUEUX_2022_2027);
        IndicatorAccumulator accumulator = IndicatorAccumulator.empty(
                new ReportingPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30)), options);
        cohort().forEach(p -> accumulator.add(
                p, ProfileFixture.longTermJobSeeker().residenceCommune(AMIENS).build()));
        return accumulator.report();
    }

    @Test
    void interviews_of_the_period_are_counted_per_participant_of_the_active_file() {
        IndicatorReport report = report();

        assertThat(report.count(Indicator.INTERVIEWS)).isEqualTo(4);
        assertThat(report.interviewsPerParticipant()).contains(new BigDecimal("2.00"));
    }

    @Test
    void steps_financed_actions_and_contracts_of_the_period_are_counted() {
        IndicatorReport report = report();

        assertThat(report.count(Indicator.STEPS)).isEqualTo(4);
        assertThat(report.count(Indicator.FINANCED_ACTION_STEPS)).isEqualTo(3);
        assertThat(report.distinctFinancedActions()).isEqualTo(2);
        assertThat(report.count(Indicator.CONTRACTS_SIGNED)).isEqualTo(1);
        assertThat(report.count(Indicator.ACCESSES_TO_EMPLOYMENT)).isEqualTo(1);
        assertThat(report.count(Indicator.IMMERSIONS)).isEqualTo(1);
        assertThat(report.count(Indicator.WORKSHOP_PARTICIPATIONS)).isEqualTo(1);
    }

    @Test
    void placements_on_offers_are_counted_with_their_results_and_the_distinct_offers() {
        IndicatorReport report = report();

        assertThat(report.count(Indicator.PLACEMENTS)).isEqualTo(3);
        assertThat(report.count(Indicator.PLACEMENTS_HIRED)).isEqualTo(1);
        assertThat(report.count(Indicator.PLACEMENTS_NOT_SELECTED)).isEqualTo(1);
        assertThat(report.count(Indicator.PLACEMENTS_NO_SHOW)).isEqualTo(1);
        assertThat(report.distinctOffers()).isEqualTo(2);
    }

    @Test
    void the_caseload_on_the_last_day_is_compared_per_fte_with_the_capacity_of_90() {
        IndicatorReport report = report();

        assertThat(report.caseloads()).singleElement().satisfies(load -> {
            assertThat(load.referent()).contains(REF);
            assertThat(load.participants()).isEqualTo(1);
            assertThat(load.perFte()).contains(new BigDecimal("2.00"));
            assertThat(load.capacityPerFte()).isEqualTo(90);
            assertThat(load.overCapacity()).contains(false);
        });
    }

    @Test
    void breakdowns_by_referent_commune_epci_and_operator() {
        IndicatorReport report = report();

        assertThat(report.breakdown(Dimension.REFERENT))
                .extracting(BreakdownRow::key, BreakdownRow::active, BreakdownRow::exits)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("REF-01", 2L, 1L));
        assertThat(report.breakdown(Dimension.COMMUNE))
                .extracting(BreakdownRow::key)
                .containsExactly("80021");
        assertThat(report.breakdown(Dimension.EPCI))
                .extracting(BreakdownRow::key)
                .containsExactly("Amiens Métropole");
        assertThat(report.breakdown(Dimension.OPERATOR))
                .extracting(BreakdownRow::key, BreakdownRow::active)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("AFPA", 1L),
                        org.assertj.core.groups.Tuple.tuple("CRE", 2L));
        assertThat(report.breakdown(Dimension.MONTH)).hasSize(6);
    }

    @Test
    void participants_over_the_protocol_are_measured_against_seed_001s_objective_of_1000() {
        IndicatorReport report = report();

        assertThat(report.count(Indicator.PROTOCOL_PARTICIPANTS)).isEqualTo(2);
        assertThat(report.protocolProgress().value()).contains(new BigDecimal("0.002000"));
    }

    @Test
    void a_cdd_of_exactly_six_months_is_not_a_cdd_of_more_than_six_months() {
        LocalDate start = LocalDate.of(2024, 1, 8);
        Parcours sixMonths = Cohorts.close(
                        ParcoursFixture.enteredOn("X", LocalDate.of(2023, 12, 4))
                                .step(
                                        job(ContractType.CDD, EmployerKind.PRIVATE, Option.some(start.plusMonths(6))),
                                        start,
                                        Option.none()),
                        LocalDate.of(2024, 3, 1),
                        ExitCategory.POSITIVE_EMPLOYMENT)
                .build();

        IndicatorReport report = Cohorts.report(ReportingOptions.asOf(Cohorts.AS_OF), List.of(sixMonths));

        assertThat(report.count(Indicator.JOB_OTHER)).isEqualTo(1);
        assertThat(report.count(Indicator.JOB_CDD_OVER_6_MONTHS)).isZero();
    }
}
