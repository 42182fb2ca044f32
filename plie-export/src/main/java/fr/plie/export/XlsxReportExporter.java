package fr.plie.export;

import fr.plie.reporting.indicator.IndicatorReport;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * XLSX with Apache POI: one sheet per {@link Section}, numbers as numeric cells (rates as fractions with a
 * percentage format, so Excel can compute with them), masked values as visible text.
 */
final class XlsxReportExporter implements ReportExporter {
    @Override
    public void write(IndicatorReport report, ExportSettings settings, OutputStream out) throws IOException {
        Locale locale = settings.locale();
        Disclosure disclosure = settings.disclosure();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Map<Section, Sheet> sheets = new EnumMap<>(Section.class);
            List<ReportRow> rows = ReportTable.rows(report, settings);
            for (ReportRow row : rows) {
                Sheet sheet = sheets.computeIfAbsent(row.section(), s -> newSheet(workbook, s, locale, styles));
                Row line = sheet.createRow(sheet.getLastRowNum() + 1);
                line.createCell(0).setCellValue(row.code());
                line.createCell(1).setCellValue(row.label());
                if (row.unit() == Unit.TEXT) {
                    continue;
                }
                line.createCell(2)
                        .setCellValue(
                                ReportTable.label("unit." + row.unit().name().toLowerCase(Locale.ROOT), locale));
                value(line.createCell(3), row, row.value(), row.masked(), disclosure, styles);
                value(line.createCell(4), row, row.women(), row.womenMasked(), disclosure, styles);
                value(line.createCell(5), row, row.men(), row.menMasked(), disclosure, styles);
                value(line.createCell(6), row, row.nonBinary(), row.nonBinaryMasked(), disclosure, styles);
                value(line.createCell(7), row, row.target(), false, disclosure, styles);
            }
            for (Sheet sheet : sheets.values()) {
                sheet.setColumnWidth(0, 34 * 256);
                sheet.setColumnWidth(1, 70 * 256);
                for (int c = 2; c <= 7; c++) {
                    sheet.setColumnWidth(c, 13 * 256);
                }
                sheet.createFreezePane(0, 1);
            }
            workbook.write(out);
        }
    }

    private static Sheet newSheet(XSSFWorkbook workbook, Section section, Locale locale, Styles styles) {
        Sheet sheet = workbook.createSheet(ReportTable.label("section." + section, locale));
        Row header = sheet.createRow(0);
        String[] columns = {"code", "label", "unit", "value", "women", "men", "non-binary", "target"};
        for (int c = 0; c < columns.length; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(ReportTable.label("column." + columns[c], locale));
            cell.setCellStyle(styles.header);
        }
        return sheet;
    }

    private static void value(
            Cell cell, ReportRow row, BigDecimal value, boolean masked, Disclosure disclosure, Styles styles) {
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
                switch (row.unit()) {
                    case PERCENT -> styles.percent;
                    case COUNT -> styles.count;
                    default -> styles.decimal;
                });
    }

    /** Cell styles are workbook-wide and limited in number: create each once. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle count;
        final CellStyle percent;
        final CellStyle decimal;
        final CellStyle masked;

        Styles(XSSFWorkbook workbook) {
            var formats = workbook.createDataFormat();
            header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            count = workbook.createCellStyle();
            count.setDataFormat(formats.getFormat("0"));
            percent = workbook.createCellStyle();
            percent.setDataFormat(formats.getFormat("0.0%"));
            decimal = workbook.createCellStyle();
            decimal.setDataFormat(formats.getFormat("0.00"));
            masked = workbook.createCellStyle();
            Font italic = workbook.createFont();
            italic.setItalic(true);
            masked.setFont(italic);
            masked.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
        }
    }
}
