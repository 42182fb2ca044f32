package fr.plie.export;

import fr.plie.reporting.indicator.BreakdownRow;
import fr.plie.reporting.indicator.Dimension;
import fr.plie.reporting.indicator.Indicator;
import fr.plie.reporting.indicator.IndicatorReport;
import fr.plie.reporting.indicator.Rate;
import java.awt.Color;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;

/**
 * The report's charts drawn with JFreeChart as PNG data URIs, so the HTML needs no other file. Masked values
 * are left out of the charts, which would otherwise reveal them.
 */
final class Charts {
    private static final int WIDTH = 720;
    private static final int HEIGHT = 360;

    private final IndicatorReport report;
    private final Locale locale;
    private final Disclosure disclosure;

    Charts(IndicatorReport report, ExportSettings settings) {
        this.report = report;
        this.locale = settings.locale();
        this.disclosure = settings.disclosure();
    }

    /** Exit rates (positive, employment, training) against their targets, in percent. */
    String exitRates() throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String achieved = label("chart.rates.achieved");
        String target = label("chart.rates.target");
        rate(data, achieved, target, "chart.rates.positive", report.positiveExitRate());
        rate(data, achieved, target, "chart.rates.employment", report.employmentExitRate());
        rate(data, achieved, target, "chart.rates.training", report.trainingExitRate());
        return png(bars(ChartFactory.createBarChart(
                label("chart.rates"), null, "%", data, PlotOrientation.VERTICAL, true, false, false)));
    }

    /** Entries and exits of each month of the period. */
    String entriesAndExitsByMonth() throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String entries = label("column.entries");
        String exits = label("column.exits");
        List<BreakdownRow> months = report.breakdown(Dimension.MONTH);
        for (BreakdownRow month : months) {
            data.addValue(shown(month.entries()), entries, month.key());
            data.addValue(shown(month.exits()), exits, month.key());
        }
        JFreeChart chart = bars(ChartFactory.createBarChart(
                label("chart.months"), null, null, data, PlotOrientation.VERTICAL, true, false, false));
        chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        return png(chart);
    }

    String jobTypology() throws IOException {
        return pie(
                "chart.jobs",
                Indicator.JOB_CDI,
                Indicator.JOB_CDD_OVER_6_MONTHS,
                Indicator.JOB_CREATION,
                Indicator.JOB_OTHER,
                Indicator.JOB_NOT_RECORDED);
    }

    String employerTypology() throws IOException {
        return pie(
                "chart.employers",
                Indicator.EMPLOYER_PRIVATE,
                Indicator.EMPLOYER_PUBLIC,
                Indicator.EMPLOYER_ASSOCIATIVE,
                Indicator.EMPLOYER_SIAE);
    }

    private String pie(String title, Indicator... parts) throws IOException {
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        for (Indicator part : parts) {
            Number value = shown(report.count(part));
            if (value != null && value.longValue() > 0) {
                data.setValue(label(part.code()), value);
            }
        }
        JFreeChart chart = ChartFactory.createPieChart(label(title), data, true, false, false);
        chart.getPlot().setBackgroundPaint(Color.WHITE);
        return png(chart);
    }

    private void rate(DefaultCategoryDataset data, String achieved, String target, String key, Rate rate) {
        boolean masked = disclosure.masks(rate.numerator()) || disclosure.masks(rate.denominator());
        String category = label(key);
        data.addValue(masked ? null : rate.value().map(v -> v.movePointRight(2)).getOrNull(), achieved, category);
        data.addValue(rate.target().map(v -> v.movePointRight(2)).getOrNull(), target, category);
    }

    private Number shown(long count) {
        return disclosure.masks(count) ? null : BigDecimal.valueOf(count);
    }

    private String label(String key) {
        return ReportTable.label(key, locale);
    }

    /** Plain white background, flat bars: a chart that prints well in a committee's handout. */
    private static JFreeChart bars(JFreeChart chart) {
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        ((BarRenderer) plot.getRenderer()).setBarPainter(new StandardBarPainter());
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(1.5f);
        return chart;
    }

    private static String png(JFreeChart chart) throws IOException {
        byte[] bytes = ChartUtils.encodeAsPNG(chart.createBufferedImage(WIDTH, HEIGHT));
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes);
    }
}
