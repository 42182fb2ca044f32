package fr.plie.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.adapter.json.NdjsonLine;
import fr.plie.adapter.json.ParcoursDocument;
import fr.plie.adapter.json.PlieDocument;
import fr.plie.adapter.json.PlieJson;
import fr.plie.core.participant.PersonalData;
import fr.plie.examples.demo.SyntheticPlie;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportExportCommandTest {
    @TempDir
    static Path dir;

    static SyntheticPlie.Plie plie;
    static Path export;
    static String url;

    @BeforeAll
    static void importOnce() throws Exception {
        plie = Synthetic.plie(40);
        export = Synthetic.ndjson(plie, dir.resolve("export.ndjson"));
        url = "jdbc:h2:" + dir.toAbsolutePath().resolve("db");
        Run run = Run.of("import", export.toString(), "--jdbc-url", url);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("40 parcours et 40 participants importés");
    }

    static List<ParcoursDocument> read(String ndjson) {
        return PlieJson.create()
                .readNdjson(PlieDocument.PARCOURS, new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)))
                .stream()
                .map(NdjsonLine::result)
                .map(r -> r.value().get())
                .toList();
    }

    @Test
    void theExportGivesBackWhatWasImported() throws Exception {
        Run run = Run.of("export", "--jdbc-url", url);

        assertThat(run.code()).isZero();
        assertThat(read(run.out())).containsExactlyInAnyOrderElementsOf(read(Files.readString(export)));
    }

    @Test
    void thePseudonymisedExportHoldsNoPersonalDataNorInterviewText() throws Exception {
        Path file = dir.resolve("pseudo.ndjson");
        Run run = Run.of("export", "--jdbc-url", url, "--pseudonymise", "-o", file.toString());

        List<ParcoursDocument> exported = read(Files.readString(file));
        assertThat(run.code()).isZero();
        assertThat(exported).hasSize(40);
        assertThat(exported)
                .allSatisfy(
                        d -> assertThat(d.participant().get().personalData()).isEmpty());
        List<String> names = plie.cases().stream()
                .map(c -> c.participant()
                        .personalData()
                        .map(PersonalData::lastName)
                        .get())
                .toList();
        String text = Files.readString(file);
        assertThat(names).allSatisfy(name -> assertThat(text).doesNotContain("\"" + name + "\""));
        assertThat(text).doesNotContain("Point d'étape sur le parcours.");
        assertThat(Files.readString(export)).contains("Point d'étape sur le parcours.");
    }

    @Test
    void anInvalidFileImportsNothing(@TempDir Path other) throws Exception {
        Path bad = other.resolve("bad.ndjson");
        Files.writeString(bad, Files.readAllLines(export).get(0) + "\n{\"formatVersion\":\"1\",\"id\":\"X\"}\n");
        String fresh = "jdbc:h2:" + other.toAbsolutePath().resolve("db");

        Run run = Run.of("import", bad.toString(), "--jdbc-url", fresh);

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("bad.ndjson:2: ").contains("/participantId");
        assertThat(Run.of("export", "--jdbc-url", fresh).out()).isEmpty();
    }
}
