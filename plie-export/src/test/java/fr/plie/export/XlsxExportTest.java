package fr.plie.export;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.reporting.indicator.Indicator;
import fr.plie.reporting.indicator.IndicatorGroup;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
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
    void a_cover_sheet_comes_first_with_the_period_the_policy_and_the_targets() throws IOException {
        try (Workbook workbook = read(ExportSettings.DEFAULT)) {
            Sheet cover = workbook.getSheetAt(0);

            assertThat(cover.getSheetName()).isEqualTo("Couverture");
            assertThat(text(cover)).contains("du 1er janvier 2024 au 31 décembre 2024", "grand-amienois");
            Row positive = rowLabelled(cover, "Taux de sorties positives");
            assertThat(positive.getCell(1).getNumericCellValue()).isEqualTo(0.5);
            assertThat(positive.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(rowLabelled(cover, "Capacité par ETP").getCell(1).getNumericCellValue())
                    .isEqualTo(90.0);
        }
    }

    @Test
    void the_workbook_carries_native_charts_drawn_from_its_own_cells() throws IOException {
        try (XSSFWorkbook workbook = (XSSFWorkbook) read(ExportSettings.DEFAULT)) {
            Map<String, List<String>> titles = new HashMap<>();
            for (Sheet sheet : workbook) {
                XSSFDrawing drawing = ((XSSFSheet) sheet).getDrawingPatriarch();
                if (drawing != null) {
                    titles.put(
                            sheet.getSheetName(),
                            drawing.getCharts().stream()
                                    .map(c -> c.getTitleText().getString())
                                    .toList());
                }
            }
            assertThat(titles)
                    .containsEntry("Sorties", List.of("Taux de sorties et objectifs"))
                    .containsEntry(
                            "Typologies",
                            List.of(
                                    "Typologie des emplois",
                                    "Typologie des employeurs",
                                    "Secteurs d'activité des employeurs (sections NAF)"))
                    .containsEntry("Par mois", List.of("Entrées et sorties par mois"));
            XSSFChart rates = workbook.getSheet("Sorties")
                    .getDrawingPatriarch()
                    .getCharts()
                    .get(0);
            var achieved = rates.getChartSeries().get(0).getSeries(0);
            // the series reads the rates' value cells: 60 %, 50 %, 10 % of seed 004's cohort
            assertThat(achieved.getValuesData().getDataRangeReference()).startsWith("Sorties!$D$");
            assertThat(achieved.getValuesData().getPointCount()).isEqualTo(3);
        }
    }

    @Test
    void header_rows_are_frozen_and_shares_are_percentages_beside_their_counts() throws IOException {
        try (Workbook workbook = read(ExportSettings.DEFAULT)) {
            Sheet typologies = workbook.getSheet("Typologies");

            assertThat(typologies.getPaneInformation().isFreezePane()).isTrue();
            assertThat(typologies.getPaneInformation().getHorizontalSplitPosition())
                    .isEqualTo((short) 1);
            assertThat(typologies.getColumnWidth(1)).isGreaterThan(typologies.getColumnWidth(3));
            Row cdi = rowLabelled(typologies, "Emploi en CDI");
            assertThat(cdi.getCell(3).getNumericCellValue()).isEqualTo(1.0);
            assertThat(cdi.getCell(8).getNumericCellValue()).isEqualTo(0.2);
            assertThat(cdi.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        }
    }

    private static Row rowLabelled(Sheet sheet, String label) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING
                        && cell.getStringCellValue().equals(label)) {
                    return row;
                }
            }
        }
        throw new AssertionError("no row labelled " + label + " in " + sheet.getSheetName());
    }

    private static String text(Sheet sheet) {
        StringBuilder all = new StringBuilder();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    all.append(cell.getStringCellValue()).append('\n');
                }
            }
        }
        return all.toString();
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
