package fr.plie.export;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.reporting.indicator.IndicatorReport;
import fr.plie.reporting.indicator.ReportingOptions;
import fr.plie.reporting.indicator.TenExits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class DrillDownCsvTest {
    @Test
    void a_coordinator_can_list_the_parcours_behind_a_figure_before_publishing_it() throws IOException {
        IndicatorReport report = TenExits.report(
                ReportingOptions.asOf(LocalDate.of(2025, 3, 31)).withDrillDown(true), TenExits.cohort());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ReportExporters.drillDownCsv().write(report, ExportSettings.DEFAULT, out);

        String text = new String(out.toByteArray(), StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))
                .getRecords();
        assertThat(records.stream()
                        .filter(r -> r.get("Code").equals("exits-administrative"))
                        .map(r -> r.get("Parcours")))
                .containsExactly("P07", "P08");
        assertThat(records.stream()
                        .filter(r -> r.get("Code").equals("job-cdd-over-6-months"))
                        .map(r -> r.get("Parcours")))
                .containsExactly("P02", "P03");
        assertThat(records.stream().filter(r -> r.get("Code").equals("exits"))).hasSize(10);
    }
}
