package fr.plie.adapter.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.fixture.PlieGen;
import fr.plie.core.fixture.PlieGens;
import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.core.participant.InseeCode;
import fr.plie.reporting.indicator.Caseload;
import fr.plie.reporting.indicator.Figure;
import fr.plie.reporting.indicator.Indicator;
import fr.plie.reporting.indicator.IndicatorAccumulator;
import fr.plie.reporting.indicator.IndicatorReport;
import fr.plie.reporting.indicator.Median;
import fr.plie.reporting.indicator.ReportingOptions;
import fr.plie.reporting.indicator.Targets;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Any indicator report written in the format validates against its schema and reads back equal: reports drawn
 * field by field, and reports computed by plie-reporting from parcours the lifecycle could produce.
 */
class ReportRoundTripProperties {
    private final PlieJson json = PlieJson.create();

    private IndicatorReport writtenAndRead(IndicatorReport report) {
        String text = json.writeAsString(PlieDocument.INDICATOR_REPORT, report);
        assertThat(Schemas.violations(PlieDocument.INDICATOR_REPORT, text)).isEmpty();
        assertThat(text.contains("\"parcours\":")).isEqualTo(report.options().drillDown());
        ReadResult<IndicatorReport> read = json.read(PlieDocument.INDICATOR_REPORT, text);
        assertThat(read.errors()).isEmpty();
        return read.value().get();
    }

    @Test
    void any_generated_report_written_validates_and_reads_back_equal() {
        qt().withExamples(200)
                .forAll(ReportGen.reports())
                .checkAssert(report -> assertThat(writtenAndRead(report)).isEqualTo(report));
    }

    @Test
    void any_report_computed_from_generated_parcours_reads_back_equal() {
        qt().withExamples(80)
                .forAll(
                        lists().of(PlieGens.parcours(PlieGen.Knob.WILD)).ofSizeBetween(0, 12),
                        lists().of(DomainGen.participants()).ofSizeBetween(1, 4),
                        booleans().all())
                .checkAssert((cohort, participants, drillDown) -> {
                    ReportingOptions options = ReportingOptions.asOf(LocalDate.of(2024, 12, 31))
                            .withDrillDown(drillDown)
                            .withAdministrativeExitsExcluded(!drillDown)
                            .withProtocol(new ReportingPeriod(LocalDate.of(2022, 1, 1), LocalDate.of(2027, 12, 31)))
                            .withReferentFte(Map.of(ParcoursFixture.REFERENT, new BigDecimal("0.80")))
                            .withCommuneToEpci(Map.of(InseeCode.of("80021"), "Amiens Métropole"))
                            .withTargets(Targets.GRAND_AMIENOIS);
                    IndicatorAccumulator acc = IndicatorAccumulator.empty(ReportingPeriod.year(2024), options);
                    for (int i = 0; i < cohort.size(); i++) {
                        acc.add(
                                cohort.get(i),
                                participants.get(i % participants.size()).profile());
                    }
                    IndicatorReport report = acc.report();
                    assertThat(writtenAndRead(report)).isEqualTo(report);
                });
    }

    @Test
    void a_plain_jackson_mapper_reads_the_report_back_too() {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        qt().withExamples(30)
                .forAll(ReportGen.reports())
                .checkAssert(
                        report -> assertThat(mapper.readValue(mapper.writeValueAsString(report), IndicatorReport.class))
                                .isEqualTo(report));
    }

    @Test
    void a_report_with_the_largest_counts_reads_back_equal() {
        long max = Long.MAX_VALUE;
        BigDecimal smallestFte = new BigDecimal("0.000001");
        Median none = new Median(0, Option.none(), List.of());
        IndicatorReport report = new IndicatorReport(
                ReportingPeriod.year(2024),
                ReportingOptions.asOf(LocalDate.of(2024, 12, 31))
                        .withReferentFte(Map.of(ParcoursFixture.REFERENT, smallestFte)),
                Map.of(
                        Indicator.ACTIVE_FILE, new Figure(1, 1, 0, 0, List.of()),
                        Indicator.INTERVIEWS, new Figure(max, max, 0, 0, List.of()),
                        Indicator.EXITS_RATE_DENOMINATOR, new Figure(1, 1, 0, 0, List.of()),
                        Indicator.EXITS_POSITIVE, new Figure(max, max, 0, 0, List.of())),
                List.of(),
                none,
                none,
                max,
                max,
                List.of(new Caseload(
                        Option.some(ParcoursFixture.REFERENT), max, Option.some(smallestFte), 90, List.of())),
                List.of());

        assertThat(writtenAndRead(report)).isEqualTo(report);
    }
}
