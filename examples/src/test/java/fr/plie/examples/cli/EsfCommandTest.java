package fr.plie.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.adapter.jdbc.PlieJdbc;
import fr.plie.core.esf.EsfAnswer;
import fr.plie.core.esf.EsfOperationId;
import fr.plie.core.esf.EsfQuestion;
import fr.plie.core.esf.EsfRecord;
import fr.plie.examples.demo.SyntheticPlie;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plie esf}: the ESF+ participant file, the table and the missing answers of a declared operation. */
class EsfCommandTest {
    @TempDir
    static Path dir;

    static String url;
    static Path operations;
    static SyntheticPlie.Plie plie;

    @BeforeAll
    static void importAndDeclare() throws Exception {
        plie = Synthetic.plie(30);
        Path export = Synthetic.ndjson(plie, dir.resolve("export.ndjson"));
        url = "jdbc:h2:" + dir.toAbsolutePath().resolve("db");
        assertThat(Run.of("import", export.toString(), "--jdbc-url", url).code())
                .isZero();
        operations = dir.resolve("operations.csv");
        StringBuilder declared = new StringBuilder("identifiant;début;fin;structure porteuse;libellé\n");
        for (int year = 2020; year <= 2026; year++) {
            declared.append("OP-")
                    .append(year)
                    .append(";01/01/")
                    .append(year)
                    .append(";31/12/")
                    .append(year)
                    .append(";PLIE de démonstration;Accompagnement ")
                    .append(year)
                    .append('\n');
        }
        Files.writeString(operations, declared);
        var participant = plie.cases().stream()
                .filter(c -> c.parcours().isActiveBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
                .findFirst()
                .get()
                .participant()
                .id();
        PlieJdbc.builder()
                .h2File(dir.toAbsolutePath().resolve("db"))
                .clock(Synthetic.CLOCK)
                .build()
                .repositories("REF-01")
                .esfRecords()
                .save(EsfRecord.empty(participant, EsfOperationId.of("OP-2024"), LocalDate.of(2025, 1, 2))
                        .with(EsfQuestion.MINORITY, EsfAnswer.refused(), LocalDate.of(2025, 1, 2)));
    }

    @Test
    void export_writes_one_row_per_participant_of_the_operation_and_its_table() throws Exception {
        Path file = dir.resolve("participants.csv");
        Path table = dir.resolve("table.csv");
        Run run = Run.esfExport("OP-2024", operations, url, file, table, "--by", "coordination");
        assertThat(run.code()).as(run.err()).isZero();
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        long rows = csv.lines().filter(l -> !l.startsWith("#")).count() - 1;
        assertThat(run.out()).startsWith(rows + " participants de l'opération OP-2024 écrits");
        assertThat(rows).isPositive();
        assertThat(csv.lines().limit(4))
                .anyMatch(l -> l.contains("coordination") && l.contains("OP-2024"))
                .anyMatch(l -> l.contains("Cofinancé par l'Union européenne"));
        assertThat(csv).as("the minority answer entered").contains("Refus de répondre");
        String eeco01 = Files.readString(table)
                .lines()
                .filter(l -> l.startsWith("EECO01;"))
                .findFirst()
                .get();
        assertThat(eeco01.split(";")[2]).isEqualTo(String.valueOf(rows));
    }

    @Test
    void check_lists_the_missing_answers_with_their_due_dates() {
        Run run = Run.of(
                "esf",
                "check",
                "--operation",
                "OP-2024",
                "--operations",
                operations.toString(),
                "--jdbc-url",
                url,
                "--as-of",
                "2025-12-31",
                "--lang",
                "en");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("MINORITY missing, to collect by").contains("ESF+ answers overdue since");
    }

    @Test
    void an_operation_not_declared_and_a_bad_declaration_are_invalid_input_located() throws Exception {
        Run unknown = Run.of(
                "esf",
                "export",
                "--operation",
                "OP-1999",
                "--operations",
                operations.toString(),
                "--jdbc-url",
                url,
                "-o",
                dir.resolve("x.csv").toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("opération « OP-1999 » absente");
        Path bad = dir.resolve("bad-operations.csv");
        Files.writeString(
                bad,
                "id;from;to;structure;label\nOP-A;01/13/2024;31/12/2024;PLIE;A\nOP B;01/01/2025;31/12/2025;PLIE;B\n");
        Run located = Run.of(
                "esf",
                "export",
                "--operation",
                "OP-A",
                "--operations",
                bad.toString(),
                "--jdbc-url",
                url,
                "-o",
                dir.resolve("x.csv").toString());
        assertThat(located.code()).isEqualTo(2);
        assertThat(located.err())
                .contains(bad + ", ligne 2 : date invalide « 01/13/2024 »")
                .contains(bad + ", ligne 3 : identifiant d'opération invalide « OP B »");
        assertThat(located.hasStackTrace()).isFalse();
    }
}
