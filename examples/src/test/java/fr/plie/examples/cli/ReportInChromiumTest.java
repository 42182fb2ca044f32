package fr.plie.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.export.testing.Chromium;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
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
    @Test
    void theHtmlReportRendersWithItsChartsInHeadlessChromium(@TempDir Path dir) throws Exception {
        Chromium.assumePresent();
        Run demo = Run.of("demo", "--dir", dir.toString(), "--participants", "60");
        assertThat(demo.code()).isZero();
        Path report = dir.resolve("report.html");

        String dom = Chromium.dumpDom(dir, report);
        Path screenshot = Path.of("target", "report.png").toAbsolutePath();
        Chromium.screenshot(dir, report, screenshot, 1280, 2000);

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
}
