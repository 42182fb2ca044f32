package fr.plie.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.examples.demo.SyntheticPlie;
import fr.plie.rules.audit.AuditFinding;
import fr.plie.rules.audit.AuditReport;
import fr.plie.rules.audit.ExitAudit;
import fr.plie.rules.exit.ExitPolicy;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plie check}: the control before an ESF audit is plie-rules' {@link ExitAudit}, from NDJSON or a database. */
class CheckCommandTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    @TempDir
    static Path dir;

    static SyntheticPlie.Plie plie;
    static Path export;
    static String url;
    static AuditReport expected;

    @BeforeAll
    static void importOnce() throws Exception {
        plie = Synthetic.plie(60);
        export = Synthetic.ndjson(plie, dir.resolve("export.ndjson"));
        url = "jdbc:h2:" + dir.toAbsolutePath().resolve("db");
        Run run = Run.of("import", export.toString(), "--jdbc-url", url);
        assertThat(run.code()).as(run.err()).isZero();
        expected = ExitAudit.run(plie.cases().stream().map(c -> c.parcours()), AS_OF, ExitPolicy.BOULONNAIS);
        assertThat(expected.findings())
                .as("the synthetic PLIE has something to control")
                .isNotEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String text) {
        return Inputs.JSON.mapper().readValue(text, Map.class);
    }

    @Test
    void theJsonControlIsTheLibrarysFromTheExportAndFromTheDatabaseAlike() {
        Run fromFile = Run.of(
                "check",
                "--ndjson",
                export.toString(),
                "--policy",
                "boulonnais",
                "--as-of",
                AS_OF.toString(),
                "--format",
                "json");
        Run fromDatabase = Run.of(
                "check", "--jdbc-url", url, "--policy", "boulonnais", "--as-of", AS_OF.toString(), "--format", "json");

        assertThat(fromFile.code()).as(fromFile.err()).isZero();
        assertThat(fromDatabase.out()).isEqualTo(fromFile.out());
        Map<String, Object> printed = json(fromFile.out());
        AuditReport.Totals t = expected.totals();
        assertThat(printed).containsEntry("policy", "boulonnais").containsEntry("asOf", "2025-12-31");
        assertThat((Map<String, Object>) printed.get("totals"))
                .containsEntry("parcours", (int) t.parcours())
                .containsEntry("unsupported", (int) t.unsupported())
                .containsEntry("notProposed", (int) t.notProposed())
                .containsEntry("evidenceLacking", (int) t.evidenceLacking());
        assertThat((List<Map<String, Object>>) printed.get("findings"))
                .extracting(f -> f.get("parcoursId"))
                .containsExactlyElementsOf(expected.findings().stream()
                        .map(f -> (Object) f.parcours().value())
                        .toList());
    }

    @Test
    void theCsvListsEachFindingWithItsReasonThenTheTotalsInFrenchOrEnglish() {
        Run french = Run.of("check", "--ndjson", export.toString(), "--policy", "boulonnais", "--as-of", "2025-12-31");
        Run english = Run.of(
                "--lang",
                "en",
                "check",
                "--ndjson",
                export.toString(),
                "--policy",
                "boulonnais",
                "--as-of",
                "2025-12-31");

        List<String> lines = french.out().lines().toList();
        assertThat(lines.get(0)).startsWith("liste,parcours,verdict,catégorie enregistrée,date de sortie");
        assertThat(lines).hasSize(1 + expected.findings().size() + 1 + 1 + 7);
        AuditFinding first = expected.findings().get(0);
        assertThat(lines.get(1))
                .contains(first.parcours().value(), first.verdict().name());
        assertThat(french.out())
                .contains("positives non confirmées," + expected.totals().unsupported());
        assertThat(english.out())
                .startsWith("list,parcours,verdict,recorded category,exit date")
                .contains(first.reason(Locale.ENGLISH).replace("\"", "\"\""));
    }

    @Test
    void anXlsxFileHasTheFindingsAndTheTotalsOnTwoSheets() throws Exception {
        Path file = dir.resolve("check.xlsx");

        Run run = Run.of(
                "check",
                "--ndjson",
                export.toString(),
                "--policy",
                "boulonnais",
                "--as-of",
                "2025-12-31",
                "-o",
                file.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out())
                .startsWith("Contrôle au 31/12/2025 : " + expected.totals().unsupported());
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet findings = book.getSheet("Contrôle");
            assertThat(findings.getLastRowNum()).isEqualTo(expected.findings().size());
            assertThat(findings.getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo(expected.findings().get(0).parcours().value());
            Sheet totals = book.getSheet("Totaux");
            assertThat(totals.getRow(0).getCell(1).getNumericCellValue()).isEqualTo(60.0);
        }
    }

    @Test
    void aSourceIsRequiredAndXlsxNeedsAFile() {
        Run none = Run.of("check", "--as-of", "2025-12-31");
        Run xlsx = Run.of("check", "--ndjson", export.toString(), "--format", "xlsx");

        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("--ndjson").hasLineCount(1);
        assertThat(xlsx.code()).isEqualTo(2);
        assertThat(xlsx.err()).contains("xlsx").hasLineCount(1);
    }
}
