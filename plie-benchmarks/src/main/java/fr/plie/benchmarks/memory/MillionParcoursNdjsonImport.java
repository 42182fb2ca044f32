package fr.plie.benchmarks.memory;

import fr.plie.adapter.json.NdjsonLine;
import fr.plie.adapter.json.NdjsonReader;
import fr.plie.adapter.json.NdjsonWriter;
import fr.plie.adapter.json.ParcoursDocument;
import fr.plie.adapter.json.PlieDocument;
import fr.plie.adapter.json.PlieJson;
import fr.plie.benchmarks.data.ParcoursGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The NDJSON import of 1,000,000 parcours with their participants through plie-adapter-json's streaming reader,
 * to run with {@code -Xmx256m}: the file is generated first in a temporary folder (not measured), then read line
 * by line, each line validated into a domain parcours; the file is deleted at the end.
 *
 * <p>{@code java -Xmx256m -cp plie-benchmarks/target/benchmarks.jar
 * fr.plie.benchmarks.memory.MillionParcoursNdjsonImport [count]}
 */
public final class MillionParcoursNdjsonImport {
    private MillionParcoursNdjsonImport() {}

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path folder = Files.createTempDirectory("plie-bench-ndjson");
        Path file = folder.resolve("parcours.ndjson");
        try {
            PlieJson json = PlieJson.create();
            HeapUse.orFail("the NDJSON import of " + count + " parcours", () -> {
                long written = System.nanoTime();
                try (NdjsonWriter<ParcoursDocument> writer =
                        json.writeNdjson(PlieDocument.PARCOURS, Files.newOutputStream(file))) {
                    ParcoursGenerator.standard().stream(count)
                            .forEach(g -> writer.write(ParcoursDocument.of(g.parcours(), g.participant())));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                written = System.nanoTime() - written;
                long start = System.nanoTime();
                long valid = 0;
                long invalid = 0;
                try (NdjsonReader<ParcoursDocument> reader =
                        json.readNdjson(PlieDocument.PARCOURS, Files.newInputStream(file))) {
                    while (reader.hasNext()) {
                        NdjsonLine<ParcoursDocument> line = reader.next();
                        if (line.result().isValid()) {
                            valid++;
                        } else {
                            invalid++;
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                long nanos = System.nanoTime() - start;
                long bytes;
                try {
                    bytes = Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                System.out.println(String.format(
                        Locale.ROOT,
                        "  - NDJSON import of %,d parcours with their participants (%.0f MiB file, written in %.1f s"
                                + " beforehand, not measured) through PlieJson.readNdjson: %,d valid, %,d refused",
                        count,
                        bytes / 1048576.0,
                        written / 1e9,
                        valid,
                        invalid));
                System.out.println(HeapUse.now().markdown(count, nanos));
                if (invalid > 0 || valid != count) {
                    System.out.println("  - FAILED: every generated line should have been read as valid");
                    System.exit(2);
                }
            });
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }
}
