package fr.plie.export;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.reporting.indicator.Indicator;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvExportTest {
    private static List<CSVRecord> read(String text, char delimiter) throws IOException {
        return CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))
                .getRecords();
    }

    private static Map<String, CSVRecord> byCode(List<CSVRecord> records, String codeColumn) {
        return records.stream().collect(Collectors.toMap(r -> r.get(codeColumn), Function.identity(), (a, b) -> a));
    }

    @Test
    void the_default_csv_opens_in_french_excel_utf8_bom_semicolons_and_french_headers() throws IOException {
        byte[] bytes = ExportFixture.export(ReportExporters.csv(), ExportSettings.DEFAULT);

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text.lines().findFirst())
                .contains("Rubrique;Code;Libellé;Unité;Valeur;Femmes;Hommes;Non binaires;Cible;Part");
    }

    @Test
    void read_back_the_csv_gives_the_report_figures_with_french_decimal_commas() throws IOException {
        String text = new String(
                        ExportFixture.export(ReportExporters.csv(), ExportSettings.DEFAULT), StandardCharsets.UTF_8)
                .substring(1);
        Map<String, CSVRecord> rows = byCode(read(text, ';'), "Code");

        for (Indicator indicator : Indicator.values()) {
            assertThat(Long.parseLong(rows.get(indicator.code()).get("Valeur")))
                    .as(indicator.code())
                    .isEqualTo(ExportFixture.REPORT.count(indicator));
        }
        assertThat(rows.get("exits").get("Libellé")).isEqualTo("Sorties prononcées");
        assertThat(rows.get("exits").get("Femmes")).isEqualTo("10");
        assertThat(rows.get("rate.positive").get("Valeur")).isEqualTo("60");
        assertThat(rows.get("rate.positive").get("Unité")).isEqualTo("%");
        assertThat(rows.get("rate.employment").get("Cible")).isEqualTo("42");
        assertThat(rows.get("median.parcours-length").get("Valeur")).isEqualTo("276");
    }

    @Test
    void each_typology_part_carries_its_share_and_the_whole_it_is_a_share_of_is_stated() throws IOException {
        String text = new String(
                        ExportFixture.export(ReportExporters.csv(), ExportSettings.DEFAULT), StandardCharsets.UTF_8)
                .substring(1);
        Map<String, CSVRecord> rows = byCode(read(text, ';'), "Code");

        // five employment exits: CDI 1, CDD over 6 months 2 (seed 003's "Typologie des emplois créés")
        assertThat(rows.get("job-cdi").get("Part")).isEqualTo("20");
        assertThat(rows.get("job-cdd-over-6-months").get("Part")).isEqualTo("40");
        assertThat(rows.get("whole/job").get("Valeur")).isEqualTo("5");
        assertThat(rows.get("whole/job").get("Libellé"))
                .isEqualTo("Base des parts : sorties positives en emploi (création incluse)");
        assertThat(rows.get("employer-private").get("Part")).isEqualTo("50");
        assertThat(rows.get("whole/employer").get("Valeur")).isEqualTo("4");
        assertThat(rows.get("sector/Commerce").get("Libellé")).isEqualTo("Secteur : Commerce (libellé saisi)");
        assertThat(rows.get("sector/Commerce").get("Part")).isEqualTo("100");
        assertThat(rows.get("exits").get("Part")).isEmpty();
    }

    @Test
    void in_english_with_commas_on_request() throws IOException {
        byte[] bytes = ExportFixture.export(ReportExporters.csv(',', false), ExportSettings.DEFAULT.inEnglish());

        assertThat(bytes[0]).isEqualTo((byte) 'S');
        Map<String, CSVRecord> rows = byCode(read(new String(bytes, StandardCharsets.UTF_8), ','), "Code");
        assertThat(rows.get("exits").get("Label")).isEqualTo("Exits pronounced");
        assertThat(rows.get("rate.training").get("Value")).isEqualTo("10");
    }

    @Test
    void masked_counts_show_the_mask_in_the_csv() throws IOException {
        String text = new String(
                        ExportFixture.export(
                                ReportExporters.csv(), ExportSettings.DEFAULT.withDisclosure(Disclosure.maskBelow(5))),
                        StandardCharsets.UTF_8)
                .substring(1);
        Map<String, CSVRecord> rows = byCode(read(text, ';'), "Code");

        assertThat(rows.get("exits").get("Valeur")).isEqualTo("10");
        assertThat(rows.get("exits-positive-training").get("Valeur")).isEqualTo("< 5");
        assertThat(rows.get("exit-death").get("Valeur")).isEqualTo("0");
        assertThat(rows.get("rate.training").get("Valeur")).isEqualTo("< 5");
        assertThat(rows.get("masked").get("Libellé")).contains("1 à 4").contains("< 5");
    }
}
