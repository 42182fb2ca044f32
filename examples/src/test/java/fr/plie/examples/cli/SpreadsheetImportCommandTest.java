package fr.plie.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.spreadsheet.ColumnMapping;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plie import FILE.csv}: a dry run writes nothing, a bad cell refuses the whole file (located, in English
 * with {@code --lang en}) unless {@code --skip-bad-rows} sets its rows aside in the rejects file, and importing the
 * same parcours again creates nothing twice.
 */
class SpreadsheetImportCommandTest {
    @TempDir
    Path dir;

    private static final ColumnMapping MAPPING = ColumnMapping.defaults();

    private static String row(Map<String, String> values) {
        List<String> cells = new ArrayList<>();
        for (ColumnMapping.Column c : MAPPING.columns()) {
            cells.add(values.getOrDefault(c.field().key(), ""));
        }
        return String.join(";", cells);
    }

    private static String person(String id, String birth) {
        return row(Map.ofEntries(
                Map.entry("participant.id", "IND-" + id),
                Map.entry("participant.birth_date", birth),
                Map.entry("participant.sex", "H"),
                Map.entry("participant.residence_commune", "59350"),
                Map.entry("participant.qualification_level", "3"),
                Map.entry("parcours.id", "PAR-" + id),
                Map.entry("referral.prescriber_kind", "ML"),
                Map.entry("referral.prescriber", "=HYPERLINK(\"x\")"),
                Map.entry("referral.date", "10/01/2024"),
                Map.entry("admission.date", "01/02/2024"),
                Map.entry("entry.date", "05/02/2024")));
    }

    private Path csv(String name, String... rows) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(
                ";",
                MAPPING.columns().stream().map(ColumnMapping.Column::header).toList()));
        lines.addAll(List.of(rows));
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private String url() {
        return "jdbc:h2:" + dir.toAbsolutePath().resolve("db");
    }

    @Test
    void a_dry_run_writes_nothing_and_a_second_import_of_the_same_parcours_creates_nothing_twice() throws Exception {
        Path file = csv("abc.csv", person("1", "12/03/1980"), person("2", "01/01/1990"));

        Run dry = Run.of("--lang", "en", "import", file.toString(), "--jdbc-url", url(), "--dry-run");
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("nothing was written: 2 parcours would be imported, 0 row(s) rejected");

        Run first = Run.of("--lang", "en", "import", file.toString(), "--jdbc-url", url());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("parcours new 2, replaced 0, already stored identical 0");

        // the tool's next export: the same two parcours and a third one
        Path next = csv("abc-2.csv", person("1", "12/03/1980"), person("2", "01/01/1990"), person("3", "02/02/1992"));
        Run second = Run.of("--lang", "en", "import", next.toString(), "--jdbc-url", url());
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.out()).contains("parcours new 1, replaced 0, already stored identical 2");
    }

    @Test
    void a_dry_run_into_a_database_that_does_not_exist_creates_none() throws Exception {
        Path file = csv("abc.csv", person("1", "12/03/1980"));
        Path base = dir.resolve("new").resolve("path");

        Run dry = Run.of("--lang", "en", "import", file.toString(), "--jdbc-url", "jdbc:h2:" + base, "--dry-run");

        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out())
                .contains("Database jdbc:h2:" + base + " does not exist: it was not created")
                .contains("1 parcours would be imported");
        assertThat(dir.resolve("new")).doesNotExist();
    }

    @Test
    void a_dry_run_leaves_a_database_without_plie_tables_unmigrated() throws Exception {
        String url = url();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
                java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE TABLE other_tool (id INT)");
        }
        Path file = csv("abc.csv", person("1", "12/03/1980"));

        Run dry = Run.of("import", file.toString(), "--jdbc-url", url, "--dry-run");

        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out())
                .contains("ne contient pas encore les tables de plie : elles n'ont pas été créées")
                .contains("1 parcours seraient importés");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url + ";IFEXISTS=TRUE");
                java.sql.ResultSet tables = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            List<String> names = new ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
            }
            assertThat(names).containsExactly("OTHER_TOOL");
        }
    }

    @Test
    void a_changed_parcours_is_replaced_with_update_whatever_its_stored_version() throws Exception {
        Run first = Run.of("import", csv("abc.csv", person("1", "12/03/1980")).toString(), "--jdbc-url", url());
        assertThat(first.code()).as(first.err()).isZero();
        String withStep = person("1", "12/03/1980");
        Map<String, String> step =
                Map.of("parcours.id", "PAR-1", "step.id", "E1", "step.kind", "MOBI", "step.start", "01/03/2024");
        Path changed = csv("abc-2.csv", withStep, row(step));

        Run refused = Run.of("--lang", "en", "import", changed.toString(), "--jdbc-url", url());
        assertThat(refused.code()).isEqualTo(PlieCommand.INVALID_INPUT);

        Run updated = Run.of("--lang", "en", "import", changed.toString(), "--jdbc-url", url(), "--update");
        assertThat(updated.code()).as(updated.err()).isZero();
        assertThat(updated.out()).contains("parcours new 0, replaced 1");
    }

    @Test
    void a_bad_cell_refuses_the_file_located_unless_its_rows_are_set_aside() throws Exception {
        Path file = csv("abc.csv", person("1", "12/03/1980"), person("2", "31/02/1990"));

        Run refused = Run.of("--lang", "en", "import", file.toString(), "--jdbc-url", url());
        assertThat(refused.code()).isEqualTo(PlieCommand.INVALID_INPUT);
        assertThat(refused.err())
                .contains("abc.csv, row 3, column Date de naissance \"31/02/1990\": date expected as dd/MM/yyyy")
                .contains("nothing was written");

        Run skipped = Run.of("--lang", "en", "import", file.toString(), "--jdbc-url", url(), "--skip-bad-rows");
        assertThat(skipped.code()).as(skipped.err()).isZero();
        assertThat(skipped.out()).contains("parcours new 1").contains("1 row(s) rejected");
        List<CSVRecord> rejects = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .get()
                .parse(Files.newBufferedReader(dir.resolve("abc.rejets.csv")))
                .getRecords();
        assertThat(rejects).hasSize(2);
        CSVRecord bad = rejects.get(1);
        assertThat(bad.get(0)).isEqualTo("3");
        assertThat(bad.get(bad.size() - 1)).contains("column Date de naissance \"31/02/1990\"");
        // the formula the source cell held is written as text
        assertThat(bad.toList()).contains("'=HYPERLINK(\"x\")").noneMatch(c -> c.startsWith("="));
    }

    @Test
    void the_template_is_written_where_asked() throws Exception {
        Path template = dir.resolve("modele.xlsx");
        Run run = Run.of("import", "--template", "-o", template.toString());
        assertThat(run.code()).as(run.err()).isZero();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(template))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("ID individu");
            assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("Colonnes");
        }
    }
}
