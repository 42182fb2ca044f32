package fr.plie.export;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.fixture.ProfileFixture;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.core.step.StepDetail;
import fr.plie.reporting.indicator.IndicatorAccumulator;
import fr.plie.reporting.indicator.IndicatorReport;
import fr.plie.reporting.indicator.ReportingOptions;
import fr.plie.spreadsheet.FormulaGuard;
import io.vavr.control.Option;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Text that comes from users (an operator's name, typed in another tool) and that a spreadsheet would run as a
 * formula (CSV injection): the CSV export neutralises it, the XLSX export writes it as a text cell.
 */
class FormulaCellsTest {
    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://x\")", "+SUM(1;1)", "-2+3", "@cmd");

    private static IndicatorReport report() {
        ParcoursFixture fixture = ParcoursFixture.enteredOn("PAR-F", LocalDate.of(2024, 2, 5));
        Parcours p = fixture.build();
        List<fr.plie.core.step.Step> steps = new ArrayList<>();
        for (int i = 0; i < HOSTILE.size(); i++) {
            steps.add(fr.plie.core.step.Step.of(
                            fr.plie.core.step.StepId.of("S" + i),
                            LocalDate.of(2024, 3, 1),
                            new StepDetail.Mobilisation())
                    .withOperator(HOSTILE.get(i)));
        }
        Parcours withOperators = p.withSteps(steps).withExit(Option.none());
        IndicatorAccumulator accumulator = IndicatorAccumulator.empty(
                ReportingPeriod.year(2024), ReportingOptions.asOf(LocalDate.of(2025, 1, 31)));
        accumulator.add(withOperators, ProfileFixture.longTermJobSeeker().build());
        return accumulator.report();
    }

    @Test
    void no_csv_cell_starts_like_a_formula_although_operators_are_named_so() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportExporters.csv().write(report(), ExportSettings.DEFAULT, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        List<String> cells = new ArrayList<>();
        CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .get()
                .parse(new StringReader(csv))
                .forEach(r -> r.forEach(cells::add));
        assertThat(cells).noneMatch(cell -> !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0);
        for (String hostile : HOSTILE) {
            assertThat(cells).anyMatch(cell -> cell.contains(hostile));
        }
    }

    @Test
    void the_guard_quotes_exactly_what_a_spreadsheet_would_run() {
        assertThat(FormulaGuard.neutralise("=1+1")).isEqualTo("'=1+1");
        assertThat(FormulaGuard.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(FormulaGuard.neutralise("+33 6 12")).isEqualTo("'+33 6 12");
        assertThat(FormulaGuard.neutralise("-x")).isEqualTo("'-x");
        assertThat(FormulaGuard.neutralise("\tcmd")).isEqualTo("'\tcmd");
        assertThat(FormulaGuard.neutralise("Opérateur =X")).isEqualTo("Opérateur =X");
        assertThat(FormulaGuard.neutralise("")).isEmpty();
    }

    @Test
    void the_xlsx_export_writes_formula_like_text_as_text_cells_never_as_formulas() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportExporters.xlsx().write(report(), ExportSettings.DEFAULT, out);
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING) {
                            texts.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        for (String hostile : HOSTILE) {
            assertThat(texts).anyMatch(text -> text.contains(hostile));
        }
    }
}
