package fr.plie.adapter.json;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.admission.ReferentId;
import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.reporting.indicator.Caseload;
import fr.plie.reporting.indicator.Figure;
import fr.plie.reporting.indicator.Indicator;
import fr.plie.reporting.indicator.IndicatorReport;
import fr.plie.reporting.indicator.Median;
import fr.plie.reporting.indicator.ReportingOptions;
import fr.plie.reporting.indicator.Targets;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A bad indicator report gives located errors and no report: derived fields that disagree with what they derive
 * from, unknown or repeated indicators, counts by sex that do not add up, negative counts, parcours ids in a
 * report without drill-down.
 */
class ReportBadInputTest {
    private static final Median NONE = new Median(0, Option.none(), List.of());

    private final PlieJson json = PlieJson.create();

    /** 10 participants, 25 interviews, 2 positive exits out of 4, one referent at half time following all 10. */
    private final IndicatorReport report = new IndicatorReport(
            ReportingPeriod.year(2024),
            ReportingOptions.asOf(LocalDate.of(2024, 12, 31))
                    .withReferentFte(Map.of(ReferentId.of("REF-01"), new BigDecimal("0.5")))
                    .withTargets(Targets.GRAND_AMIENOIS),
            Map.of(
                    Indicator.ACTIVE_FILE, new Figure(10, 6, 4, 0, List.of()),
                    Indicator.INTERVIEWS, new Figure(25, 15, 10, 0, List.of()),
                    Indicator.EXITS_RATE_DENOMINATOR, new Figure(4, 2, 2, 0, List.of()),
                    Indicator.EXITS_POSITIVE, new Figure(2, 1, 1, 0, List.of())),
            List.of(),
            NONE,
            NONE,
            3,
            7,
            List.of(new Caseload(
                    Option.some(ReferentId.of("REF-01")), 10, Option.some(new BigDecimal("0.5")), 90, List.of())),
            List.of());

    private final String valid = json.writeAsString(PlieDocument.INDICATOR_REPORT, report);

    private List<JsonError> errors(String text) {
        ReadResult<IndicatorReport> read = json.read(PlieDocument.INDICATOR_REPORT, text);
        assertThat(read.value().isEmpty()).as("no report when there are errors").isTrue();
        return read.errors();
    }

    /** The errors as {@code code@pointer}. */
    private List<String> refused(String text) {
        return errors(text).stream()
                .map(e -> e.code().code() + "@" + e.pointer())
                .toList();
    }

    /** The valid document with the first {@code from} replaced. */
    private String replaced(String from, String to) {
        int at = valid.indexOf(from);
        assertThat(at).as(from).isNotNegative();
        return valid.substring(0, at) + to + valid.substring(at + from.length());
    }

    @Test
    void the_document_written_reads_back_as_the_report() {
        assertThat(json.read(PlieDocument.INDICATOR_REPORT, valid).value().get())
                .isEqualTo(report);
        assertThat(valid)
                .contains("\"positiveExit\":{\"numerator\":2,\"denominator\":4,\"value\":0.500000,\"target\":0.50,")
                .contains("\"interviewsPerParticipant\":2.50")
                .contains("\"perFte\":20.00,\"overCapacity\":false");
    }

    @Test
    void a_rate_that_disagrees_with_its_counts_is_located_in_french_and_english() {
        String bad = replaced("\"value\":0.500000", "\"value\":0.6");
        List<JsonError> errors = errors(bad);
        assertThat(errors).hasSize(1);
        JsonError e = errors.get(0);
        assertThat(e.code()).isEqualTo(JsonErrorCode.RULE_DERIVED);
        int column = bad.indexOf("0.6") + 1;
        assertThat(e.message())
                .isEqualTo("Le champ value ne correspond pas à la valeur recalculée à partir des autres champs du"
                        + " document. (champ /rates/positiveExit/value, ligne 1, colonne " + column + ")");
        assertThat(e.message(Locale.ENGLISH))
                .isEqualTo("The field value disagrees with the value recomputed from the other fields of the"
                        + " document. (field /rates/positiveExit/value, line 1, column " + column + ")");
    }

    @Test
    void every_derived_field_is_recomputed_and_checked() {
        assertThat(refused(replaced("\"numerator\":2", "\"numerator\":3")))
                .containsExactly("rule.derived@/rates/positiveExit/numerator");
        assertThat(refused(replaced("\"reachesTarget\":true", "\"reachesTarget\":false")))
                .containsExactly("rule.derived@/rates/positiveExit/reachesTarget");
        assertThat(refused(replaced("\"target\":0.50", "\"target\":0.55")))
                .containsExactly("rule.derived@/rates/positiveExit/target");
        assertThat(refused(replaced("\"interviewsPerParticipant\":2.50", "\"interviewsPerParticipant\":2.49")))
                .containsExactly("rule.derived@/interviewsPerParticipant");
        assertThat(refused(replaced("\"perFte\":20.00,\"overCapacity\":false", "\"perFte\":10,\"overCapacity\":true")))
                .containsExactly("rule.derived@/caseloads/0/perFte", "rule.derived@/caseloads/0/overCapacity");
        assertThat(refused(replaced("\"code\":\"entries\"", "\"code\":\"exits\"")))
                .containsExactly("rule.derived@/figures/1/code");
        assertThat(refused(replaced("\"group\":\"ACTIVITY\"", "\"group\":\"EXITS\"")))
                .containsExactly("rule.derived@/figures/0/group");
        // a value where nothing can be computed disagrees too: no load per FTE without the referent's FTE
        assertThat(refused(replaced("\"fte\":0.5,\"capacityPerFte\"", "\"capacityPerFte\"")))
                .containsExactly("rule.derived@/caseloads/0/perFte", "rule.derived@/caseloads/0/overCapacity");
    }

    @Test
    void numbers_that_state_the_same_value_agree_and_derived_fields_may_be_left_out() {
        String text = replaced("\"value\":0.500000", "\"value\":0.5")
                .replace("\"interviewsPerParticipant\":2.50,", "")
                .replace("\"perFte\":20.00,", "\"perFte\":2E+1,");
        assertThat(text).doesNotContain("interviewsPerParticipant").contains("\"perFte\":2E+1,");
        assertThat(json.read(PlieDocument.INDICATOR_REPORT, text).value().get()).isEqualTo(report);
    }

    @Test
    void counts_by_sex_that_do_not_add_up_are_an_error_not_an_exception() {
        assertThat(refused(replaced(
                        "\"total\":10,\"women\":6,\"men\":4,\"nonBinary\":0",
                        "\"total\":10,\"women\":6,\"men\":5,\"nonBinary\":0")))
                .containsExactly("rule.derived@/figures/0/total");
        assertThat(refused(replaced(
                        "\"total\":10,\"women\":6,\"men\":4,\"nonBinary\":0",
                        "\"total\":10,\"women\":9223372036854775807,\"men\":9223372036854775807,\"nonBinary\":4")))
                .containsExactly("rule.derived@/figures/0/total");
    }

    @Test
    void negative_counts_and_unknown_or_repeated_indicators_are_located() {
        assertThat(refused(replaced("\"women\":6", "\"women\":-6"))).containsExactly("value.range@/figures/0/women");
        assertThat(refused(replaced("\"distinctOffers\":7", "\"distinctOffers\":-1")))
                .containsExactly("value.range@/distinctOffers");
        assertThat(refused(replaced("\"indicator\":\"ENTRIES\"", "\"indicator\":\"ENTREES\"")))
                .containsExactly("value.enum@/figures/1/indicator");
        String repeated = replaced(
                "{\"indicator\":\"ENTRIES\",\"code\":\"entries\",",
                "{\"indicator\":\"ACTIVE_FILE\",\"code\":\"active-file\",");
        assertThat(refused(repeated)).containsExactly("rule.duplicate@/figures/1");
        assertThat(errors(repeated).get(0).message(Locale.ENGLISH)).startsWith("The list figures holds the same");
    }

    @Test
    void parcours_ids_need_a_report_computed_with_drill_down() {
        String ids = valid.replace("\"nonBinary\":0}", "\"nonBinary\":0,\"parcours\":[\"PAR-1\"]}");
        assertThat(refused(ids)).hasSize(Indicator.values().length).allMatch(e -> e.startsWith("rule.drill-down@"));
        assertThat(refused(ids).get(0)).isEqualTo("rule.drill-down@/figures/0/parcours");
        String allowed = ids.replace("\"drillDown\":false", "\"drillDown\":true");
        assertThat(json.read(PlieDocument.INDICATOR_REPORT, allowed)
                        .value()
                        .get()
                        .figure(Indicator.ENTRIES)
                        .parcours())
                .extracting(p -> p.value())
                .containsExactly("PAR-1");
    }

    @Test
    void options_are_checked_like_any_input() {
        assertThat(refused(replaced(
                        "\"period\":{\"from\":\"2024-01-01\",\"to\":\"2024-12-31\"}",
                        "\"period\":{\"from\":\"2024-01-01\",\"to\":\"2023-12-31\"}")))
                .containsExactly("rule.date-order@/period/to");
        assertThat(refused(replaced(
                        "\"referentFte\":[{\"referent\":\"REF-01\",\"fte\":0.5}]",
                        "\"referentFte\":[{\"referent\":\"REF-01\",\"fte\":0.5},{\"referent\":\"REF-01\",\"fte\":1}]")))
                .containsExactly("rule.duplicate@/options/referentFte/1");
        assertThat(refused(replaced("\"positiveExitRate\":0.50", "\"positiveExitRate\":1.5")))
                .containsExactly("value.between@/options/targets/positiveExitRate");
        // however far out, the error gives the field's own bounds
        List<JsonError> huge = errors(replaced("\"positiveExitRate\":0.50", "\"positiveExitRate\":1e400"));
        assertThat(huge).extracting(JsonError::code).containsExactly(JsonErrorCode.VALUE_BETWEEN);
        assertThat(huge.get(0).message(Locale.ENGLISH)).startsWith("Value out of range: expected between 0 and 1.");
        assertThat(refused(replaced("\"capacityPerFte\":90", "\"capacityPerFte\":0")))
                .containsExactly("value.range@/options/targets/capacityPerFte");
    }

    @Test
    void the_fields_of_the_first_draft_of_the_document_are_refused_by_name() {
        String draft = replaced("\"options\":{\"asOf\":\"2024-12-31\",", "\"asOf\":\"2024-12-31\",\"options\":{")
                .replace(
                        "\"options\":{\"excludeAdministrativeExits\":false,",
                        "\"administrativeExitsExcluded\":false,\"options\":{");
        assertThat(refused(draft))
                .containsExactly(
                        "field.unknown@/asOf",
                        "field.unknown@/administrativeExitsExcluded",
                        "field.required@/options/asOf");
    }

    @Test
    void null_optional_options_read_as_absent() {
        IndicatorReport plain = new IndicatorReport(
                ReportingPeriod.year(2024),
                ReportingOptions.asOf(LocalDate.of(2024, 12, 31)),
                Map.of(),
                List.of(),
                NONE,
                NONE,
                0,
                0,
                List.of(),
                List.of());
        String written = json.writeAsString(PlieDocument.INDICATOR_REPORT, plain);
        String withNulls = written.replaceFirst("\"targets\":\\{[^}]*\\}", "\"targets\":null,\"protocol\":null");
        assertThat(withNulls).isNotEqualTo(written);

        ReadResult<IndicatorReport> read = json.read(PlieDocument.INDICATOR_REPORT, withNulls);

        assertThat(read.errors()).isEmpty();
        assertThat(read.value().get()).isEqualTo(plain);
    }
}
