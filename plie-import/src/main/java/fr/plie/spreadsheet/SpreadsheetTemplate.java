package fr.plie.spreadsheet;

import fr.plie.core.internal.MessageBundle;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The empty XLSX a PLIE fills (or compares its tool's export with): a first sheet whose header row holds the
 * mapping's column titles, ready for data, and a second sheet explaining each column (field, required, accepted
 * codes, what it holds). Every text cell passes through {@link FormulaGuard}.
 */
public final class SpreadsheetTemplate {
    private SpreadsheetTemplate() {}

    /** The titles of the explanation sheet's columns. */
    static List<String> explanationHeader(Locale locale) {
        return MessageBundle.isEnglish(locale)
                ? List.of("Column", "plie field", "Required", "Codes", "What it holds")
                : List.of("Colonne", "Champ plie", "Obligatoire", "Codes", "Contenu");
    }

    /**
     * Writes the template of {@code mapping} to {@code out} (which stays open).
     *
     * @param mapping the column mapping
     * @param locale the language of the explanations
     * @param out where to write
     * @throws java.io.IOException if writing fails
     */
    public static void write(ColumnMapping mapping, Locale locale, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet data = book.createSheet(mapping.sheet().getOrElse("Parcours"));
            Row header = data.createRow(0);
            for (int i = 0; i < mapping.columns().size(); i++) {
                var cell = header.createCell(i);
                cell.setCellValue(
                        FormulaGuard.neutralise(mapping.columns().get(i).header()));
                cell.setCellStyle(bold);
                data.setColumnWidth(i, 20 * 256);
            }
            data.createFreezePane(0, 1);
            Sheet help = book.createSheet(MessageBundle.isEnglish(locale) ? "Columns" : "Colonnes");
            Row titles = help.createRow(0);
            List<String> names = explanationHeader(locale);
            for (int i = 0; i < names.size(); i++) {
                titles.createCell(i).setCellValue(names.get(i));
                titles.getCell(i).setCellStyle(bold);
            }
            for (int r = 0; r < mapping.columns().size(); r++) {
                List<String> line = explanation(mapping.columns().get(r), locale);
                Row row = help.createRow(r + 1);
                for (int i = 0; i < line.size(); i++) {
                    row.createCell(i).setCellValue(FormulaGuard.neutralise(line.get(i)));
                }
            }
            help.setColumnWidth(0, 32 * 256);
            help.setColumnWidth(1, 32 * 256);
            help.setColumnWidth(3, 40 * 256);
            help.setColumnWidth(4, 80 * 256);
            book.write(out);
        }
    }

    /** One line of the explanation sheet. */
    static List<String> explanation(ColumnMapping.Column c, Locale locale) {
        boolean english = MessageBundle.isEnglish(locale);
        String required = c.field().required() ? (english ? "yes" : "oui") : (english ? "no" : "non");
        String codes = c.codes().isEmpty()
                ? String.join(", ", c.field().type().constants())
                : String.join(
                        ", ",
                        c.codes().entrySet().stream()
                                .sorted(java.util.Map.Entry.comparingByKey())
                                .map(e -> e.getKey() + "=" + e.getValue())
                                .toList());
        return List.of(c.header(), c.field().key(), required, codes, c.help());
    }
}
