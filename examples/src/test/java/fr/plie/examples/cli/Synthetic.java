package fr.plie.examples.cli;

import fr.plie.adapter.json.NdjsonWriter;
import fr.plie.adapter.json.ParcoursDocument;
import fr.plie.adapter.json.PlieDocument;
import fr.plie.adapter.json.PlieJson;
import fr.plie.examples.demo.SyntheticPlie;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

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
}
