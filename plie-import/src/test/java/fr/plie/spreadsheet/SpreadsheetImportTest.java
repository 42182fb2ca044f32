package fr.plie.spreadsheet;

import static fr.plie.spreadsheet.Sheets.HEADER;
import static fr.plie.spreadsheet.Sheets.parcours;
import static fr.plie.spreadsheet.Sheets.row;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.exit.ExitCategory;
import fr.plie.core.parcours.ParcoursStatus;
import fr.plie.core.participant.Sex;
import fr.plie.core.step.StepKind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A spreadsheet of another tool read through the default mapping, as CSV and as XLSX. */
class SpreadsheetImportTest {
    @TempDir
    Path dir;

    private static final List<String> TWO_PARCOURS = List.of(
            HEADER,
            row(parcours(
                    "IND-1",
                    "PAR-1",
                    "participant.last_name=Martin",
                    "participant.first_name=Awa",
                    "step.id=E1",
                    "step.kind=FORM",
                    "step.start=01/03/2024",
                    "step.end=30/06/2024",
                    "step.operator=-AFPA",
                    "exit.date=15/09/2024",
                    "exit.category=EMPLOI",
                    "exit.validation_date=20/09/2024",
                    "exit.committee=Comité de suivi")),
            // the tool repeats only the parcours id on the step rows
            row(
                    "parcours.id=PAR-1",
                    "step.id=E2",
                    "step.kind=EMPLOI",
                    "step.start=01/07/2024",
                    "step.employer=Boulangerie",
                    "step.employer_kind=PRIVE",
                    "step.contract=CDI",
                    "step.weekly_hours=24,5"),
            row(parcours("IND-2", "PAR-2")));

    private final List<ImportedParcours> imported = new ArrayList<>();
    private final List<RejectedRows> rejected = new ArrayList<>();

    private SpreadsheetImport.Summary read(Path file) {
        return SpreadsheetImport.of(ColumnMapping.defaults()).read(file, imported::add, rejected::add);
    }

    @Test
    void a_parcours_spread_over_rows_comes_out_whole_with_its_steps_in_row_order() throws IOException {
        SpreadsheetImport.Summary summary = read(Sheets.csv(dir, "abc.csv", TWO_PARCOURS));

        assertThat(rejected).isEmpty();
        assertThat(summary.rows()).isEqualTo(3);
        assertThat(imported).hasSize(2);
        ImportedParcours first = imported.get(0);
        assertThat(first.firstRow()).isEqualTo(2);
        assertThat(first.lastRow()).isEqualTo(3);
        assertThat(first.participant().profile().sex()).isEqualTo(Sex.FEMALE);
        assertThat(first.participant().personalData().get().lastName()).isEqualTo("Martin");
        assertThat(first.parcours().steps())
                .extracting(s -> s.kind())
                .containsExactly(StepKind.TRAINING, StepKind.EMPLOYMENT);
        assertThat(first.parcours().steps().get(0).operator()).contains("-AFPA");
        assertThat(first.parcours().status()).isEqualTo(ParcoursStatus.EXITED);
        assertThat(first.parcours().exit().get().category()).isEqualTo(ExitCategory.POSITIVE_EMPLOYMENT);
        assertThat(first.parcours().entryDate()).contains(LocalDate.of(2024, 2, 5));
        assertThat(imported.get(1).participant().personalData()).isEmpty();
    }

    @Test
    void an_xlsx_sheet_gives_the_same_parcours_as_the_csv() throws IOException {
        read(Sheets.csv(dir, "abc.csv", TWO_PARCOURS));
        List<ImportedParcours> fromCsv = List.copyOf(imported);
        imported.clear();

        read(Sheets.xlsx(dir, "abc.xlsx", TWO_PARCOURS));

        assertThat(rejected).isEmpty();
        assertThat(imported).isEqualTo(fromCsv);
    }

    @Test
    void a_bad_cell_is_located_by_file_row_column_and_value_in_french_and_english() throws IOException {
        read(Sheets.csv(
                dir, "abc.csv", List.of(HEADER, row(parcours("IND-1", "PAR-1", "participant.birth_date=31/02/1980")))));

        assertThat(imported).isEmpty();
        assertThat(rejected).hasSize(1);
        CellError error = rejected.get(0).errors().get(0);
        assertThat(error.message(Locale.FRENCH))
                .isEqualTo(
                        "abc.csv, ligne 2, colonne Date de naissance \"31/02/1980\" : date attendue au format dd/MM/yyyy");
        assertThat(error.message(Locale.ENGLISH))
                .isEqualTo("abc.csv, row 2, column Date de naissance \"31/02/1980\": date expected as dd/MM/yyyy");
    }

    @Test
    void every_bad_cell_of_a_parcours_is_reported_not_only_the_first() throws IOException {
        read(Sheets.csv(
                dir,
                "abc.csv",
                List.of(HEADER, row(parcours("IND-1", "PAR-1", "participant.sex=Z", "referral.prescriber_kind=??")))));

        assertThat(rejected.get(0).errors())
                .extracting(CellError::column)
                .containsExactlyInAnyOrder("Sexe", "Prescripteur");
    }

    @Test
    void a_rule_of_the_lifecycle_is_reported_at_the_date_that_breaks_it() throws IOException {
        read(Sheets.csv(
                dir,
                "abc.csv",
                List.of(
                        HEADER,
                        row(parcours("IND-1", "PAR-1", "step.id=E1", "step.kind=MOBI", "step.start=01/01/2024")))));

        CellError error = rejected.get(0).errors().get(0);
        assertThat(error.column()).isEqualTo("Début d'étape");
        assertThat(error.rejection().code()).isEqualTo("step.before-entry");
    }

    @Test
    void a_missing_required_column_rejects_the_file_at_its_header() throws IOException {
        read(Sheets.csv(
                dir, "abc.csv", List.of(HEADER.replace("Date de naissance", "Naissance"), row(parcours("I", "P")))));

        assertThat(imported).isEmpty();
        assertThat(rejected.get(0).errors().get(0).message(Locale.ENGLISH))
                .isEqualTo(
                        "abc.csv, row 1, column Date de naissance \"\": required column missing (field participant.birth_date)");
    }

    @Test
    void rows_of_one_parcours_apart_from_each_other_are_refused() throws IOException {
        read(Sheets.csv(
                dir,
                "abc.csv",
                List.of(
                        HEADER,
                        row(parcours("IND-1", "PAR-1")),
                        row(parcours("IND-2", "PAR-2")),
                        row(parcours("IND-1", "PAR-1")))));

        assertThat(imported).hasSize(2);
        assertThat(rejected.get(0).errors().get(0).rejection().code()).isEqualTo(SpreadsheetImport.PARCOURS_SPLIT);
        assertThat(rejected.get(0).errors().get(0).row()).isEqualTo(4);
    }

    @Test
    void text_not_in_the_mapping_encoding_is_reported_with_its_row() throws IOException {
        Path file = dir.resolve("latin1.csv");
        java.nio.file.Files.write(
                file,
                (HEADER + "\r\n" + row(parcours("IND-1", "PAR-1", "referral.prescriber=Orientée")))
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        read(file);

        assertThat(rejected.get(rejected.size() - 1).errors().get(0).message(Locale.ENGLISH))
                .startsWith("latin1.csv, row ")
                .endsWith("the text is not in UTF-8 (set \"encoding\" in the mapping)");
    }

    @Test
    void interviews_and_placements_share_the_rows_of_the_parcours_and_an_incomplete_one_is_located()
            throws IOException {
        List<String> lines = List.of(
                HEADER,
                row(parcours(
                        "IND-1",
                        "PAR-1",
                        "step.id=E1",
                        "step.kind=MOBI",
                        "step.start=01/03/2024",
                        "interview.date=12/02/2024",
                        "interview.mode=TEL",
                        "interview.author=REF-01",
                        "interview.synthesis=Point d'étape : CV à jour",
                        "placement.offer=OFFRE-118",
                        "placement.date=20/03/2024",
                        "placement.result=NON_RETENU",
                        "placement.reasons=Permis B demandé")),
                row(
                        "parcours.id=PAR-1",
                        "interview.date=02/04/2024",
                        "interview.mode=PHYSIQUE",
                        "interview.author=REF-01",
                        "interview.synthesis=Candidature envoyée"),
                row(parcours("IND-2", "PAR-2", "interview.date=12/02/2024", "interview.mode=TEL")),
                row(parcours("IND-3", "PAR-3", "placement.offer=OFFRE-9", "placement.result=EMBAUCHE")));

        read(Sheets.xlsx(dir, "abc.xlsx", lines));

        assertThat(imported).hasSize(1);
        ImportedParcours first = imported.get(0);
        assertThat(first.parcours().interviews())
                .extracting(i -> i.date(), i -> i.mode(), i -> i.synthesis())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                LocalDate.of(2024, 2, 12),
                                fr.plie.core.parcours.InterviewMode.PHONE,
                                "Point d'étape : CV à jour"),
                        org.assertj.core.groups.Tuple.tuple(
                                LocalDate.of(2024, 4, 2),
                                fr.plie.core.parcours.InterviewMode.FACE_TO_FACE,
                                "Candidature envoyée"));
        assertThat(first.parcours().placements()).singleElement().satisfies(pl -> {
            assertThat(pl.result()).isEqualTo(fr.plie.core.parcours.PlacementResult.NOT_SELECTED);
            assertThat(pl.reasons()).contains("Permis B demandé");
        });
        assertThat(rejected)
                .flatExtracting(RejectedRows::errors)
                .extracting(e -> e.message(Locale.ENGLISH))
                .containsExactly(
                        "abc.xlsx, row 4, column Auteur de l'entretien \"\": an interview needs a date, a mode, an author"
                                + " and a synthesis",
                        "abc.xlsx, row 4, column Synthèse de l'entretien \"\": an interview needs a date, a mode, an"
                                + " author and a synthesis",
                        "abc.xlsx, row 5, column Date de mise en relation \"\": a placement needs an offer, a date and a"
                                + " result");
    }
}
