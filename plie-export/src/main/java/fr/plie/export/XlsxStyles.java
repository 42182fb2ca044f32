package fr.plie.export;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The workbook's cell styles; styles are workbook-wide and limited in number, so each is created once. */
final class XlsxStyles {
    final CellStyle title;
    final CellStyle header;
    final CellStyle count;
    final CellStyle percent;
    final CellStyle decimal;
    final CellStyle masked;

    XlsxStyles(XSSFWorkbook workbook) {
        var formats = workbook.createDataFormat();
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        title = workbook.createCellStyle();
        title.setFont(big);
        header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        count = workbook.createCellStyle();
        count.setDataFormat(formats.getFormat("#,##0"));
        percent = workbook.createCellStyle();
        percent.setDataFormat(formats.getFormat("0.0%"));
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(formats.getFormat("#,##0.00"));
        masked = workbook.createCellStyle();
        Font italic = workbook.createFont();
        italic.setItalic(true);
        masked.setFont(italic);
        masked.setAlignment(HorizontalAlignment.RIGHT);
    }
}
