package fr.plie.export;

import fr.plie.reporting.indicator.BreakdownRow;
import fr.plie.reporting.indicator.Dimension;
import fr.plie.reporting.indicator.IndicatorReport;
import fr.plie.reporting.indicator.Targets;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * XLSX with Apache POI: a cover sheet (period, data date, policy, targets), then one sheet per {@link Section}
 * and a sheet of the months; numbers as numeric cells (rates and shares as fractions with a percentage format,
 * so Excel can compute with them), masked values as visible text, header rows frozen, and native Excel charts
 * drawn from the cells themselves ({@link XlsxCharts}).
 */
final class XlsxReportExporter implements ReportExporter {
    static final int CODE = 0;
    static final int LABEL = 1;
    static final int VALUE = 3;
    static final int TARGET = 7;
    static final int SHARE = 8;
    private static final String[] COLUMNS = {
        "code", "label", "unit", "value", "women", "men", "non-binary", "target", "share"
    };

    @Override
    public void write(IndicatorReport report, ExportSettings settings, OutputStream out) throws IOException {
        Locale locale = settings.locale();
        Disclosure disclosure = settings.disclosure();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XlsxStyles styles = new XlsxStyles(workbook);
            cover(workbook, report, settings, styles);
            Map<Section, XSSFSheet> sheets = new EnumMap<>(Section.class);
            Map<String, Integer> rowOf = new HashMap<>();
            for (ReportRow row : ReportTable.rows(report, settings)) {
                XSSFSheet sheet = sheets.computeIfAbsent(row.section(), s -> newSheet(workbook, s, locale, styles));
                Row line = sheet.createRow(sheet.getLastRowNum() + 1);
                rowOf.put(row.code(), line.getRowNum());
                line.createCell(CODE).setCellValue(row.code());
                line.createCell(LABEL).setCellValue(row.label());
                if (row.unit() == Unit.TEXT) {
                    continue;
                }
                line.createCell(2)
                        .setCellValue(
                                ReportTable.label("unit." + row.unit().name().toLowerCase(Locale.ROOT), locale));
                value(line.createCell(VALUE), row.unit(), row.value(), row.masked(), disclosure, styles);
                value(line.createCell(4), row.unit(), row.women(), row.womenMasked(), disclosure, styles);
                value(line.createCell(5), row.unit(), row.men(), row.menMasked(), disclosure, styles);
                value(line.createCell(6), row.unit(), row.nonBinary(), row.nonBinaryMasked(), disclosure, styles);
                value(line.createCell(TARGET), row.unit(), row.target(), false, disclosure, styles);
                if (row.share() != null || row.shareMasked()) {
                    value(line.createCell(SHARE), Unit.PERCENT, row.share(), row.shareMasked(), disclosure, styles);
                }
            }
            for (Sheet sheet : sheets.values()) {
                sheet.setColumnWidth(CODE, 30 * 256);
                sheet.setColumnWidth(LABEL, 64 * 256);
                for (int c = 2; c < COLUMNS.length; c++) {
                    sheet.setColumnWidth(c, 12 * 256);
                }
                sheet.createFreezePane(0, 1);
            }
            XSSFSheet months = months(workbook, report, settings, styles);
            XlsxCharts charts = new XlsxCharts(locale);
            charts.rates(sheets.get(Section.EXITS), rowOf);
            charts.typologies(sheets.get(Section.TYPOLOGY), rowOf, report);
            charts.months(months, report.breakdown(Dimension.MONTH).size());
            workbook.write(out);
        }
    }

    private static void cover(
            XSSFWorkbook workbook, IndicatorReport report, ExportSettings settings, XlsxStyles styles) {
        Locale locale = settings.locale();
        Display display = new Display(locale);
        XSSFSheet sheet = workbook.createSheet(ReportTable.label("xlsx.cover", locale));
        sheet.setColumnWidth(0, 58 * 256);
        sheet.setColumnWidth(1, 22 * 256);
        Cell title = sheet.createRow(0).createCell(0);
        title.setCellValue(ReportTable.label(
                "title",
                locale,
                display.date(report.period().from()),
                display.date(report.period().to())));
        title.setCellStyle(styles.title);
        text(sheet, 2, "xlsx.period", display.period(report.period()), locale, styles);
        text(sheet, 3, "xlsx.as-of", display.date(report.options().asOf()), locale, styles);
        text(
                sheet,
                4,
                "xlsx.policy",
                report.options().exitPolicyName().getOrElse(ReportTable.label("xlsx.no-policy", locale)),
                locale,
                styles);
        Disclosure disclosure = settings.disclosure();
        text(
                sheet,
                5,
                "xlsx.disclosure",
                disclosure.threshold() > 1
                        ? ReportTable.label("masked", locale, disclosure.threshold() - 1, disclosure.threshold())
                        : ReportTable.label("xlsx.no-mask", locale),
                locale,
                styles);
        Row header = sheet.createRow(7);
        header.createCell(0).setCellValue(ReportTable.label("html.objectives", locale));
        header.getCell(0).setCellStyle(styles.header);
        header.createCell(1).setCellValue(ReportTable.label("html.objective", locale));
        header.getCell(1).setCellStyle(styles.header);
        Targets targets = report.options().targets();
        int r = 8;
        r = target(
                sheet,
                r,
                "rate.positive",
                Unit.PERCENT,
                targets.positiveExitRate().getOrNull(),
                locale,
                styles);
        r = target(
                sheet,
                r,
                "rate.employment",
                Unit.PERCENT,
                targets.employmentExitRate().getOrNull(),
                locale,
                styles);
        r = target(
                sheet,
                r,
                "rate.training",
                Unit.PERCENT,
                targets.trainingExitRate().getOrNull(),
                locale,
                styles);
        r = target(
                sheet,
                r,
                "protocol-participants",
                Unit.COUNT,
                targets.protocolParticipants().map(BigDecimal::valueOf).getOrNull(),
                locale,
                styles);
        r = target(
                sheet,
                r,
                "first-receptions",
                Unit.COUNT,
                targets.firstReceptions().map(BigDecimal::valueOf).getOrNull(),
                locale,
                styles);
        r = target(
                sheet,
                r,
                "caseload.capacity",
                Unit.COUNT,
                BigDecimal.valueOf(targets.capacityPerFte()),
                locale,
                styles);
        sheet.createRow(r + 1).createCell(0).setCellValue(ReportTable.label("html.eu", locale));
        sheet.createRow(r + 2).createCell(0).setCellValue(ReportTable.label("html.eu.detail", locale));
    }

    private static void text(Sheet sheet, int r, String key, String value, Locale locale, XlsxStyles styles) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(ReportTable.label(key, locale));
        row.getCell(0).setCellStyle(styles.header);
        row.createCell(1).setCellValue(value);
    }

    private static int target(
            Sheet sheet, int r, String key, Unit unit, BigDecimal value, Locale locale, XlsxStyles styles) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(ReportTable.label(key, locale));
        Cell cell = row.createCell(1);
        if (value == null) {
            cell.setCellValue(ReportTable.label("html.no-target", locale));
        } else {
            value(cell, unit, value, false, Disclosure.NONE, styles);
        }
        return r + 1;
    }

    /** Entries, exits and positive exits month by month: the data of the month chart, one row a month. */
    private static XSSFSheet months(
            XSSFWorkbook workbook, IndicatorReport report, ExportSettings settings, XlsxStyles styles) {
        Locale locale = settings.locale();
        XSSFSheet sheet = workbook.createSheet(ReportTable.label("xlsx.months", locale));
        Row header = sheet.createRow(0);
        String[] columns = {
            "dimension.MONTH", "column.active", "column.entries", "column.exits", "column.positive-exits"
        };
        for (int c = 0; c < columns.length; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(ReportTable.label(columns[c], locale));
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(c, (c == 0 ? 12 : 16) * 256);
        }
        List<BreakdownRow> months = report.breakdown(Dimension.MONTH);
        for (BreakdownRow month : months) {
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            row.createCell(0).setCellValue(month.key());
            long[] values = {month.active(), month.entries(), month.exits(), month.positiveExits()};
            for (int c = 0; c < values.length; c++) {
                value(
                        row.createCell(c + 1),
                        Unit.COUNT,
                        BigDecimal.valueOf(values[c]),
                        settings.disclosure().masks(values[c]),
                        settings.disclosure(),
                        styles);
            }
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static XSSFSheet newSheet(XSSFWorkbook workbook, Section section, Locale locale, XlsxStyles styles) {
        XSSFSheet sheet = workbook.createSheet(ReportTable.label("section." + section, locale));
        Row header = sheet.createRow(0);
        for (int c = 0; c < COLUMNS.length; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(ReportTable.label("column." + COLUMNS[c], locale));
            cell.setCellStyle(styles.header);
        }
        return sheet;
    }

    private static void value(
            Cell cell, Unit unit, BigDecimal value, boolean masked, Disclosure disclosure, XlsxStyles styles) {
        if (masked) {
            cell.setCellValue(disclosure.mask());
            cell.setCellStyle(styles.masked);
            return;
        }
        if (value == null) {
            cell.setBlank();
            return;
        }
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(
                switch (unit) {
                    case PERCENT -> styles.percent;
                    case COUNT -> styles.count;
                    default -> styles.decimal;
                });
    }
}
