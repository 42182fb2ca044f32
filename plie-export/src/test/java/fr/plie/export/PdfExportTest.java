package fr.plie.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * {@code ReportExporters.pdf()}: the HTML report on A4 pages. Its text is read back with PDFBox, and its pages
 * are rendered to PNG with pdftoppm (Debian poppler-utils) under {@code target/pdf-pages/}: skipped with a
 * message when pdftoppm is absent, unless {@code PLIE_TEST_REQUIRE_PDFTOPPM=true} (CI), then it fails.
 */
class PdfExportTest {
    static final Path PDFTOPPM = Path.of("/usr/bin/pdftoppm");

    @Test
    void the_pdf_reads_the_summary_first_in_french_on_a4_pages() throws IOException {
        byte[] pdf = ExportFixture.export(ReportExporters.pdf(), ExportSettings.DEFAULT);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
            // A4: 595 x 842 points
            assertThat(document.getPage(0).getMediaBox().getWidth())
                    .isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
            String first = text(document, 1, 1);
            assertThat(first)
                    .contains("Indicateurs du PLIE du 1er janvier 2024 au 31 décembre 2024")
                    .contains("Synthèse")
                    .contains("Cofinancé par l'Union européenne")
                    .contains("1 / " + document.getNumberOfPages());
            // the charts are vectors: their labels are text of the page, not pixels
            assertThat(text(document, 1, document.getNumberOfPages()))
                    .contains("Taux de sorties et objectifs", "Emploi en CDI");
        }
    }

    @Test
    void every_page_renders_to_an_image_that_is_not_blank() throws Exception {
        if (!Files.isExecutable(PDFTOPPM)) {
            if ("true".equals(System.getenv("PLIE_TEST_REQUIRE_PDFTOPPM"))) {
                fail("pdftoppm is required (PLIE_TEST_REQUIRE_PDFTOPPM=true) but " + PDFTOPPM + " is absent");
            }
            System.err.println(
                    "SKIPPED: " + PDFTOPPM + " is absent (apt-get install poppler-utils), PDF pages not rendered");
            assumeTrue(false, "pdftoppm absent");
        }
        Path dir = Path.of("target", "pdf-pages").toAbsolutePath();
        Files.createDirectories(dir);
        try (Stream<Path> old = Files.list(dir)) {
            old.forEach(p -> p.toFile().delete());
        }
        Path pdf = dir.resolve("report.pdf");
        Files.write(pdf, ExportFixture.export(ReportExporters.pdf(), ExportSettings.DEFAULT));

        Process p = new ProcessBuilder(
                        PDFTOPPM.toString(),
                        "-r",
                        "50",
                        "-png",
                        pdf.toString(),
                        dir.resolve("page").toString())
                .redirectErrorStream(true)
                .redirectOutput(new File(dir.resolve("pdftoppm.log").toString()))
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("pdftoppm ends").isTrue();
        assertThat(p.exitValue()).isZero();

        List<Path> pages;
        try (Stream<Path> files = Files.list(dir)) {
            pages = files.filter(f -> f.getFileName().toString().endsWith(".png"))
                    .sorted()
                    .toList();
        }
        assertThat(pages).hasSizeGreaterThan(2);
        for (Path page : pages) {
            BufferedImage image = ImageIO.read(page.toFile());
            // A4 at 50 dpi
            assertThat(image.getWidth()).as(page.toString()).isBetween(410, 416);
            assertThat(inked(image)).as(page + " has something printed on it").isGreaterThan(0.01);
        }
        // the charts' page: the blue of the achieved rates' bars is there
        assertThat(pages.stream().anyMatch(PdfExportTest::hasChartBlue)).isTrue();
    }

    private static String text(PDDocument document, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }

    /** The share of pixels that are not white. */
    private static double inked(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    dark++;
                }
            }
        }
        return (double) dark / (image.getWidth() * (long) image.getHeight());
    }

    private static boolean hasChartBlue(Path page) {
        try {
            BufferedImage image = ImageIO.read(page.toFile());
            int blue = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y) & 0xFFFFFF;
                    int r = rgb >> 16, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
                    if (r < 30 && Math.abs(g - 0x72) < 20 && Math.abs(b - 0xB2) < 20) {
                        blue++;
                    }
                }
            }
            return blue > 200;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
