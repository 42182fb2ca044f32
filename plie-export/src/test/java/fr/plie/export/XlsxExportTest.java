package fr.plie.export;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.reporting.indicator.Indicator;
import fr.plie.reporting.indicator.IndicatorGroup;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxExportTest {
    private static Workbook read(ExportSettings settings) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(ExportFixture.export(ReportExporters.xlsx(), settings)));
    }

    /** Value cells (column D) by code (column A), across every sheet. */
    private static Map<String, Cell> valuesByCode(Workbook workbook) {
        Map<String, Cell> cells = new HashMap<>();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(3) != null) {
                    cells.put(row.getCell(0).getStringCellValue(), row.getCell(3));
                }
            }
        }
        return cells;
    }

    @Test
    void there_is_one_sheet_per_indicator_group_named_in_french() throws IOException {
        try (Workbook workbook = read(ExportSettings.DEFAULT)) {
            for (IndicatorGroup group : IndicatorGroup.values()) {
                assertThat(workbook.getSheet(ReportTable.label("section." + group, ExportSettings.DEFAULT.locale())))
                        .as(group.name())
                        .isNotNull();
            }
            assertThat(workbook.getSheet("Sorties")).isNotNull();
            assertThat(workbook.getSheet("FSE+ réalisation")).isNotNull();
        }
    }

    @Test
    void counts_are_numeric_cells_equal_to_the_report() throws IOException {
        try (Workbook workbook = read(ExportSettings.DEFAULT)) {
            Map<String, Cell> cells = valuesByCode(workbook);
            for (Indicator indicator : Indicator.values()) {
                Cell cell = cells.get(indicator.code());
                assertThat(cell.getCellType()).as(indicator.code()).isEqualTo(CellType.NUMERIC);
                assertThat((long) cell.getNumericCellValue())
                        .as(indicator.code())
                        .isEqualTo(ExportFixture.REPORT.count(indicator));
            }
        }
    }

    @Test
    void rates_are_fractions_with_a_percentage_format_not_text() throws IOException {
        try (Workbook workbook = read(ExportSettings.DEFAULT)) {
            Cell rate = valuesByCode(workbook).get("rate.positive");

            assertThat(rate.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(rate.getNumericCellValue()).isEqualTo(0.6);
            assertThat(rate.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            Cell target = rate.getRow().getCell(7);
            assertThat(target.getNumericCellValue()).isEqualTo(0.5);
            assertThat(target.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        }
    }

    @Test
    void masked_cells_are_visible_text_in_a_published_workbook() throws IOException {
        try (Workbook workbook = read(ExportSettings.DEFAULT.withDisclosure(Disclosure.maskBelow(5)))) {
            Map<String, Cell> cells = valuesByCode(workbook);

            assertThat(cells.get("exits-administrative").getStringCellValue()).isEqualTo("< 5");
            assertThat(cells.get("exits").getNumericCellValue()).isEqualTo(10.0);
        }
    }
}
