package fr.plie.export;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.fixture.ProfileFixture;
import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.export.testing.Chromium;
import fr.plie.reporting.indicator.IndicatorAccumulator;
import fr.plie.reporting.indicator.IndicatorReport;
import fr.plie.reporting.indicator.ReportingOptions;
import fr.plie.reporting.indicator.TenExits;
import java.awt.Rectangle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The charts as a browser draws them: Chromium lays out the SVG, and a script measures every text's bounding box
 * ({@code getBBox}, carried through its transforms to page coordinates) to find any two that overlap. Screenshots are written
 * under {@code target/charts/}.
 */
class ChartsInChromiumTest {
    private static final Path SCREENSHOTS = Path.of("target", "charts");
    private static final Pattern RESULT = Pattern.compile("data-texts=\"(\\d+)\" data-overlaps=\"(\\d+)\"");

    private static final String MEASURE = """
            <script>
            function box(t) {
              const b = t.getBBox(), m = t.getScreenCTM(), svg = t.ownerSVGElement;
              const pts = [[b.x, b.y], [b.x + b.width, b.y], [b.x, b.y + b.height], [b.x + b.width, b.y + b.height]]
                .map(([x, y]) => { const p = svg.createSVGPoint(); p.x = x; p.y = y; return p.matrixTransform(m); });
              return { x0: Math.min(...pts.map(p => p.x)), x1: Math.max(...pts.map(p => p.x)),
                       y0: Math.min(...pts.map(p => p.y)), y1: Math.max(...pts.map(p => p.y)), text: t.textContent };
            }
            const boxes = [...document.querySelectorAll('svg text')].filter(t => t.textContent.trim()).map(box);
            let overlaps = 0;
            for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
              const a = boxes[i], b = boxes[j];
              if (a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5) {
                overlaps++; console.log('overlap: ' + a.text + ' / ' + b.text);
              }
            }
            document.body.setAttribute('data-texts', boxes.length);
            document.body.setAttribute('data-overlaps', overlaps);
            </script>""";

    private static IndicatorReport report(int months) {
        // the ten exits entered in September 2023 and left in June 2024
        LocalDate from = LocalDate.of(2023, 9, 1);
        ReportingPeriod period =
                new ReportingPeriod(from, from.plusMonths(months).minusDays(1));
        IndicatorAccumulator accumulator = IndicatorAccumulator.empty(period, ReportingOptions.asOf(period.to()));
        TenExits.cohort()
                .forEach(p ->
                        accumulator.add(p, ProfileFixture.longTermJobSeeker().build()));
        return accumulator.report();
    }

    /** Texts and overlapping pairs of texts in the page, as Chromium lays it out. */
    private static int[] measure(Path dir, String name, String svg) throws Exception {
        Path page = dir.resolve(name + ".html");
        Files.writeString(
                page,
                "<!DOCTYPE html><html><body style=\"margin:0;width:" + ReportCharts.WIDTH + "px\">" + svg + MEASURE
                        + "</body></html>",
                StandardCharsets.UTF_8);
        Files.createDirectories(SCREENSHOTS);
        Chromium.screenshot(dir, page, SCREENSHOTS.resolve(name + ".png"), ReportCharts.WIDTH, 1800);
        Matcher m = RESULT.matcher(Chromium.dumpDom(dir, page));
        assertThat(m.find()).as("the measuring script ran").isTrue();
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    @ParameterizedTest(name = "{0} months")
    @ValueSource(ints = {1, 12, 72})
    void no_two_texts_of_the_time_chart_overlap_whatever_the_period_length(int months, @TempDir Path dir)
            throws Exception {
        Chromium.assumePresent();
        ReportChart chart = ReportCharts.of(report(months), ExportSettings.DEFAULT).stream()
                .filter(c -> c.id().equals("months"))
                .findFirst()
                .get();

        int[] measured = measure(dir, "months-" + months, chart.svg(ReportCharts.WIDTH, chart.height()));

        assertThat(measured[0]).as("texts measured").isGreaterThan(months == 1 ? 5 : 12);
        assertThat(measured[1]).as("overlapping texts").isZero();
    }

    @Test
    void the_measure_finds_the_overlaps_of_72_monthly_labels_drawn_as_they_used_to_be(@TempDir Path dir)
            throws Exception {
        Chromium.assumePresent();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int m = 0; m < 72; m++) {
            data.addValue(
                    m % 7,
                    "entries",
                    LocalDate.of(2022, 1, 1).plusMonths(m).toString().substring(0, 7));
        }
        JFreeChart crowded =
                ChartFactory.createBarChart(null, null, null, data, PlotOrientation.VERTICAL, false, false, false);
        // one category a month, each label allowed four categories' width: what a month axis does unaggregated
        crowded.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelWidthRatio(4f);
        SVGGraphics2D g2 = new SVGGraphics2D(ReportCharts.WIDTH, 360);
        crowded.draw(g2, new Rectangle(0, 0, ReportCharts.WIDTH, 360));

        assertThat(measure(dir, "months-72-crowded", g2.getSVGElement())[1]).isPositive();
    }

    @Test
    void every_chart_of_a_report_reads_without_overlapping_texts(@TempDir Path dir) throws Exception {
        Chromium.assumePresent();
        StringBuilder all = new StringBuilder();
        for (ReportChart chart : ReportCharts.of(ExportFixture.REPORT, ExportSettings.DEFAULT)) {
            // one chart under the other, so that only texts of the same chart can meet
            all.append("<div>")
                    .append(chart.svg(ReportCharts.WIDTH, chart.height()))
                    .append("</div>");
        }
        assertThat(measure(dir, "report-charts", all.toString())[1])
                .as("overlapping texts")
                .isZero();
    }
}
