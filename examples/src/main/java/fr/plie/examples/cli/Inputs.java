package fr.plie.examples.cli;

import fr.plie.adapter.json.JsonError;
import fr.plie.adapter.json.NdjsonLine;
import fr.plie.adapter.json.NdjsonReader;
import fr.plie.adapter.json.PlieDocument;
import fr.plie.adapter.json.PlieJson;
import fr.plie.adapter.json.ReadResult;
import fr.plie.examples.cli.PlieCommand.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the documents a command is given: one v1 document, or NDJSON (one document a line), from a file or from
 * standard input ({@code -}). Any invalid document stops the command before it does anything, with one located
 * line per error: {@code file: message (champ /pointer, ligne n, colonne c)}.
 */
final class Inputs {
    static final PlieJson JSON = PlieJson.create();

    private Inputs() {}

    /** The bytes of {@code source}, a path or {@code -} for standard input. */
    static byte[] bytes(String source, InputStream stdin, Locale locale) {
        try {
            return "-".equals(source) ? stdin.readAllBytes() : Files.readAllBytes(Path.of(source));
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(Texts.get(locale, "input.not-found", source));
        } catch (IOException e) {
            throw new InvalidInputException(Texts.get(locale, "input.unreadable", source, e.getMessage()));
        }
    }

    /**
     * Every document of {@code source}: NDJSON when the name ends in {@code .ndjson}/{@code .jsonl} or when every
     * non-blank line is a whole object, one document otherwise.
     */
    static <T> List<T> documents(PlieDocument<T> type, String source, InputStream stdin, Locale locale) {
        byte[] bytes = bytes(source, stdin, locale);
        String name = "-".equals(source) ? "stdin" : source;
        List<T> values = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        if (isNdjson(source, bytes)) {
            try (NdjsonReader<T> reader = JSON.readNdjson(type, new ByteArrayInputStream(bytes))) {
                while (reader.hasNext()) {
                    NdjsonLine<T> line = reader.next();
                    collect(line.result(), name, locale, values, errors);
                }
            } catch (UncheckedIOException e) {
                throw new InvalidInputException(Texts.get(locale, "input.unreadable", name, e.getMessage()));
            }
        } else {
            collect(JSON.read(type, bytes), name, locale, values, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(String.join(System.lineSeparator(), errors));
        }
        if (values.isEmpty()) {
            throw new InvalidInputException(Texts.get(locale, "input.empty", name));
        }
        return values;
    }

    private static <T> void collect(
            ReadResult<T> result, String name, Locale locale, List<T> values, List<String> errors) {
        for (JsonError error : result.errors()) {
            errors.add(name + ":" + error.line() + ": " + error.message(locale));
        }
        result.value().filter(v -> result.isValid()).forEach(values::add);
    }

    static boolean isNdjson(String source, byte[] bytes) {
        String lower = source.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) {
            return true;
        }
        List<String> lines = new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
        return lines.size() > 1 && lines.stream().allMatch(l -> l.startsWith("{") && l.endsWith("}"));
    }
}
