package fr.plie.export.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Headless Debian Chromium for the tests, run as a plain process (no driver): skipped with a visible message when
 * it is absent, unless {@code PLIE_TEST_REQUIRE_CHROMIUM=true} (CI), then the test fails. Shared with the other
 * modules' tests through plie-export's test-jar (this package only).
 */
public final class Chromium {
    /** Debian's chromium package. */
    public static final Path BINARY = Path.of("/usr/bin/chromium");

    private Chromium() {}

    /** Skips the calling test when Chromium is absent (fails it on CI), saying so on the standard error. */
    public static void assumePresent() {
        if (!Files.isExecutable(BINARY)) {
            if ("true".equals(System.getenv("PLIE_TEST_REQUIRE_CHROMIUM"))) {
                fail("Chromium is required (PLIE_TEST_REQUIRE_CHROMIUM=true) but " + BINARY + " is absent");
            }
            System.err.println("SKIPPED: " + BINARY + " is absent, the pages are not opened in a browser");
            assumeTrue(false, "Chromium absent");
        }
    }

    /** The page's DOM once its scripts have run; Chromium's profile and log go under {@code profile}. */
    public static String dumpDom(Path profile, Path page) throws Exception {
        return run(profile, "--dump-dom", page.toUri().toString());
    }

    /** A screenshot of {@code page} written to {@code png}, {@code width} by {@code height} pixels. */
    public static void screenshot(Path profile, Path page, Path png, int width, int height) throws Exception {
        Files.deleteIfExists(png);
        run(
                profile,
                "--screenshot=" + png.toAbsolutePath(),
                "--window-size=" + width + "," + height,
                page.toUri().toString());
        assertThat(png).isNotEmptyFile();
    }

    private static String run(Path profile, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                BINARY.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile.resolve("chromium-profile")));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command)
                .redirectError(new File(profile.resolve("chromium.log").toString()))
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("chromium ends").isTrue();
        assertThat(p.exitValue()).as("chromium exit code").isZero();
        return out;
    }
}
