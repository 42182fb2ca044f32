package fr.plie.export;

import fr.plie.reporting.indicator.Caseload;
import fr.plie.reporting.indicator.Dimension;
import fr.plie.reporting.indicator.Indicator;
import fr.plie.reporting.indicator.IndicatorReport;
import fr.plie.reporting.indicator.Rate;
import fr.plie.reporting.indicator.SectorFigure;
import fr.plie.reporting.indicator.Typology;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The charts of a report, the same for the HTML report, the PDF and the web application: exit rates against
 * their targets, entries and exits over time, the job, employer and sector typologies as shares, and the
 * referents' caseload against the capacity per FTE. Colours from the Okabe-Ito palette, told apart with every
 * common colour-vision deficiency; values written on the bars, so colour never carries a figure alone. Masked
 * values are left out and the chart's description says so.
 */
public final class ReportCharts {
    /** The width the charts are laid out for, in pixels (CSS px in HTML, 1/96 in in print). */
    public static final int WIDTH = 760;

    static final Color BLUE = new Color(0x00, 0x72, 0xB2);
    static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);
    static final Color GREEN = new Color(0x00, 0x9E, 0x73);
    static final Color VERMILION = new Color(0xD5, 0x5E, 0x00);
    static final Color SKY = new Color(0x56, 0xB4, 0xE9);
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    private static final int MAX_SECTORS = 10;

    private final IndicatorReport report;
    private final Locale locale;
    private final Disclosure disclosure;
    private final Display display;

    private ReportCharts(IndicatorReport report, ExportSettings settings) {
        this.report = report;
        this.locale = settings.locale();
        this.disclosure = settings.disclosure();
        this.display = new Display(locale);
    }

    /**
     * Every chart of {@code report}, labelled in the settings' language, small counts left out as they say.
     *
     * @param report the report
     * @param settings the language and the small-count protection
     * @return the charts, in the report's order
     */
    public static List<ReportChart> of(IndicatorReport report, ExportSettings settings) {
        ReportCharts charts = new ReportCharts(report, settings);
        List<ReportChart> all = new ArrayList<>();
        all.add(charts.rates());
        all.add(charts.months());
        all.add(charts.typology("jobs", Typology.JOB));
        all.add(charts.typology("employers", Typology.EMPLOYER));
        if (!report.sectors().isEmpty()) {
            all.add(charts.sectors());
        }
        if (!report.caseloads().isEmpty()) {
            all.add(charts.caseload());
        }
        return List.copyOf(all);
    }

    private ReportChart rates() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String achieved = label("chart.rates.achieved");
        String target = label("chart.rates.target");
        rate(data, achieved, target, "rate.positive", report.positiveExitRate());
        rate(data, achieved, target, "rate.employment", report.employmentExitRate());
        rate(data, achieved, target, "rate.training", report.trainingExitRate());
        report.positiveExitRateUnderPolicy()
                .forEach(r -> data.addValue(
                        percentOrNull(r), label("chart.rates.policy", policyName()), label("rate.positive")));
        JFreeChart chart = ChartFactory.createBarChart(
                null, null, label("chart.axis.percent"), data, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = style(chart, List.of(BLUE, ORANGE, GREEN), percentFormat());
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 100);
        return chart("rates", label("chart.rates"), describeRates(), chart, 360);
    }

    private void rate(DefaultCategoryDataset data, String achieved, String target, String key, Rate rate) {
        String category = label(key);
        data.addValue(percentOrNull(rate), achieved, category);
        data.addValue(rate.target().map(t -> t.movePointRight(2)).getOrNull(), target, category);
    }

    private BigDecimal percentOrNull(Rate rate) {
        boolean masked = disclosure.masks(rate.numerator()) || disclosure.masks(rate.denominator());
        return masked ? null : rate.value().map(v -> v.movePointRight(2)).getOrNull();
    }

    private String describeRates() {
        List<String> parts = new ArrayList<>();
        for (String key : List.of("rate.positive", "rate.employment", "rate.training")) {
            Rate rate = switch (key) {
                case "rate.positive" -> report.positiveExitRate();
                case "rate.employment" -> report.employmentExitRate();
                default -> report.trainingExitRate();
            };
            BigDecimal value = percentOrNull(rate);
            String shown = value == null ? label("chart.no-value") : display.percent(value.movePointLeft(2));
            String goal = rate.target().map(display::percent).getOrElse(label("chart.no-target"));
            parts.add(label("chart.rates.item", label(key), shown, goal));
        }
        return String.join(" ; ", parts) + ".";
    }

    private ReportChart months() {
        TimeBuckets time = TimeBuckets.of(report.breakdown(Dimension.MONTH), disclosure, locale);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String entries = label("column.entries");
        String exits = label("column.exits");
        int hidden = 0;
        for (TimeBuckets.Bucket bucket : time.buckets()) {
            data.addValue(bucket.masked() ? null : bucket.entries(), entries, bucket.label());
            data.addValue(bucket.masked() ? null : bucket.exits(), exits, bucket.label());
            hidden += bucket.masked() ? 1 : 0;
        }
        JFreeChart chart = ChartFactory.createBarChart(
                null,
                label("chart.axis." + time.unit()),
                label("chart.axis.participants"),
                data,
                PlotOrientation.VERTICAL,
                true,
                false,
                false);
        // at most 12 bars a series whatever the period (TimeBuckets), so every bar carries its value
        CategoryPlot plot = style(chart, List.of(BLUE, ORANGE), decimals());
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits(locale));
        if (maxValue(data) < 1) {
            // nothing to draw: a plain 0 to 5 axis rather than a zero floating in the middle
            plot.getRangeAxis().setRange(0, 5);
        }
        String description =
                label("chart.months.description", time.buckets().size(), label("chart.unit." + time.unit()))
                        + (hidden > 0 ? " " + label("chart.masked-note") : "");
        return chart("months", label("chart.months." + time.unit()), description, chart, 360);
    }

    private ReportChart typology(String id, Typology typology) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = label("chart.share");
        long whole = typology.denominator(report);
        List<String> parts = new ArrayList<>();
        for (Indicator part : typology.parts()) {
            long count = report.count(part);
            if (count == 0) {
                continue;
            }
            Rate share = report.share(part).get();
            BigDecimal value = masked(share) ? null : share.value().get().movePointRight(2);
            data.addValue(value, series, label(part.code()));
            parts.add(label(part.code()) + " "
                    + (value == null ? disclosure.mask() : display.percent(value.movePointLeft(2))));
        }
        String title = label("chart." + id);
        String description = label("chart.typology.description", label("whole." + typology), shownCount(whole))
                + (parts.isEmpty() ? "" : " " + String.join(", ", parts) + ".");
        return shares(id, title, description, data, List.of(BLUE));
    }

    private ReportChart sectors() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = label("chart.share");
        List<SectorFigure> sorted = report.sectors().stream()
                .sorted(Comparator.comparingLong(SectorFigure::exits).reversed().thenComparing(SectorFigure::sector))
                .toList();
        long others = 0;
        long whole = Typology.EMPLOYER.denominator(report);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            SectorFigure sector = sorted.get(i);
            if (i >= MAX_SECTORS) {
                others += sector.exits();
                continue;
            }
            Rate share = report.share(sector);
            BigDecimal value = masked(share) ? null : share.value().get().movePointRight(2);
            String name = ReportTable.sectorName(sector.sector(), locale);
            data.addValue(value, series, name);
            parts.add(name + " " + (value == null ? disclosure.mask() : display.percent(value.movePointLeft(2))));
        }
        if (others > 0) {
            Rate share = new Rate(others, whole, io.vavr.control.Option.none());
            data.addValue(
                    masked(share) ? null : share.value().get().movePointRight(2),
                    series,
                    label("chart.sectors.others"));
        }
        String description = label("chart.typology.description", label("whole.EMPLOYER"), shownCount(whole)) + " "
                + String.join(", ", parts) + ".";
        return shares("sectors", label("chart.sectors"), description, data, List.of(GREEN));
    }

    private ReportChart caseload() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int capacity = report.options().targets().capacityPerFte();
        boolean perFte = report.caseloads().stream().anyMatch(c -> c.perFte().isDefined());
        String series = label(perFte ? "caseload.per-fte" : "caseload");
        List<Boolean> over = new ArrayList<>();
        for (Caseload load : report.caseloads()) {
            String name = load.referent().map(Object::toString).getOrElse(label("unknown"));
            boolean masked = disclosure.masks(load.participants());
            BigDecimal value = perFte ? load.perFte().getOrNull() : BigDecimal.valueOf(load.participants());
            data.addValue(masked ? null : value, series, name);
            over.add(!masked && value != null && value.compareTo(BigDecimal.valueOf(capacity)) > 0);
        }
        JFreeChart chart =
                ChartFactory.createBarChart(null, null, series, data, PlotOrientation.HORIZONTAL, false, false, false);
        CategoryPlot plot = style(chart, List.of(BLUE), decimals());
        plot.setRenderer(new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return over.get(column) ? VERMILION : BLUE;
            }
        });
        bars((BarRenderer) plot.getRenderer(), PlotOrientation.HORIZONTAL, List.of(BLUE), decimals());
        ValueMarker marker = new ValueMarker(
                capacity,
                INK,
                new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        marker.setLabel(label("chart.caseload.capacity", capacity));
        marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        marker.setLabelPaint(INK);
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addRangeMarker(marker);
        // the capacity line is always in view, however far below it the caseloads are
        double highest = Math.max(capacity, data.getColumnCount() == 0 ? 0 : maxValue(data));
        ((NumberAxis) plot.getRangeAxis()).setRange(0, highest * 1.15);
        long overCount = over.stream().filter(b -> b).count();
        String description =
                label("chart.caseload.description", report.caseloads().size(), capacity, overCount);
        return chart(
                "caseload",
                label("chart.caseload"),
                description,
                chart,
                80 + 28 * report.caseloads().size());
    }

    private static double maxValue(DefaultCategoryDataset data) {
        double max = 0;
        for (int r = 0; r < data.getRowCount(); r++) {
            for (int c = 0; c < data.getColumnCount(); c++) {
                Number value = data.getValue(r, c);
                max = value == null ? max : Math.max(max, value.doubleValue());
            }
        }
        return max;
    }

    private ReportChart shares(
            String id, String title, String description, DefaultCategoryDataset data, List<Color> colours) {
        JFreeChart chart = ChartFactory.createBarChart(
                null, null, label("chart.axis.share"), data, PlotOrientation.HORIZONTAL, false, false, false);
        CategoryPlot plot = style(chart, colours, percentFormat());
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 115);
        int rows = Math.max(1, data.getColumnCount());
        return chart(id, title, description, chart, 90 + 30 * rows);
    }

    private boolean masked(Rate share) {
        return disclosure.masks(share.numerator()) || disclosure.masks(share.denominator());
    }

    private String shownCount(long count) {
        return disclosure.masks(count) ? disclosure.mask() : display.count(count);
    }

    /** Flat bars on white, thin grey grid lines, dark ink, values on the bars in the report's number format. */
    private CategoryPlot style(JFreeChart chart, List<Color> colours, NumberFormat valueFormat) {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        theme.setLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        theme.setShadowVisible(false);
        theme.setBarPainter(new StandardBarPainter());
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(GRID);
        theme.setAxisLabelPaint(INK);
        theme.setTickLabelPaint(INK);
        theme.setLegendItemPaint(INK);
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setNumberFormatOverride(NumberFormat.getNumberInstance(locale));
        CategoryAxis domain = plot.getDomainAxis();
        domain.setMaximumCategoryLabelLines(2);
        domain.setCategoryMargin(0.15);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        bars(renderer, plot.getOrientation(), colours, valueFormat);
        if (chart.getLegend() != null) {
            chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        return plot;
    }

    /** Shares and rates label their bars "36,5 %". */
    private NumberFormat percentFormat() {
        boolean french = !Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return new DecimalFormat(french ? "#,##0.#\u00a0'%'" : "#,##0.#'%'", DecimalFormatSymbols.getInstance(locale));
    }

    private NumberFormat decimals() {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format;
    }

    private void bars(BarRenderer renderer, PlotOrientation orientation, List<Color> colours, NumberFormat format) {
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.12);
        for (int i = 0; i < colours.size(); i++) {
            renderer.setSeriesPaint(i, colours.get(i));
        }
        if (format != null) {
            renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format));
            renderer.setDefaultItemLabelsVisible(true);
            renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            renderer.setDefaultItemLabelPaint(INK);
            renderer.setDefaultPositiveItemLabelPosition(
                    orientation == PlotOrientation.HORIZONTAL
                            ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
                            : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        }
    }

    private ReportChart chart(String id, String title, String description, JFreeChart chart, int height) {
        chart.setTitle((TextTitle) null);
        return new ReportChart(id, title, description, chart, height);
    }

    private String policyName() {
        return report.options().exitPolicyName().getOrElse("");
    }

    private String label(String key, Object... args) {
        return ReportTable.label(key, locale, args);
    }
}
