package fr.plie.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's HTML report opened in headless Chromium: it renders, its charts are present, and a screenshot is
 * written to {@code target/report.png}. Skipped with a message when Chromium is absent, unless
 * {@code PLIE_TEST_REQUIRE_CHROMIUM=true} (CI), then it fails.
 */
class ReportInChromiumTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void theHtmlReportRendersWithItsChartsInHeadlessChromium(@TempDir Path dir) throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            if ("true".equals(System.getenv("PLIE_TEST_REQUIRE_CHROMIUM"))) {
                fail("Chromium is required (PLIE_TEST_REQUIRE_CHROMIUM=true) but " + CHROMIUM + " is absent");
            }
            System.err.println("SKIPPED: " + CHROMIUM + " is absent, the HTML report is not opened in a browser");
            assumeTrue(false, "Chromium absent");
        }
        Run demo = Run.of("demo", "--dir", dir.toString(), "--participants", "60");
        assertThat(demo.code()).isZero();
        String url = dir.resolve("report.html").toUri().toString();

        String dom = chromium(dir, "--dump-dom", url);
        Path screenshot = Path.of("target", "report.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        chromium(dir, "--screenshot=" + screenshot, "--window-size=1280,2000", url);

        assertThat(dom).contains("<table").contains("Taux de sorties positives");
        long charts = Pattern.compile("<img[^>]+src=\"data:image/png;base64,|<svg")
                .matcher(dom)
                .results()
                .count();
        assertThat(charts).as("charts in the rendered DOM").isGreaterThanOrEqualTo(2);
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(colours(image)).as("a rendered page, not a blank one").isGreaterThan(20);
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    private static String chromium(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + dir.resolve("chromium-profile")));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command)
                .redirectError(new File(dir.resolve("chromium.log").toString()))
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("chromium ends").isTrue();
        assertThat(p.exitValue()).as("chromium exit code").isZero();
        return out;
    }
}
