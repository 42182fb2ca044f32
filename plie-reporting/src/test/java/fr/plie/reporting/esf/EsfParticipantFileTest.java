package fr.plie.reporting.esf;

import static fr.plie.reporting.esf.EsfFixtures.QUESTIONNAIRE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.esf.EsfAnswer;
import fr.plie.core.esf.EsfOperation;
import fr.plie.core.esf.EsfQuestion;
import fr.plie.core.esf.EsfRecord;
import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.fixture.ProfileFixture;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.participant.PersonalData;
import fr.plie.core.participant.Profile;
import fr.plie.core.participant.Sex;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The ESF+ participant file and the per-operation table, against golden files: a change of layout is a
 * deliberate act (rewrite the golden file with {@code -Dplie.golden.rewrite=true} and review the diff).
 */
class EsfParticipantFileTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    private static final EsfOperation OP_2024 = EsfFixtures.yearly(2024);
    private static final EsfFileHeader HEADER = new EsfFileHeader(
            "coordination@plie-test", OffsetDateTime.parse("2025-06-30T10:15:00+02:00"), "toutes les entrées");

    static List<EsfParticipantRow> rows() {
        OperationSplitter splitter =
                new OperationSplitter(EsfFixtures.yearlyOperations(), OperationRule.SPLIT_AT_OPERATION_BOUNDARIES);
        Parcours hired = EsfQuestionnaireTest.hiredOnACdi();
        Parcours spanning =
                ParcoursFixture.enteredOn("PAR-2", LocalDate.of(2023, 6, 1)).build();
        Profile woman = ProfileFixture.longTermJobSeeker().build();
        Profile man = ProfileFixture.longTermJobSeeker()
                .sex(Sex.MALE)
                .birthDate(LocalDate.of(2001, 5, 20))
                .singleParent(true)
                .build();
        List<EsfParticipantRow> rows = new ArrayList<>();
        PersonalData nadia = new PersonalData("Nadia", "Benali", Option.none(), Option.none(), Option.none());
        PersonalData hostile =
                new PersonalData("Karim", "=HYPERLINK(\"x\")", Option.none(), Option.none(), Option.none());
        for (ParticipantOperation record : splitter.split(hired, AS_OF)) {
            EsfRecord entered = EsfRecord.empty(
                            record.participant(), record.operation().id(), AS_OF)
                    .with(EsfQuestion.MINORITY, EsfAnswer.refused(), AS_OF)
                    .with(EsfQuestion.FOREIGN_BACKGROUND, EsfAnswer.NO, AS_OF);
            rows.add(new EsfParticipantRow(
                    QUESTIONNAIRE.sheet(record, hired, woman, Option.some(entered), AS_OF), woman, Option.some(nadia)));
        }
        for (ParticipantOperation record : splitter.split(spanning, AS_OF)) {
            rows.add(new EsfParticipantRow(
                    QUESTIONNAIRE.sheet(record, spanning, man, Option.none(), AS_OF), man, Option.some(hostile)));
        }
        return rows;
    }

    private static void assertGolden(String name, byte[] actual) throws IOException {
        Path golden = Path.of("src/test/resources/golden/esf", name);
        if (Boolean.getBoolean("plie.golden.rewrite")) {
            Files.createDirectories(golden.getParent());
            Files.write(golden, actual);
        }
        assertThat(new String(actual, StandardCharsets.UTF_8)).isEqualTo(Files.readString(golden));
    }

    @Test
    void the_participant_file_of_an_operation_matches_its_golden_file() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EsfParticipantFile.write(OP_2024, rows(), EsfColumns.defaults(), HEADER, Locale.FRENCH, out);
        assertGolden("participants-OP-2024.csv", out.toByteArray());
    }

    @Test
    void the_file_says_who_extracted_it_when_with_which_filter_and_the_eu_co_funding() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EsfParticipantFile.write(OP_2024, rows(), EsfColumns.defaults(), HEADER, Locale.FRENCH, out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text.lines().limit(4))
                .allMatch(line -> line.startsWith("# "))
                .anyMatch(line -> line.contains("OP-2024") && line.contains("PLIE Test"))
                .anyMatch(line -> line.contains("coordination@plie-test") && line.contains("toutes les entrées"))
                .anyMatch(line -> line.contains("Cofinancé par l'Union européenne"));
    }

    @Test
    void a_name_that_reads_as_a_formula_is_written_as_text() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EsfParticipantFile.write(OP_2024, rows(), EsfColumns.defaults(), HEADER, Locale.FRENCH, out);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("'=HYPERLINK")
                .doesNotContain(";=HYPERLINK")
                .doesNotContain(";\"=HYPERLINK");
    }

    @Test
    void the_table_of_an_operation_matches_its_golden_file() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EsfParticipantFile.writeTable(EsfOperationTable.of(OP_2024, rows()), HEADER, Locale.FRENCH, out);
        assertGolden("table-OP-2024.csv", out.toByteArray());
    }

    @Test
    void a_mapping_of_my_own_picks_and_translates_the_columns() throws IOException {
        String mapping = "colonne;champ;valeurs\nID;PARTICIPANT_ID;\nHandicap;DISABILITY;YES=1|NO=0\n";
        EsfColumns columns =
                EsfColumns.read(new StringReader(mapping), "mine.csv").get();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EsfParticipantFile.write(OP_2024, rows(), columns, HEADER, Locale.ENGLISH, out);
        assertThat(out.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")))
                .containsExactly("ID;Handicap", "P-PAR-1;0", "P-PAR-2;0");
    }

    @Test
    void every_bad_line_of_a_mapping_is_reported_with_its_line_in_french_and_english() {
        String mapping = "colonne;champ;valeurs\nID;PARTICIPANT;\n;DISABILITY;\nHandicap;DISABILITY;YES\n";
        Either<List<EsfConfigError>, EsfColumns> read = EsfColumns.read(new StringReader(mapping), "mine.csv");
        assertThat(read.getLeft())
                .extracting(EsfConfigError::line, EsfConfigError::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, "mapping.unknown-field"),
                        org.assertj.core.groups.Tuple.tuple(3L, "mapping.empty-header"),
                        org.assertj.core.groups.Tuple.tuple(4L, "mapping.bad-translation"));
        assertThat(read.getLeft().get(0).message(Locale.FRENCH))
                .isEqualTo(
                        "mine.csv, ligne 2 : champ inconnu « PARTICIPANT » (voir docs/esf.md, « Le fichier de correspondance »).");
        assertThat(read.getLeft().get(0).message(Locale.ENGLISH)).startsWith("mine.csv, line 2: unknown field");
    }
}
