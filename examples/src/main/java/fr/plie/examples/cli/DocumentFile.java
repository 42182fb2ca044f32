package fr.plie.examples.cli;

import fr.plie.adapter.jdbc.ImportLine;
import fr.plie.adapter.json.JsonError;
import fr.plie.adapter.json.NdjsonLine;
import fr.plie.adapter.json.NdjsonReader;
import fr.plie.adapter.json.PlieDocument;
import fr.plie.core.parcours.Chronology;
import fr.plie.examples.cli.PlieCommand.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A file of documents the commands read one at a time, so that memory holds one document (or one batch of an
 * import) whatever the file's size: NDJSON (one document a line), or one v1 document. {@code import} and {@code
 * report} read parcours documents in batches. A line whose dates no lifecycle produces (plie-core's {@link Chronology}) is
 * an error like a line that is not valid JSON. The same file always gives the same batches, which is what lets a re-run of
 * an import resume from the journal. Standard input ({@code -}) is first copied to a temporary file only its
 * owner can read, since it is read twice; {@link #close()} deletes it.
 */
final class DocumentFile implements AutoCloseable {
    private final Path path;
    private final String name;
    private final Locale locale;
    private final boolean spooled;

    private DocumentFile(Path path, String name, Locale locale, boolean spooled) {
        this.path = path;
        this.name = name;
        this.locale = locale;
        this.spooled = spooled;
    }

    /** The file {@code source}, or standard input for {@code -}. */
    static DocumentFile of(String source, InputStream stdin, Locale locale) {
        if (!"-".equals(source)) {
            return new DocumentFile(Path.of(source), source, locale, false);
        }
        try {
            Path file = OutputFiles.privateTempFile(Path.of(System.getProperty("java.io.tmpdir")), "plie-stdin");
            try (var out = Files.newOutputStream(file)) {
                stdin.transferTo(out);
            }
            return new DocumentFile(file, "stdin", locale, true);
        } catch (IOException e) {
            throw new InvalidInputException(Texts.get(locale, "input.unreadable", "stdin", e.getMessage()));
        }
    }

    @Override
    public void close() {
        if (spooled) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // a private file in the temporary folder: the system cleans it
            }
        }
    }

    /** The file's name as errors show it. */
    String name() {
        return name;
    }

    /** A digest of the bytes (SHA-256, hex) and of {@code settings}: the import's id in the journal. */
    String digest(String settings) {
        try (InputStream in = new DigestInputStream(open(), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStreamSink.INSTANCE);
            MessageDigest digest = ((DigestInputStream) in).getMessageDigest();
            digest.update(settings.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new InvalidInputException(Texts.get(locale, "input.unreadable", name, e.getMessage()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * Reads every document of the file, one at a time: a line that is not a valid document goes to {@code errors}
     * (located {@code file:line: message}), each valid one to {@code each} with its line.
     *
     * @return the number of documents, valid or not
     */
    <T> long forEachDocument(PlieDocument<T> type, Consumer<String> errors, LineConsumer<T> each) {
        long lines = 0;
        try (NdjsonReader<T> ndjson = isNdjson() ? Inputs.JSON.readNdjson(type, open()) : null) {
            Iterator<NdjsonLine<T>> reader = ndjson != null ? ndjson : single(type);
            while (reader.hasNext()) {
                NdjsonLine<T> line = reader.next();
                lines++;
                for (JsonError error : line.result().errors()) {
                    errors.accept(name + ":" + error.line() + ": " + error.message(locale));
                }
                if (line.result().isValid() && line.result().value().isDefined()) {
                    each.accept(line.line(), line.result().value().get());
                }
            }
        } catch (UncheckedIOException e) {
            throw new InvalidInputException(Texts.get(locale, "input.unreadable", name, e.getMessage()));
        }
        if (lines == 0) {
            throw new InvalidInputException(Texts.get(locale, "input.empty", name));
        }
        return lines;
    }

    /**
     * Checks every document first, then tells {@code counted} how many there are and hands each to {@code each}
     * (two readings, constant memory): an invalid document stops the command before it does anything, with one
     * located line per error.
     *
     * @return the number of documents
     */
    <T> long forEachValid(PlieDocument<T> type, java.util.function.LongConsumer counted, LineConsumer<T> each) {
        List<String> errors = new ArrayList<>();
        long count = forEachDocument(type, errors::add, (line, value) -> {});
        if (!errors.isEmpty()) {
            throw new InvalidInputException(String.join(System.lineSeparator(), errors));
        }
        counted.accept(count);
        forEachDocument(type, error -> {}, each);
        return count;
    }

    /** What receives each document with its line. */
    interface LineConsumer<T> {
        void accept(long line, T value);
    }

    /**
     * Reads the parcours documents and hands out their lines in batches of {@code size}, numbered from 0; a line
     * that is not a valid document, or whose dates no lifecycle produces, goes to {@code errors} and into no
     * batch.
     */
    void forEachBatch(int size, Consumer<String> errors, BatchConsumer batches) {
        List<List<ImportLine>> batch = new ArrayList<>(List.of(new ArrayList<>(size)));
        int[] number = {0};
        forEachDocument(PlieDocument.PARCOURS, errors, (line, d) -> {
            // dates no lifecycle produces (a step before the referral, a birth in 2999): refused here
            ImportLine importLine = new ImportLine(line, d.parcours(), d.participant());
            List<Chronology.Violation> violations = importLine.chronology();
            for (Chronology.Violation v : violations) {
                errors.accept(name + ":" + line + ": "
                        + Texts.get(locale, "input.field", v.rejection().message(locale), v.path()));
            }
            if (violations.isEmpty()) {
                batch.get(0).add(importLine);
            }
            if (batch.get(0).size() == size) {
                batches.accept(number[0]++, batch.get(0));
                batch.set(0, new ArrayList<>(size));
            }
        });
        if (!batch.get(0).isEmpty()) {
            batches.accept(number[0], batch.get(0));
        }
    }

    /** What receives each batch. */
    interface BatchConsumer {
        void accept(int number, List<ImportLine> lines);
    }

    /** One document, possibly on several lines: small, read whole, as line 1. */
    private <T> Iterator<NdjsonLine<T>> single(PlieDocument<T> type) {
        try (InputStream in = open()) {
            return List.of(new NdjsonLine<>(1, Inputs.JSON.read(type, in.readAllBytes())))
                    .iterator();
        } catch (IOException e) {
            throw new InvalidInputException(Texts.get(locale, "input.unreadable", name, e.getMessage()));
        }
    }

    /** NDJSON when the name says so or when the first non-blank line is a whole object. */
    private boolean isNdjson() {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) {
            return true;
        }
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (!s.isEmpty()) {
                    return s.startsWith("{") && s.endsWith("}");
                }
            }
            return true;
        } catch (IOException e) {
            // not UTF-8 or unreadable: the NDJSON reader reports it located
            return true;
        }
    }

    private InputStream open() {
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(Texts.get(locale, "input.not-found", name));
        } catch (IOException e) {
            throw new InvalidInputException(Texts.get(locale, "input.unreadable", name, e.getMessage()));
        }
    }

    /** Discards what the digest has read. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {}

        @Override
        public void write(byte[] b, int off, int len) {}
    }
}
