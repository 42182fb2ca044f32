package fr.plie.adapter.json;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.reporting.indicator.IndicatorAccumulator;
import fr.plie.reporting.indicator.IndicatorReport;
import fr.plie.reporting.indicator.ReportingOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NDJSON imports: a bad line is reported with its number and the good lines are still read. */
class NdjsonTest {
    private final PlieJson json = PlieJson.create();
    private final String exited = json.writeAsString(PlieDocument.PARCOURS, Samples.exitedParcours());
    private final String active = json.writeAsString(PlieDocument.PARCOURS, Samples.activeParcours());

    private List<NdjsonLine<ParcoursDocument>> readAll(NdjsonReader<ParcoursDocument> reader) {
        try (reader) {
            return reader.stream().toList();
        }
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_bad_line_is_reported_with_its_line_number_and_the_good_lines_are_still_read() {
        String text = exited + "\n" + "{\"formatVersion\":\"1\"}\n\n" + active + "\r\n";
        List<NdjsonLine<ParcoursDocument>> lines = readAll(json.readNdjson(PlieDocument.PARCOURS, bytes(text)));
        assertThat(lines).extracting(NdjsonLine::line).containsExactly(1L, 2L, 4L);
        assertThat(lines.get(0).result().value().get()).isEqualTo(Samples.exitedParcours());
        assertThat(lines.get(1).result().errors())
                .hasSize(5)
                .allSatisfy(e -> assertThat(e.line()).isEqualTo(2))
                .allSatisfy(e -> assertThat(e.message()).contains("ligne 2"));
        assertThat(lines.get(2).result().value().get()).isEqualTo(Samples.activeParcours());
    }

    @Test
    void reading_can_stop_at_the_first_bad_line() {
        String text = exited + "\n" + "not json\n" + active + "\n";
        List<NdjsonLine<ParcoursDocument>> lines =
                readAll(json.readNdjson(PlieDocument.PARCOURS, bytes(text)).stopAtFirstError());
        assertThat(lines).extracting(NdjsonLine::line).containsExactly(1L, 2L);
        assertThat(lines.get(1).result().errors()).extracting(JsonError::code).containsExactly(JsonErrorCode.SYNTAX);
    }

    @Test
    void a_line_longer_than_the_document_limit_is_skipped_with_an_error_without_being_kept_in_memory() {
        PlieJson small =
                PlieJson.create(new PlieJacksonModule().withLimits(JsonLimits.DEFAULTS.withMaxDocumentLength(1000)));
        String huge = "{\"formatVersion\":\"1\",\"x\":\"" + "y".repeat(300_000) + "\"}";
        String text = huge + "\n" + "[]";
        List<NdjsonLine<ParcoursDocument>> lines = readAll(small.readNdjson(PlieDocument.PARCOURS, bytes(text)));
        assertThat(lines)
                .extracting(l -> l.result().errors().get(0).code())
                .containsExactly(JsonErrorCode.LIMIT_DOCUMENT_LENGTH, JsonErrorCode.VALUE_TYPE);
        assertThat(lines.get(1).line()).isEqualTo(2);
    }

    @Test
    void invalid_utf8_on_one_line_does_not_spoil_the_next() {
        byte[] good = active.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("{\"formatVersion\":\"\u00e9".getBytes(StandardCharsets.UTF_8));
        out.write(0xC3);
        out.write(0x28);
        out.writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(good);
        List<NdjsonLine<ParcoursDocument>> lines =
                readAll(json.readNdjson(PlieDocument.PARCOURS, new ByteArrayInputStream(out.toByteArray())));
        assertThat(lines.get(0).result().errors()).extracting(JsonError::code).containsExactly(JsonErrorCode.ENCODING);
        assertThat(lines.get(1).result().isValid()).isTrue();
    }

    @Test
    void ndjson_reads_from_characters_too() {
        List<NdjsonLine<ParcoursDocument>> lines =
                readAll(json.readNdjson(PlieDocument.PARCOURS, new StringReader(exited + "\n" + active)));
        assertThat(lines).allMatch(l -> l.result().isValid()).hasSize(2);
    }

    @Test
    void the_writer_puts_one_compact_document_per_line_and_counts_them() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (NdjsonWriter<ParcoursDocument> writer = json.writeNdjson(PlieDocument.PARCOURS, out)) {
            writer.write(Samples.exitedParcours()).write(Samples.activeParcours());
            assertThat(writer.written()).isEqualTo(2);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(exited + "\n" + active + "\n");
    }

    @Test
    void indicator_reports_stream_as_ndjson_one_month_per_line() {
        List<IndicatorReport> months = new java.util.ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            LocalDate start = LocalDate.of(2024, month, 1);
            ReportingPeriod period =
                    new ReportingPeriod(start, start.plusMonths(1).minusDays(1));
            IndicatorAccumulator accumulator = IndicatorAccumulator.empty(
                    period, ReportingOptions.asOf(period.to()).withDrillDown(month % 2 == 0));
            for (ParcoursDocument doc : List.of(Samples.exitedParcours(), Samples.activeParcours())) {
                accumulator.add(
                        doc.parcours(),
                        Samples.exitedParcours().participant().get().profile());
            }
            months.add(accumulator.report());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (NdjsonWriter<IndicatorReport> writer = json.writeNdjson(PlieDocument.INDICATOR_REPORT, out)) {
            months.forEach(writer::write);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(12);

        String withBadLine = text.replaceFirst("\"distinctOffers\":0", "\"distinctOffers\":-1");
        List<NdjsonLine<IndicatorReport>> lines;
        try (NdjsonReader<IndicatorReport> reader =
                json.readNdjson(PlieDocument.INDICATOR_REPORT, new StringReader(withBadLine))) {
            lines = reader.stream().toList();
        }
        assertThat(lines.get(0).result().errors())
                .extracting(e -> e.code().code() + "@" + e.pointer() + ":" + e.line())
                .containsExactly("value.range@/distinctOffers:1");
        assertThat(lines.subList(1, 12))
                .extracting(l -> l.result().value().get())
                .isEqualTo(months.subList(1, 12));
        assertThat(lines)
                .extracting(NdjsonLine::line)
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
    }
}
