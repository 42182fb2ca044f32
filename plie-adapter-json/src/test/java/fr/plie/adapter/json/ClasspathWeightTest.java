package fr.plie.adapter.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The weight of what reading plie's JSON brings: this module with its runtime classpath (core, rules, reporting,
 * Vavr, Jackson 3), the budget docs/compatibility.md promises. The file is written by the build
 * ({@code dependency:build-classpath}); in the reactor a sibling module is its classes directory, weighed as the
 * jar the build would make of it.
 */
class ClasspathWeightTest {
    private static final long BUDGET = 5_000_000;

    @Test
    void coreRulesAndJsonWeighLessThanFiveMegabytes() throws IOException {
        String classpath =
                Files.readString(Path.of("target/runtime-classpath.txt")).trim();
        Map<String, Long> weights = new LinkedHashMap<>();
        Stream.concat(Arrays.stream(classpath.split(java.io.File.pathSeparator)), Stream.of("target/classes"))
                .map(Path::of)
                .forEach(entry -> weights.put(entry.toString(), weight(entry)));
        long total = weights.values().stream().mapToLong(Long::longValue).sum();

        String heaviest = weights.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> e.getValue() / 1000 + " kB " + e.getKey())
                .collect(Collectors.joining("\n"));
        assertThat(total).as("%d bytes:%n%s", total, heaviest).isLessThan(BUDGET);
        // the measure sees the libraries it is about
        assertThat(weights.keySet()).anyMatch(e -> e.contains("vavr")).anyMatch(e -> e.contains("jackson-databind"));
    }

    private static long weight(Path entry) {
        try {
            return Files.isDirectory(entry) ? zipped(entry) : Files.size(entry);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The size of a jar of {@code directory}: its files deflated, as the jar plugin does. */
    private static long zipped(Path directory) throws IOException {
        CountingStream counted = new CountingStream();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile)
                    .sorted(Comparator.naturalOrder())
                    .toList();
        }
        try (ZipOutputStream zip = new ZipOutputStream(counted)) {
            for (Path file : files) {
                zip.putNextEntry(new ZipEntry(directory.relativize(file).toString()));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
        return counted.count;
    }

    private static final class CountingStream extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
