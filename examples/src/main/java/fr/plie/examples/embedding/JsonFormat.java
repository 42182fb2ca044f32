package fr.plie.examples.embedding;

import fr.plie.adapter.json.JsonError;
import fr.plie.adapter.json.NdjsonLine;
import fr.plie.adapter.json.NdjsonReader;
import fr.plie.adapter.json.NdjsonWriter;
import fr.plie.adapter.json.ParcoursDocument;
import fr.plie.adapter.json.PlieDocument;
import fr.plie.adapter.json.PlieJson;
import fr.plie.adapter.json.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Embedding example: reading and writing plie's exchange format v1 (plie-adapter-json). One document is read
 * with its errors located (JSON pointer, line, column) instead of an exception; parcours are written as NDJSON
 * and streamed back line by line, a bad line reported with its line number while the good ones are kept.
 */
public final class JsonFormat {
    private JsonFormat() {}

    /** Reads {@code json}, writes the parcours back as NDJSON with one broken line, reads it again. */
    public static List<ParcoursDocument> run(String json, PrintWriter out) {
        PlieJson plie = PlieJson.create();

        // 1. one document: a result, never an exception, for bad input
        ReadResult<ParcoursDocument> read = plie.read(PlieDocument.PARCOURS, json);
        if (!read.isValid()) {
            read.errors().forEach(e -> out.println("Refusé : " + e.message(Locale.FRENCH)));
            out.flush();
            return List.of();
        }
        ParcoursDocument document = read.value().get();
        out.println("Lu : parcours " + document.parcours().id().value() + ", statut "
                + document.parcours().status());

        // 2. NDJSON: the document twice, then a line that is not a parcours
        ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
        try (NdjsonWriter<ParcoursDocument> writer = plie.writeNdjson(PlieDocument.PARCOURS, ndjson)) {
            writer.write(document).write(document);
        }
        ndjson.writeBytes("{\"formatVersion\":\"1\"}\n".getBytes(StandardCharsets.UTF_8));

        // 3. streamed back: good lines kept, the bad one located
        List<ParcoursDocument> kept = new ArrayList<>();
        try (NdjsonReader<ParcoursDocument> reader =
                plie.readNdjson(PlieDocument.PARCOURS, new ByteArrayInputStream(ndjson.toByteArray()))) {
            while (reader.hasNext()) {
                NdjsonLine<ParcoursDocument> line = reader.next();
                if (line.result().isValid()) {
                    kept.add(line.result().value().get());
                } else {
                    JsonError first = line.result().errors().get(0);
                    out.println("Ligne " + line.line() + " refusée : " + first.message(Locale.FRENCH));
                }
            }
        }
        out.println("Parcours relus : " + kept.size());
        out.flush();
        return kept;
    }

    public static void main(String[] args) throws java.io.IOException {
        String json = new String(
                java.nio.file.Files.readAllBytes(
                        java.nio.file.Path.of(args.length > 0 ? args[0] : "docs/examples/parcours-minimal.json")),
                StandardCharsets.UTF_8);
        run(json, new PrintWriter(System.out, true, StandardCharsets.UTF_8));
    }
}
