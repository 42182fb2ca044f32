package fr.plie.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a mistyped or hostile command line must not do: run code named in a database URL, create an empty
 * database for a command that only reads, overwrite the file being read, leave half a file, or write personal
 * data readable by other users.
 */
class DatabaseAndOutputSafetyTest {
    @TempDir
    static Path dir;

    static Path export;
    static String url;

    @BeforeAll
    static void importOnce() throws Exception {
        export = Synthetic.ndjson(Synthetic.plie(10), dir.resolve("export.ndjson"));
        url = "jdbc:h2:" + dir.toAbsolutePath().resolve("db");
        Run run = Run.of("import", export.toString(), "--jdbc-url", url);
        assertThat(run.code()).as(run.err()).isZero();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                ";INIT=RUNSCRIPT FROM '%s'",
                ";init=runscript from '%s'",
                ";DB_CLOSE_DELAY=-1;INIT=RUNSCRIPT FROM '%s'",
                ";TRACE_LEVEL_SYSTEM_OUT=0;INIT=RUNSCRIPT FROM '%s'",
                ";AUTHENTICATOR=x;INIT=RUNSCRIPT FROM '%s'"
            })
    void anH2SettingThatRunsCodeIsRefusedBeforeAnythingRuns(String settings, @TempDir Path other) throws Exception {
        Path marker = other.resolve("pwned.txt");
        Path script = other.resolve("evil.sql");
        Files.writeString(
                script,
                "CREATE ALIAS PWN FOR 'java.lang.System.getProperty';" + " SELECT FILE_WRITE('pwned', '" + marker
                        + "');");

        for (String command : new String[] {"export", "import"}) {
            String hostile = "jdbc:h2:mem:x" + String.format(settings, script);
            Run run = command.equals("export")
                    ? Run.of("export", "--jdbc-url", hostile)
                    : Run.of("import", export.toString(), "--jdbc-url", hostile);

            assertThat(run.code()).isEqualTo(PlieCommand.INVALID_INPUT);
            assertThat(run.err()).contains("--jdbc-url").contains("est refusé");
            assertThat(marker).doesNotExist();
        }
    }

    @Test
    void driverParametersThatLoadClassesAreRefusedInEnglishToo() {
        Run run = Run.of(
                "export",
                "--jdbc-url",
                "jdbc:postgresql://127.0.0.1:1/x?socketFactory=org.springframework.context.support.X&socketFactoryArg=y",
                "--lang",
                "en");

        assertThat(run.code()).isEqualTo(PlieCommand.INVALID_INPUT);
        assertThat(run.err())
                .isEqualTo("Error: --jdbc-url: parameter \"socketFactory\" is refused"
                        + " (it makes the driver load a class or write a file)" + System.lineSeparator());
    }

    @Test
    void readingAMistypedH2PathSaysNotFoundAndCreatesNoDatabase() {
        Path typo = dir.resolve("dbb");

        Run export = Run.of("export", "--jdbc-url", "jdbc:h2:" + typo);
        Run report = Run.of("report", "--jdbc-url", "jdbc:h2:" + typo, "--from", "2024-01-01", "--to", "2024-12-31");

        assertThat(export.code()).isEqualTo(PlieCommand.PROCESSING_FAILURE);
        assertThat(export.err()).contains("base de données introuvable : jdbc:h2:" + typo + " ");
        assertThat(report.code()).isEqualTo(PlieCommand.PROCESSING_FAILURE);
        assertThat(report.err()).contains("introuvable");
        assertThat(dir.resolve("dbb.mv.db")).doesNotExist();
    }

    @Test
    void anExportOntoTheDatabaseFileIsRefusedAndTheDatabaseStaysWhole() {
        Path database = dir.resolve("db.mv.db");

        Run run = Run.of("export", "--jdbc-url", url, "-o", database.toString());

        assertThat(run.code()).isEqualTo(PlieCommand.INVALID_INPUT);
        assertThat(run.err()).contains("écriture refusée dans " + database);
        assertThat(Run.of("export", "--jdbc-url", url).out().lines()).hasSize(10);
    }

    @Test
    void aReportOntoItsOwnInputIsRefusedAndTheInputKept() throws Exception {
        Path input = Files.copy(export, dir.resolve("input.ndjson"));
        String before = Files.readString(input);

        Run run = Run.of(
                "report",
                "--ndjson",
                input.toString(),
                "--from",
                "2024-01-01",
                "--to",
                "2024-12-31",
                "--format",
                "csv",
                "-o",
                input.toString());

        assertThat(run.code()).isEqualTo(PlieCommand.INVALID_INPUT);
        assertThat(Files.readString(input)).isEqualTo(before);
    }

    @Test
    void aFailedExportLeavesThePreviousFileAndNoPartOfANewOne(@TempDir Path other) throws Exception {
        Path out = other.resolve("export.ndjson");
        Files.writeString(out, "previous\n");

        Run run = Run.of("export", "--jdbc-url", "jdbc:h2:" + other.resolve("missing"), "-o", out.toString());

        assertThat(run.code()).isEqualTo(PlieCommand.PROCESSING_FAILURE);
        assertThat(Files.readString(out)).isEqualTo("previous\n");
        try (var files = Files.list(other)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void exportsAndDatabasesHoldingPersonalDataAreReadableByTheirOwnerOnly() throws Exception {
        Path out = dir.resolve("personal.ndjson");

        Run run = Run.of("export", "--jdbc-url", url, "-o", out.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("db.mv.db"))))
                .isEqualTo("rw-------");
    }

    @Test
    void theDemoDeletesNothingInAFolderItDidNotCreate(@TempDir Path other) throws Exception {
        Path precious = Files.writeString(other.resolve("notes.txt"), "à garder");

        Run run = Run.of("demo", "--dir", other.toString(), "--participants", "5");

        assertThat(run.code()).isEqualTo(PlieCommand.INVALID_INPUT);
        assertThat(run.err()).contains("n'a pas été créé par plie demo");
        assertThat(precious).hasContent("à garder");
    }

    @Test
    void theDemoDoesNotEraseWhatAnImportStoredInItsDatabase(@TempDir Path other) throws Exception {
        assertThat(Run.of("demo", "--dir", other.toString(), "--participants", "5")
                        .code())
                .isZero();
        String demoDatabase = "jdbc:h2:" + other.toAbsolutePath().resolve("plie-demo");
        Path own = Synthetic.write(Synthetic.documents(3, "IMP-"), other.resolve("own.ndjson"));
        Run imported = Run.of("import", own.toString(), "--jdbc-url", demoDatabase);
        assertThat(imported.code()).as(imported.err()).isZero();

        Run again = Run.of("demo", "--dir", other.toString(), "--participants", "5");

        assertThat(again.code()).isEqualTo(PlieCommand.INVALID_INPUT);
        assertThat(again.err()).contains("plie-import");
        assertThat(Run.of("export", "--jdbc-url", demoDatabase).out().lines()).hasSize(8);
    }

    @Test
    void aDemoThatFailsWhileWritingItsReportsLeavesThePreviousOnesWhole(@TempDir Path other) throws Exception {
        assertThat(Run.of("demo", "--dir", other.toString(), "--participants", "5")
                        .code())
                .isZero();
        byte[] pdf = Files.readAllBytes(other.resolve("report.pdf"));
        String csv = Files.readString(other.resolve("indicators.csv"));
        // the first report cannot be replaced (a folder holding a file took its name): the run fails there
        Files.delete(other.resolve("report.html"));
        Files.writeString(Files.createDirectory(other.resolve("report.html")).resolve("x"), "x");

        Run failed = Run.of("demo", "--dir", other.toString(), "--participants", "40", "--seed", "7");

        assertThat(failed.code()).isEqualTo(PlieCommand.PROCESSING_FAILURE);
        assertThat(failed.err()).contains("report.html");
        assertThat(other.resolve("report.pdf")).hasBinaryContent(pdf);
        assertThat(other.resolve("indicators.csv")).hasContent(csv);
        try (var files = Files.list(other)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(f -> f.endsWith(".tmp"));
        }
    }
}
