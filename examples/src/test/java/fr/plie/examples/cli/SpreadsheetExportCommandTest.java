package fr.plie.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.plie.adapter.json.ParcoursDocument;
import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.fixture.PlieGens;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.participant.InseeCode;
import fr.plie.core.participant.Participant;
import fr.plie.core.participant.ParticipantId;
import fr.plie.core.participant.PersonalData;
import fr.plie.core.participant.Profile;
import fr.plie.core.participant.QualificationLevel;
import fr.plie.core.participant.Sex;
import io.vavr.control.Option;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plie export --format csv|xlsx}: the spreadsheet that {@code plie import} reads back, into a new database,
 * as the same parcours and participants (versions aside) when they hold nothing its columns lack; the parcours that
 * do are named.
 */
class SpreadsheetExportCommandTest {
    @TempDir
    Path dir;

    private final AtomicInteger databases = new AtomicInteger();

    private String newDatabase() {
        return "jdbc:h2:" + dir.toAbsolutePath().resolve("db" + databases.incrementAndGet());
    }

    /** The generated parcours, each renamed {@code PAR-i}, with a participant the columns carry. */
    private static List<ParcoursDocument> documents(List<Parcours> generated) {
        List<ParcoursDocument> documents = new ArrayList<>();
        for (int i = 0; i < generated.size(); i++) {
            Parcours p = generated.get(i);
            ParticipantId participant = ParticipantId.of("P-" + i);
            Profile profile = Profile.builder()
                    .birthDate(LocalDate.of(1960, 1, 1).plusDays(97L * i))
                    .sex(Sex.values()[i % Sex.values().length])
                    .residenceCommune(InseeCode.of("80021"))
                    .qualificationLevel(QualificationLevel.values()[i % 8])
                    .priorityNeighbourhood(i % 3 == 0)
                    .build();
            Option<PersonalData> personal = i % 2 == 0
                    ? Option.some(new PersonalData(
                            "Awa", i % 4 == 0 ? "=Diallo" : "Diallo", Option.none(), Option.none(), Option.none()))
                    : Option.none();
            documents.add(ParcoursDocument.of(
                    ParcoursFixture.renamed(p, "PAR-" + i, participant),
                    new Participant(participant, profile, personal)));
        }
        return documents;
    }

    /** What a database holds, as {@code plie export} writes it, versions set aside. */
    private static List<ParcoursDocument> stored(String url) {
        Run run = Run.of("export", "--jdbc-url", url);
        assertThat(run.code()).as(run.err()).isZero();
        return ImportExportCommandTest.read(run.out()).stream()
                .map(d -> ParcoursDocument.of(
                        ParcoursFixture.versionless(d.parcours()),
                        d.participant().get()))
                .toList();
    }

    @Test
    void parcours_exported_as_a_spreadsheet_are_imported_identical_into_a_new_database() {
        qt().withExamples(2)
                .withShrinkCycles(0)
                .forAll(
                        lists().of(PlieGens.simpleParcours()).ofSize(40),
                        integers().between(0, 1))
                .checkAssert((generated, xlsx) -> {
                    try {
                        String source = newDatabase();
                        Path ndjson = Synthetic.write(documents(generated), dir.resolve("in-" + source.hashCode()));
                        assertThat(Run.of("import", ndjson.toString(), "--jdbc-url", source)
                                        .code())
                                .isZero();
                        Path sheet = dir.resolve("parcours-" + databases.get() + (xlsx == 1 ? ".xlsx" : ".csv"));

                        Run export = Run.of(
                                "--lang",
                                "en",
                                "export",
                                "--jdbc-url",
                                source,
                                "--format",
                                xlsx == 1 ? "xlsx" : "csv",
                                "-o",
                                sheet.toString());
                        String target = newDatabase();
                        Run imported = Run.of("--lang", "en", "import", sheet.toString(), "--jdbc-url", target);

                        assertThat(export.code()).as(export.err()).isZero();
                        assertThat(export.err())
                                .contains("40 parcours exported")
                                .doesNotContain("no column carries");
                        assertThat(imported.code()).as(imported.err()).isZero();
                        assertThat(stored(target)).containsExactlyElementsOf(stored(source));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
    }

    @Test
    void the_parcours_holding_what_no_column_carries_are_named() throws Exception {
        String url = newDatabase();
        Path ndjson = Synthetic.ndjson(Synthetic.plie(5), dir.resolve("demo.ndjson"));
        assertThat(Run.of("import", ndjson.toString(), "--jdbc-url", url).code())
                .isZero();
        Path sheet = dir.resolve("demo.csv");

        Run export = Run.of("--lang", "en", "export", "--jdbc-url", url, "--format", "csv", "-o", sheet.toString());

        assertThat(export.code()).as(export.err()).isZero();
        // the demo's parcours have referents and evidence, which the default columns do not hold
        assertThat(export.err()).containsPattern("\\d+ parcours hold details no column carries .*: \\S+");
        Run imported = Run.of("import", sheet.toString(), "--jdbc-url", newDatabase());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(Files.readString(sheet).lines().count()).isGreaterThan(5);
    }

    @Test
    void a_spreadsheet_export_needs_a_file_and_a_known_format() {
        Run noFile = Run.of("--lang", "en", "export", "--jdbc-url", newDatabase(), "--format", "xlsx");
        Run badFormat = Run.of(
                "--lang",
                "en",
                "export",
                "--format",
                "ods",
                "-o",
                dir.resolve("x.ods").toString());

        assertThat(noFile.code()).isEqualTo(PlieCommand.INVALID_INPUT);
        assertThat(noFile.err()).contains("a spreadsheet export is written to a file: name it with -o");
        assertThat(badFormat.code()).isEqualTo(PlieCommand.INVALID_INPUT);
        assertThat(badFormat.err()).contains("\"ods\" is not a format (ndjson, csv or xlsx)");
    }
}
