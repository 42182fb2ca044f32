package fr.plie.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.adapter.jdbc.testing.DatabaseServer;
import fr.plie.adapter.json.ParcoursDocument;
import fr.plie.adapter.json.PlieDocument;
import fr.plie.core.participant.Participant;
import fr.plie.core.participant.PersonalData;
import fr.plie.examples.demo.SyntheticPlie;
import io.vavr.control.Option;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code plie import} of a participant whose last name holds the NUL character (U+0000): PostgreSQL cannot store
 * it, so the line is refused with a located message in French or English naming the field, never its content,
 * and nothing is stored; H2 stores it verbatim.
 */
class ImportNulCharacterTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(names = {"H2", "POSTGRESQL"})
    void aNulCharacterInAParticipantIsRefusedWithItsLineWhereTheDatabaseCannotStoreIt(DatabaseServer kind)
            throws Exception {
        try (CrashDatabase db = CrashDatabase.open(kind, dir)) {
            SyntheticPlie.Case c = Synthetic.plie(1).cases().get(0);
            PersonalData data = c.participant().personalData().get();
            Participant nul = new Participant(
                    c.participant().id(),
                    c.participant().profile(),
                    Option.some(new PersonalData(
                            data.firstName(), "Ben\u0000ali", data.email(), data.phone(), data.address())));
            Path file = dir.resolve("nul.ndjson");
            try (var out = Files.newOutputStream(file);
                    var writer = ImportCommandTest.JSON.writeNdjson(PlieDocument.PARCOURS, out)) {
                writer.write(ParcoursDocument.of(c.parcours(), nul));
            }

            Run fr = Run.of("import", file.toString(), "--jdbc-url", db.url);
            Run en = Run.of("import", file.toString(), "--jdbc-url", db.url, "--lang", "en");
            Run export = Run.of("export", "--jdbc-url", db.url);

            if (kind == DatabaseServer.H2) {
                assertThat(fr.code()).as(fr.err()).isZero();
                assertThat(export.out()).contains("Ben\\u0000ali");
                return;
            }
            String id = nul.id().value();
            assertThat(fr.code()).isEqualTo(PlieCommand.INVALID_INPUT);
            assertThat(fr.err())
                    .contains("nul.ndjson:1: Le texte du champ personalData.lastName de " + id
                            + " contient le caractère NUL (U+0000)")
                    .doesNotContain("jdbc.text")
                    .doesNotContain("Ben");
            assertThat(en.code()).isEqualTo(PlieCommand.INVALID_INPUT);
            assertThat(en.err())
                    .contains("nul.ndjson:1: ")
                    .contains("personalData.lastName of " + id)
                    .doesNotContain("jdbc.text")
                    .doesNotContain("Ben");
            assertThat(fr.hasStackTrace() || en.hasStackTrace()).isFalse();
            assertThat(export.code()).as(export.err()).isZero();
            assertThat(export.out()).isBlank();
        }
    }
}
