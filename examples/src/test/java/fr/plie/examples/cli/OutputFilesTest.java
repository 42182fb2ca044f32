package fr.plie.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How every command writes a file: whole or not at all, readable by its owner only. */
class OutputFilesTest {
    @Test
    void aWriterFailingHalfwayLeavesThePreviousFileAndNoTemporaryOne(@TempDir Path dir) throws Exception {
        Path target = Files.writeString(dir.resolve("report.csv"), "previous\n");

        assertThatThrownBy(() -> OutputFiles.write(target, List.of(), Locale.FRENCH, out -> {
                    out.write("half of a new report".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("disk full");
                }))
                .hasMessageContaining("report.csv")
                .hasMessageContaining("disk full");

        assertThat(target).hasContent("previous");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aCompleteWriteReplacesTheFileReadableByItsOwnerOnly(@TempDir Path dir) throws Exception {
        Path target = Files.writeString(dir.resolve("report.csv"), "previous\n");

        OutputFiles.write(target, List.of(), Locale.FRENCH, out -> out.write("new\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(target).hasContent("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                .isEqualTo("rw-------");
    }
}
