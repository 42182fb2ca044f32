package fr.plie.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.fixture.PlieGen;
import fr.plie.core.fixture.PlieGens;
import fr.plie.core.fixture.ProfileFixture;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.participant.InseeCode;
import fr.plie.core.participant.Participant;
import fr.plie.core.participant.ParticipantId;
import fr.plie.core.participant.PersonalData;
import fr.plie.core.participant.Profile;
import fr.plie.core.participant.QualificationLevel;
import fr.plie.core.participant.Sex;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * A spreadsheet written with a mapping reads back, with the same mapping, into the parcours and participant that
 * were written: exactly, versions aside, for everything its columns carry; and when a parcours holds more than the
 * columns (a referent, evidence...), the export says so, and what comes back then comes back unchanged from a
 * second round trip. Texts that look like formulas are neutralised in the file and read back as they were.
 */
class SpreadsheetRoundTripProperties {
    private static final ColumnMapping MAPPING = ColumnMapping.defaults();
    private static final SpreadsheetExport EXPORT = SpreadsheetExport.of(MAPPING);

    @TempDir
    Path dir;

    /** Participants as the columns carry them, some with names and contacts that look like formulas. */
    static Gen<Profile> profiles() {
        return integers()
                .between(0, 20_000)
                .zip(
                        arbitrary().enumValues(Sex.class),
                        arbitrary().enumValues(QualificationLevel.class),
                        integers().between(-1, 3_000),
                        integers().between(0, 3),
                        (days, sex, level, seeker, flags) -> {
                            Profile.Builder b = Profile.builder()
                                    .birthDate(LocalDate.of(1955, 1, 1).plusDays(days))
                                    .sex(sex)
                                    .residenceCommune(InseeCode.of(days % 2 == 0 ? "59350" : "2A004"))
                                    .qualificationLevel(level)
                                    .priorityNeighbourhood((flags & 1) != 0)
                                    .recognisedDisabledWorker((flags & 2) != 0);
                            if (seeker >= 0) {
                                b.jobSeekerSince(LocalDate.of(2015, 1, 1).plusDays(seeker));
                            }
                            return b.build();
                        });
    }

    static Gen<Option<PersonalData>> personalData() {
        return arbitrary()
                .pick(List.of("Benali", "=SOMME(A1:A9)", "-Martin", "@Dupont", "+Durand", "O'Brien; \"Jr\""))
                .zip(
                        arbitrary().pick(List.of("Nadia", "Jean-Luc", "=1+1")),
                        booleans().all(),
                        (last, first, contact) -> contact
                                ? Option.some(new PersonalData(
                                        first,
                                        last,
                                        Option.some("n.benali@example.org"),
                                        Option.some("+33 6 12 34 56 78"),
                                        Option.none()))
                                : Option.<PersonalData>none());
    }

    private record Written(Path file, boolean readsBack) {}

    private Written export(Participant participant, Parcours parcours, boolean xlsx) throws IOException {
        Path file = Files.createTempFile(dir, "export", xlsx ? ".xlsx" : ".csv");
        boolean readsBack;
        try (OutputStream out = Files.newOutputStream(file);
                SpreadsheetExport.Sheet sheet = xlsx ? EXPORT.xlsx(out) : EXPORT.csv(out)) {
            readsBack = sheet.write(participant, parcours);
        }
        return new Written(file, readsBack);
    }

    private static ImportedParcours readOne(Path file) {
        List<ImportedParcours> imported = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        SpreadsheetImport.of(MAPPING)
                .read(file, imported::add, r -> r.errors().forEach(e -> errors.add(e.message(Locale.ENGLISH))));
        assertThat(errors).isEmpty();
        assertThat(imported).hasSize(1);
        return imported.get(0);
    }

    @Test
    void a_parcours_the_columns_carry_comes_back_identical_from_csv_and_xlsx() {
        qt().withExamples(150)
                .forAll(
                        PlieGens.simpleParcours(),
                        profiles(),
                        personalData(),
                        booleans().all())
                .checkAssert((parcours, profile, personal, xlsx) -> {
                    Participant participant = new Participant(parcours.participant(), profile, personal);
                    try {
                        Written written = export(participant, parcours, xlsx);
                        ImportedParcours back = readOne(written.file());
                        assertThat(back.participant()).isEqualTo(participant);
                        assertThat(ParcoursFixture.versionless(back.parcours()))
                                .isEqualTo(ParcoursFixture.versionless(parcours));
                        assertThat(written.readsBack()).isTrue();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
    }

    @Test
    void any_parcours_reads_back_the_export_says_when_it_lost_a_detail_and_a_second_trip_loses_nothing() {
        qt().withExamples(150)
                .forAll(PlieGens.parcours(PlieGen.Knob.WILD), booleans().all())
                .checkAssert((parcours, rsa) -> {
                    // the fixture's participant receives the RSA and has a barrier: no column holds them
                    Participant participant = rsa
                            ? ProfileFixture.participant(parcours.participant().value())
                            : new Participant(
                                    ParticipantId.of(parcours.participant().value()),
                                    ProfileFixture.longTermJobSeeker()
                                            .minimumIncomes(List.of())
                                            .barriers(List.of())
                                            .build(),
                                    Option.none());
                    try {
                        Written first = export(participant, parcours, false);
                        ImportedParcours back = readOne(first.file());
                        boolean identical = back.participant().equals(participant)
                                && ParcoursFixture.versionless(back.parcours())
                                        .equals(ParcoursFixture.versionless(parcours));
                        assertThat(first.readsBack()).isEqualTo(identical);
                        Written second = export(back.participant(), back.parcours(), false);
                        assertThat(second.readsBack()).isTrue();
                        assertThat(Files.readString(second.file())).isEqualTo(Files.readString(first.file()));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
    }

    @Test
    void texts_that_look_like_formulas_are_written_as_text_in_csv_and_xlsx_and_read_back_as_they_were()
            throws IOException {
        Participant participant = new Participant(
                ParticipantId.of("P-PAR-GEN"),
                ProfileFixture.longTermJobSeeker()
                        .minimumIncomes(List.of())
                        .barriers(List.of())
                        .build(),
                Option.some(new PersonalData(
                        "@Nadia", "=HYPERLINK(\"http://x\")", Option.none(), Option.some("+33 6"), Option.none())));
        Parcours parcours = PlieGen.referred();
        parcours = Parcours.builder()
                .id(parcours.id())
                .participant(parcours.participant())
                .version(1)
                .referral(new fr.plie.core.admission.Referral(
                        parcours.referral().prescriberKind(),
                        "-SIAE du Nord",
                        parcours.referral().date(),
                        List.of()))
                .build();

        Written csv = export(participant, parcours, false);
        String text = Files.readString(csv.file(), StandardCharsets.UTF_8);
        assertThat(text)
                .contains(";'@Nadia;")
                .contains("\"'=HYPERLINK(\"\"http://x\"\")\"")
                .contains(";'+33 6;")
                .contains(";'-SIAE du Nord;");
        assertThat(text.lines().flatMap(l -> List.of(l.split(";", -1)).stream()))
                .noneMatch(c -> c.matches("\"?[=+\\-@].*"));
        Written xlsx = export(participant, parcours, true);
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx.file()))) {
            List<String> cells = new ArrayList<>();
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
                    cells.add(cell.getStringCellValue());
                }
            }
            assertThat(cells).contains("'@Nadia", "'=HYPERLINK(\"http://x\")", "'+33 6", "'-SIAE du Nord");
            assertThat(cells).noneMatch(c -> c.matches("[=+\\-@].*"));
        }
        for (Written w : List.of(csv, xlsx)) {
            ImportedParcours back = readOne(w.file());
            assertThat(back.participant()).isEqualTo(participant);
            assertThat(w.readsBack()).isTrue();
        }
    }
}
