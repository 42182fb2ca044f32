package fr.plie.adapter.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.plie.core.fixture.ProfileFixture;
import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.reporting.indicator.IndicatorAccumulator;
import fr.plie.reporting.indicator.IndicatorReport;
import fr.plie.reporting.indicator.ReportingOptions;
import fr.plie.reporting.indicator.Targets;
import fr.plie.rules.eligibility.EligibilityChecker;
import fr.plie.rules.eligibility.EligibilityPolicy;
import fr.plie.rules.eligibility.EligibilityResult;
import fr.plie.rules.exit.ExitAssessment;
import fr.plie.rules.exit.ExitEngine;
import fr.plie.rules.exit.ExitPolicy;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every result the module writes (exit assessment, eligibility result, indicator report) validates against its
 * shipped schema and carries what the Java value holds.
 */
class ResultSchemaProperties {
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    private final PlieJson json = PlieJson.create();

    @Test
    void every_exit_assessment_written_validates_and_explains_itself_in_french_and_english() {
        qt().withExamples(150)
                .forAll(
                        DomainGen.parcours(),
                        integers().between(0, ExitPolicy.presets().size() - 1))
                .checkAssert((parcours, preset) -> {
                    ExitAssessment a = ExitEngine.assess(
                            parcours, AS_OF, ExitPolicy.presets().get(preset));
                    String written = json.writeAsString(PlieDocument.EXIT_ASSESSMENT, a);
                    assertThat(Schemas.violations(PlieDocument.EXIT_ASSESSMENT, written))
                            .isEmpty();
                    JsonNode tree = json.mapper().readTree(written);
                    assertThat(tree.get("outcome").asString())
                            .isEqualTo(a.outcome().name());
                    assertThat(tree.get("explanation").size())
                            .isEqualTo(a.explanation().lines().size());
                    for (JsonNode line : tree.get("explanation")) {
                        assertThat(line.get("fr").asString()).isNotBlank().doesNotContain("{0}");
                        assertThat(line.get("en").asString()).isNotBlank().doesNotContain("{0}");
                    }
                });
    }

    @Test
    void every_eligibility_result_written_validates_and_gives_each_criterion_its_reason() {
        EligibilityPolicy[] presets = {EligibilityPolicy.GRAND_AMIENOIS, EligibilityPolicy.GRAND_PERIGUEUX_2022_2027};
        qt().withExamples(150)
                .forAll(DomainGen.participants(), integers().between(0, 1))
                .checkAssert((participant, preset) -> {
                    EligibilityResult r = EligibilityChecker.check(participant.profile(), AS_OF, presets[preset]);
                    String written = json.writeAsString(PlieDocument.ELIGIBILITY_RESULT, r);
                    assertThat(Schemas.violations(PlieDocument.ELIGIBILITY_RESULT, written))
                            .isEmpty();
                    JsonNode tree = json.mapper().readTree(written);
                    assertThat(tree.get("eligible").asBoolean()).isEqualTo(r.eligible());
                    assertThat(tree.get("criteria").size())
                            .isEqualTo(r.criteria().size());
                    for (int i = 0; i < r.criteria().size(); i++) {
                        JsonNode c = tree.get("criteria").get(i);
                        assertThat(c.get("met").asBoolean())
                                .isEqualTo(r.criteria().get(i).met());
                        assertThat(c.get("fr").asString())
                                .isEqualTo(r.criteria().get(i).reason().message());
                    }
                });
    }

    @Test
    void every_indicator_report_written_validates_and_carries_drill_down_ids_only_when_kept() {
        qt().withExamples(60)
                .forAll(
                        lists().of(DomainGen.documents()).ofSizeBetween(0, 15),
                        booleans().all())
                .checkAssert((documents, drillDown) -> {
                    ReportingOptions options = ReportingOptions.asOf(AS_OF)
                            .withDrillDown(drillDown)
                            .withTargets(Targets.GRAND_PERIGUEUX_2022_2027);
                    IndicatorAccumulator acc =
                            IndicatorAccumulator.empty(new ReportingPeriod(LocalDate.of(2020, 1, 1), AS_OF), options);
                    documents.forEach(d -> acc.add(
                            d.parcours(),
                            d.participant()
                                    .map(p -> p.profile())
                                    .getOrElse(() ->
                                            ProfileFixture.longTermJobSeeker().build())));
                    IndicatorReport report = acc.report();
                    String written = json.writeAsString(PlieDocument.INDICATOR_REPORT, report);
                    assertThat(Schemas.violations(PlieDocument.INDICATOR_REPORT, written))
                            .isEmpty();
                    JsonNode tree = json.mapper().readTree(written);
                    assertThat(tree.at("/rates/positiveExit/numerator").asLong())
                            .isEqualTo(report.positiveExitRate().numerator());
                    assertThat(tree.at("/figures/0").has("parcours")).isEqualTo(drillDown);
                });
    }
}
