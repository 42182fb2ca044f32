package fr.plie.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.adapter.json.PlieDocument;
import fr.plie.adapter.json.PlieJson;
import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.examples.demo.SyntheticPlie;
import fr.plie.reporting.indicator.Indicator;
import fr.plie.reporting.indicator.IndicatorAccumulator;
import fr.plie.reporting.indicator.IndicatorReport;
import fr.plie.reporting.indicator.ReportedParcours;
import fr.plie.reporting.indicator.ReportingOptions;
import fr.plie.rules.exit.ExitPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    static final ReportingPeriod YEAR = ReportingPeriod.year(2024);

    @TempDir
    static Path dir;

    static SyntheticPlie.Plie plie;
    static Path export;

    @BeforeAll
    static void export() throws Exception {
        plie = Synthetic.plie(80);
        export = Synthetic.ndjson(plie, dir.resolve("export.ndjson"));
    }

    /** The figures computed directly by plie-reporting from every parcours (it keeps what belongs to 2024). */
    static IndicatorReport expected() {
        return expected(ReportingOptions.asOf(YEAR.to()));
    }

    static IndicatorReport expected(ReportingOptions options) {
        return plie.cases().stream()
                .map(c -> new ReportedParcours(c.parcours(), c.participant().profile()))
                .collect(IndicatorAccumulator.collector(YEAR, options));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> indicators(String json) {
        Map<String, Object> report = PlieJson.create().mapper().readValue(json, Map.class);
        Map<String, Map<String, Object>> byCode = new LinkedHashMap<>();
        for (Map<String, Object> figure : (List<Map<String, Object>>) report.get("figures")) {
            byCode.put((String) figure.get("code"), figure);
        }
        return byCode;
    }

    @Test
    void theJsonReportFromNdjsonHoldsTheFiguresOfPlieReporting() {
        // unmasked: the exchange format's document, which reads back
        Run run =
                reportFromExport("--from", "2024-01-01", "--to", "2024-12-31", "--format", "json", "--mask-below", "0");

        IndicatorReport expected = expected();
        assertThat(run.code()).isZero();
        Map<String, Map<String, Object>> printed = indicators(run.out());
        assertThat(expected.count(Indicator.ACTIVE_FILE)).isPositive();
        // referrals refused or still pending are first receptions too, not only the parcours that entered
        assertThat(expected.count(Indicator.FIRST_RECEPTIONS)).isGreaterThan(expected.count(Indicator.ENTRIES));
        for (var indicator : Indicator.values()) {
            assertThat(((Number) printed.get(indicator.code()).get("total")).longValue())
                    .as(indicator.code())
                    .isEqualTo(expected.count(indicator));
        }
        // the document reads back as the very report plie-reporting computes, options included
        assertThat(PlieJson.create()
                        .read(PlieDocument.INDICATOR_REPORT, run.out())
                        .value()
                        .get())
                .isEqualTo(expected);
    }

    @Test
    void underAPolicyTheExitEngineChecksEveryExitAsTheLibraryDoes() {
        Run run = reportFromExport(
                "--from",
                "2024-01-01",
                "--to",
                "2024-12-31",
                "--format",
                "json",
                "--policy",
                "grand-amienois",
                "--mask-below",
                "0");

        assertThat(run.code()).isZero();
        IndicatorReport expected = expected(ReportingOptions.asOf(YEAR.to()).withExitPolicy(ExitPolicy.GRAND_AMIENOIS));
        Map<String, Map<String, Object>> printed = indicators(run.out());
        assertThat(expected.count(Indicator.POLICY_EXITS_POSITIVE)).isPositive();
        for (Indicator indicator : List.of(
                Indicator.POLICY_EXITS_POSITIVE,
                Indicator.POLICY_CONFIRMED,
                Indicator.POLICY_REACHED_NOT_PRONOUNCEABLE,
                Indicator.POLICY_NOT_CONFIRMED)) {
            assertThat(((Number) printed.get(indicator.code()).get("total")).longValue())
                    .as(indicator.code())
                    .isEqualTo(expected.count(indicator));
        }
        // reached but not pronounceable (evidence missing or too old) is a row of its own, not counted as confirmed
        Run csv = reportFromExport(
                "--from", "2024-01-01", "--to", "2024-12-31", "--format", "csv", "--policy", "grand-amienois");
        assertThat(csv.out())
                .contains("Sorties positives enregistrées atteintes mais non prononçables : pièces manquantes ou trop"
                        + " anciennes");
        assertThat(reportFromExport("--from", "2024-01-01", "--to", "2024-12-31", "--policy", "nowhere")
                        .code())
                .isEqualTo(2);
    }

    @Test
    void underAPolicyTheDenominatorFollowsItsRuleAndTheFlagMayNotContradictIt() {
        Run contradicting = reportFromExport(
                "--from",
                "2024-01-01",
                "--to",
                "2024-12-31",
                "--policy",
                "boulonnais",
                "--exclude-administrative-exits");

        assertThat(contradicting.code()).isEqualTo(2);
        assertThat(contradicting.err())
                .contains("--exclude-administrative-exits", "boulonnais")
                .hasLineCount(1);
    }

    @Test
    void theDatabaseGivesTheSameReportAsTheNdjsonItWasImportedFrom() {
        String url = "jdbc:h2:" + dir.toAbsolutePath().resolve("db");
        assertThat(Run.of("import", export.toString(), "--jdbc-url", url).code())
                .isZero();

        Run fromDb =
                Run.of("report", "--jdbc-url", url, "--from", "2024-01-01", "--to", "2024-12-31", "--format", "json");
        Run fromFile = reportFromExport("--from", "2024-01-01", "--to", "2024-12-31", "--format", "json");

        assertThat(fromDb.code()).isZero();
        assertThat(indicators(fromDb.out())).isEqualTo(indicators(fromFile.out()));
    }

    @Test
    void htmlXlsxAndCsvFilesAreWrittenWithTheFigures() throws Exception {
        long exits = expected().count(Indicator.EXITS);
        for (String ext : new String[] {"html", "pdf", "xlsx", "csv"}) {
            Path out = dir.resolve("report." + ext);
            Run run = reportFromExport("--from", "2024-01-01", "--to", "2024-12-31", "-o", out.toString());
            assertThat(run.code()).as(ext).isZero();
            assertThat(out).isNotEmptyFile();
            assertThat(run.out()).contains(out.toString());
        }
        assertThat(Files.readAllLines(dir.resolve("report.csv")))
                .anySatisfy(l -> assertThat(l).startsWith("Sorties;exits;").contains(";" + exits + ";"));
        assertThat(Files.readString(dir.resolve("report.html"))).contains("<html");
        assertThat(Files.readAllBytes(dir.resolve("report.pdf"))).startsWith('%', 'P', 'D', 'F');
    }

    @Test
    void aParcoursWithoutItsParticipantIsRefusedBeforeAnyFigure() {
        Run run = Run.of(
                "report", "--ndjson", "../docs/examples/export.ndjson", "--from", "2023-01-01", "--to", "2023-12-31");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("PAR-2024-0007").contains("/participant").hasLineCount(1);
    }

    @Test
    void badPeriodsFormatsAndSourcesAreInvalidInput() {
        assertThat(reportFromExport("--from", "2024-12-31", "--to", "2024-01-01")
                        .err())
                .isEqualToIgnoringNewLines("Erreur : période invalide : 31/12/2024 est après 01/01/2024");
        assertThat(reportFromExport("--lang", "en", "--from", "2024-12-31", "--to", "2024-01-01")
                        .err())
                .isEqualToIgnoringNewLines("Error: invalid period: 2024-12-31 is after 2024-01-01");
        assertThat(reportFromExport("--from", "2024-12-31", "--to", "2024-01-01")
                        .code())
                .isEqualTo(2);
        assertThat(reportFromExport("--from", "2024-01-01", "--to", "2024-12-31", "--format", "pdf")
                        .code())
                .isEqualTo(2);
        assertThat(Run.of("report", "--from", "2024-01-01", "--to", "2024-12-31")
                        .code())
                .isEqualTo(2);
    }

    @Test
    void aParcoursStoredWithoutItsParticipantIsNamedWithItRatherThanLeftOutOfTheReport() throws Exception {
        String url = "jdbc:h2:" + dir.toAbsolutePath().resolve("orphan");
        assertThat(Run.of("import", export.toString(), "--jdbc-url", url).code())
                .isZero();
        String participant;
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
                java.sql.Statement st = c.createStatement()) {
            try (java.sql.ResultSet rs = st.executeQuery("SELECT participant_id FROM plie_parcours"
                    + " WHERE entry_date <= DATE '2024-12-31' ORDER BY id FETCH FIRST 1 ROWS ONLY")) {
                assertThat(rs.next()).isTrue();
                participant = rs.getString(1);
            }
            st.executeUpdate("DELETE FROM plie_barrier WHERE participant_id = '" + participant + "'");
            st.executeUpdate("DELETE FROM plie_personal_data WHERE participant_id = '" + participant + "'");
            st.executeUpdate("DELETE FROM plie_participant WHERE id = '" + participant + "'");
        }

        Run run = Run.of("report", "--jdbc-url", url, "--from", "2024-01-01", "--to", "2024-12-31", "--lang", "en");

        assertThat(run.code()).isEqualTo(PlieCommand.PROCESSING_FAILURE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .contains("is stored without its participant " + participant)
                .hasLineCount(1);
    }

    @Test
    void anUnreachableDatabaseIsAProcessingFailureOnOneLine() {
        Run run = Run.of(
                "report",
                "--jdbc-url",
                "jdbc:h2:" + dir.toAbsolutePath().resolve("db") + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=x",
                "--from",
                "2024-01-01",
                "--to",
                "2024-12-31");

        assertThat(run.code()).isEqualTo(PlieCommand.PROCESSING_FAILURE);
        assertThat(run.err()).startsWith("Erreur : ").hasLineCount(1);
        assertThat(run.hasStackTrace()).isFalse();
    }

    @Test
    void theDataAreReadAsOfTheLastDayOfThePeriodUnlessAsOfSaysOtherwise() {
        Run byDefault = reportFromExport("--from", "2024-01-01", "--to", "2024-06-30", "--format", "json");
        Run later = reportFromExport(
                "--from", "2024-01-01", "--to", "2024-06-30", "--format", "json", "--as-of", "2024-12-31");

        assertThat(byDefault.out()).hasLineCount(1).endsWith("\n");
        assertThat(asOf(byDefault.out())).isEqualTo("2024-06-30");
        assertThat(asOf(later.out())).isEqualTo("2024-12-31");
    }

    /** The date the report's data were read as of, from its options. */
    private static String asOf(String report) {
        return PlieJson.create().mapper().readTree(report).at("/options/asOf").asString();
    }

    /** {@code plie report} on the synthetic NDJSON export, followed by {@code more}. */
    private static Run reportFromExport(String... more) {
        return Run.of(Stream.concat(Stream.of("report", "--ndjson", export.toString()), Stream.of(more))
                .toArray(String[]::new));
    }
}
