package fr.plie.examples.cli;

import fr.plie.examples.cli.PlieCommand.InvalidInputException;
import fr.plie.examples.cli.PlieCommand.ProcessingException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;

/**
 * How the commands write files: into a temporary file beside the target, renamed over it only once complete (a
 * failed or killed command leaves the previous file, or none, never half of one); files that may hold personal
 * data readable by their owner only (rw-------); and never onto one of the command's inputs or its database.
 */
final class OutputFiles {
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OutputFiles() {}

    /** What writes a file's content. */
    interface Content {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code target} atomically; {@code sources} are the files the command reads (inputs, database files),
     * which the target may not be.
     */
    static void write(Path target, List<Path> sources, Locale locale, Content content) {
        refuseCollision(target, sources, locale);
        Path dir = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            temp = privateTempFile(dir, "." + target.getFileName());
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.write(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            throw new ProcessingException(Texts.get(locale, "file.unwritable", target, e.getMessage()), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file is hidden beside the target; nothing more can be done
                }
            }
        }
    }

    /** Refuses an output that is one of {@code sources}: writing it would destroy what is being read. */
    static void refuseCollision(Path target, List<Path> sources, Locale locale) {
        for (Path source : sources) {
            if (same(target, source)) {
                throw new InvalidInputException(Texts.get(locale, "output.is-input", target));
            }
        }
    }

    private static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // fall back to comparing the names
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** A new empty file in {@code dir} that only its owner can read and write. */
    static Path privateTempFile(Path dir, String prefix) throws IOException {
        if (POSIX) {
            return Files.createTempFile(
                    dir,
                    prefix,
                    ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createTempFile(dir, prefix, ".tmp");
    }

    /** Makes an existing file readable by its owner only (a database file H2 created with the default mask). */
    static void ownerOnly(Path file) {
        if (POSIX && Files.isRegularFile(file)) {
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (IOException | UnsupportedOperationException e) {
                // not our file (another user's database): leave it as it is
            }
        }
    }
}
