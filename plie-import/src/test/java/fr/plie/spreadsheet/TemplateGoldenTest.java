package fr.plie.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The template of the default mapping, cell by cell, against its golden file: a change of a column, a code or an
 * explanation shows in review. (The XLSX bytes carry a creation date, so the golden file holds the cells.)
 */
class TemplateGoldenTest {
    static String cells(byte[] xlsx) throws IOException {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : book) {
                text.append("## ").append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    StringBuilder line = new StringBuilder();
                    for (Cell cell : row) {
                        line.append(line.isEmpty() ? "" : " | ").append(cell.getStringCellValue());
                    }
                    text.append(line).append('\n');
                }
            }
        }
        return text.toString();
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = TemplateGoldenTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void the_french_template_of_the_default_mapping_is_the_golden_one() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SpreadsheetTemplate.write(ColumnMapping.defaults(), Locale.FRENCH, out);
        assertThat(cells(out.toByteArray())).isEqualTo(golden("template.golden.txt"));
    }

    @Test
    void the_template_read_back_as_a_file_to_import_has_every_column_and_no_row() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SpreadsheetTemplate.write(ColumnMapping.defaults(), Locale.FRENCH, out);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("modele", ".xlsx");
        try {
            java.nio.file.Files.write(file, out.toByteArray());
            java.util.List<RejectedRows> rejected = new java.util.ArrayList<>();
            SpreadsheetImport.Summary summary =
                    SpreadsheetImport.of(ColumnMapping.defaults()).read(file, p -> {}, rejected::add);
            assertThat(rejected).isEmpty();
            assertThat(summary.rows()).isZero();
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    @Test
    void the_default_mapping_has_a_code_for_every_value_of_its_coded_fields() {
        // otherwise a parcours holding that value could not be written and read back with it
        for (ColumnMapping.Column c : ColumnMapping.defaults().columns()) {
            if (!c.codes().isEmpty()) {
                assertThat(c.codes().values())
                        .as(c.field().key())
                        .containsAll(c.field().type().constants());
            }
        }
    }
}
