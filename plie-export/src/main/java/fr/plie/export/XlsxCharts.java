package fr.plie.export;

import fr.plie.reporting.indicator.Indicator;
import fr.plie.reporting.indicator.IndicatorReport;
import fr.plie.reporting.indicator.Typology;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Native Excel charts (POI's XDDF API) that read the workbook's own cells, so they follow any correction made in
 * Excel: exit rates against targets, the typologies as shares, entries and exits by month. Same palette as the
 * HTML report's charts.
 */
final class XlsxCharts {
    private static final int CHART_COLUMN = 10;

    private final Locale locale;

    XlsxCharts(Locale locale) {
        this.locale = locale;
    }

    /** The three rates (column D) beside their targets (column H), on the exits sheet. */
    void rates(XSSFSheet sheet, Map<String, Integer> rowOf) {
        int first = rowOf.get("rate.positive");
        int last = rowOf.get("rate.training");
        XDDFBarChartData data = bars(sheet, label("chart.rates"), 1, 20, "0%");
        series(data, sheet, first, last, XlsxReportExporter.VALUE, label("chart.rates.achieved"), ReportCharts.BLUE);
        series(data, sheet, first, last, XlsxReportExporter.TARGET, label("chart.rates.target"), ReportCharts.ORANGE);
        plot(data);
    }

    /** The shares (column I) of the job typology, the employers and the sectors, on the typologies sheet. */
    void typologies(XSSFSheet sheet, Map<String, Integer> rowOf, IndicatorReport report) {
        int top = 1;
        top = typology(sheet, rowOf, Typology.JOB, "chart.jobs", top);
        top = typology(sheet, rowOf, Typology.EMPLOYER, "chart.employers", top);
        if (!report.sectors().isEmpty()) {
            int first = rowOf.get("sector/" + report.sectors().get(0).sector());
            int last = rowOf.get("sector/"
                    + report.sectors().get(report.sectors().size() - 1).sector());
            XDDFBarChartData data = bars(sheet, label("chart.sectors"), top, top + 18, "0%");
            data.setBarDirection(BarDirection.BAR);
            series(data, sheet, first, last, XlsxReportExporter.SHARE, label("chart.share"), ReportCharts.GREEN);
            plot(data);
        }
    }

    private int typology(XSSFSheet sheet, Map<String, Integer> rowOf, Typology typology, String title, int top) {
        List<Indicator> parts = typology.parts();
        int first = rowOf.get(parts.get(0).code());
        int last = rowOf.get(parts.get(parts.size() - 1).code());
        XDDFBarChartData data = bars(sheet, label(title), top, top + 16, "0%");
        data.setBarDirection(BarDirection.BAR);
        series(data, sheet, first, last, XlsxReportExporter.SHARE, label("chart.share"), ReportCharts.BLUE);
        plot(data);
        return top + 18;
    }

    /** Entries (column C) and exits (column D) of each month, on the months sheet. */
    void months(XSSFSheet sheet, int count) {
        XDDFBarChartData data = bars(sheet, label("chart.months.month"), 1, 22, "0");
        series(data, sheet, 1, count, 2, label("column.entries"), ReportCharts.BLUE);
        series(data, sheet, 1, count, 3, label("column.exits"), ReportCharts.ORANGE);
        plot(data);
    }

    private XDDFBarChartData bars(XSSFSheet sheet, String title, int top, int bottom, String format) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, CHART_COLUMN, top, CHART_COLUMN + 9, bottom);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setNumberFormat(format);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        charts.put(data, chart);
        return data;
    }

    private final Map<XDDFBarChartData, XSSFChart> charts = new java.util.IdentityHashMap<>();

    private static void series(
            XDDFBarChartData data, XSSFSheet sheet, int first, int last, int column, String name, Color colour) {
        var categories = XDDFDataSourcesFactory.fromStringCellRange(
                sheet, new CellRangeAddress(first, last, categoryColumn(sheet), categoryColumn(sheet)));
        var values =
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, column, column));
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(categories, values);
        series.setTitle(name, null);
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(
                new byte[] {(byte) colour.getRed(), (byte) colour.getGreen(), (byte) colour.getBlue()})));
    }

    /** Labels are in column B on the section sheets, the month in column A on the months sheet. */
    private static int categoryColumn(XSSFSheet sheet) {
        return sheet.getRow(0).getLastCellNum() > 5 ? XlsxReportExporter.LABEL : 0;
    }

    private void plot(XDDFBarChartData data) {
        charts.remove(data).plot(data);
    }

    private String label(String key) {
        return ReportTable.label(key, locale);
    }
}
