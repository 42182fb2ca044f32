package fr.plie.examples.cli;

import fr.plie.adapter.json.NdjsonWriter;
import fr.plie.adapter.json.ParcoursDocument;
import fr.plie.adapter.json.PlieDocument;
import fr.plie.adapter.json.PlieJson;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.participant.Participant;
import fr.plie.core.participant.ParticipantId;
import fr.plie.examples.demo.SyntheticPlie;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A small synthetic PLIE written as an NDJSON export, the real file the commands are given. */
final class Synthetic {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-12-31T12:00:00Z"), ZoneOffset.UTC);

    private Synthetic() {}

    static SyntheticPlie.Plie plie(int participants) {
        return new SyntheticPlie(11, CLOCK, LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31))
                .generate(participants, 4);
    }

    static Path ndjson(SyntheticPlie.Plie plie, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                NdjsonWriter<ParcoursDocument> writer = PlieJson.create().writeNdjson(PlieDocument.PARCOURS, out)) {
            plie.cases().forEach(c -> writer.write(ParcoursDocument.of(c.parcours(), c.participant())));
        }
        return file;
    }

    /** The documents of a synthetic PLIE of {@code participants} whose ids all start with {@code prefix}. */
    static List<ParcoursDocument> documents(int participants, String prefix) {
        List<ParcoursDocument> documents = new ArrayList<>();
        for (SyntheticPlie.Case c : plie(participants).cases()) {
            ParticipantId participant =
                    ParticipantId.of(prefix + c.participant().id().value());
            Parcours p = c.parcours();
            Parcours renamed = fr.plie.core.fixture.ParcoursFixture.renamed(p, prefix + p.id().value(), participant);
            documents.add(ParcoursDocument.of(
                    renamed,
                    new Participant(
                            participant,
                            c.participant().profile(),
                            c.participant().personalData())));
        }
        return documents;
    }

    static Path write(List<ParcoursDocument> documents, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                NdjsonWriter<ParcoursDocument> writer = PlieJson.create().writeNdjson(PlieDocument.PARCOURS, out)) {
            documents.forEach(writer::write);
        }
        return file;
    }
}
