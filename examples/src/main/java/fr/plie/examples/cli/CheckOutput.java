package fr.plie.examples.cli;

import fr.plie.examples.cli.PlieCommand.ProcessingException;
import fr.plie.rules.audit.AuditFinding;
import fr.plie.rules.audit.AuditReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The ESF control of {@code plie check} as a table, one row a finding (list, parcours, verdict, recorded category
 * and date, the rules' outcome and date, missing evidence, reason), then the totals: CSV (two blocks), XLSX (two
 * sheets) or JSON (one object). Pseudonymous ids, codes and dates only.
 */
final class CheckOutput {
    private static final List<String> COLUMNS = List.of(
            "list", "parcours", "verdict", "recorded", "exit-date", "outcome", "rules-date", "evidence", "reason");
    private static final List<String> TOTALS = List.of(
            "parcours",
            "exits-recorded",
            "positive-recorded",
            "supported",
            "unsupported",
            "not-proposed",
            "evidence-lacking");

    private CheckOutput() {}

    static byte[] render(AuditReport report, String format, Locale locale) {
        try {
            return switch (format) {
                case "json" -> json(report, locale);
                case "xlsx" -> xlsx(report, locale);
                default -> csv(report, locale);
            };
        } catch (IOException e) {
            throw new ProcessingException(e.getMessage(), e);
        }
    }

    private static List<String> header(List<String> keys, String prefix, Locale locale) {
        return keys.stream().map(k -> Texts.get(locale, prefix + k)).toList();
    }

    private static List<String> row(AuditFinding f, Locale locale) {
        return List.of(
                AuditFinding.title(f.kind(), locale),
                f.parcours().value(),
                f.verdict().name(),
                f.recordedCategory().map(Enum::name).getOrElse(""),
                f.exitDate().map(LocalDate::toString).getOrElse(""),
                f.outcome().name(),
                f.pronounceableFrom().map(LocalDate::toString).getOrElse(""),
                String.join(
                        " ",
                        f.missingEvidence().stream().sorted().map(Enum::name).toList()),
                f.reason(locale));
    }

    private static List<Long> totals(AuditReport.Totals t) {
        return List.of(
                t.parcours(),
                t.exitsRecorded(),
                t.positiveRecorded(),
                t.supported(),
                t.unsupported(),
                t.notProposed(),
                t.evidenceLacking());
    }

    private static byte[] csv(AuditReport report, Locale locale) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter csv = new CSVPrinter(
                new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            csv.printRecord(header(COLUMNS, "check.column.", locale));
            for (AuditFinding f : report.findings()) {
                csv.printRecord(row(f, locale));
            }
            csv.println();
            csv.printRecord(Texts.get(locale, "check.column.total"), Texts.get(locale, "check.column.count"));
            List<String> names = header(TOTALS, "check.total.", locale);
            List<Long> values = totals(report.totals());
            for (int i = 0; i < names.size(); i++) {
                csv.printRecord(names.get(i), values.get(i));
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] xlsx(AuditReport report, Locale locale) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet findings = book.createSheet(Texts.get(locale, "check.sheet.findings"));
            write(findings.createRow(0), header(COLUMNS, "check.column.", locale));
            int r = 1;
            for (AuditFinding f : report.findings()) {
                write(findings.createRow(r++), row(f, locale));
            }
            Sheet totals = book.createSheet(Texts.get(locale, "check.sheet.totals"));
            List<String> names = header(TOTALS, "check.total.", locale);
            List<Long> values = totals(report.totals());
            for (int i = 0; i < names.size(); i++) {
                Row row = totals.createRow(i);
                row.createCell(0).setCellValue(names.get(i));
                row.createCell(1).setCellValue(values.get(i));
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            book.write(bytes);
            return bytes.toByteArray();
        }
    }

    private static void write(Row row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            row.createCell(c).setCellValue(cells.get(c));
        }
    }

    private static byte[] json(AuditReport report, Locale locale) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("asOf", report.asOf().toString());
        root.put("policy", report.policy());
        Map<String, Long> totals = new LinkedHashMap<>();
        List<Long> values = totals(report.totals());
        for (int i = 0; i < TOTALS.size(); i++) {
            totals.put(JsonOutput.camelCase(TOTALS.get(i)), values.get(i));
        }
        root.put("totals", totals);
        List<Map<String, Object>> findings = new ArrayList<>();
        for (AuditFinding f : report.findings()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("kind", f.kind().name());
            line.put("parcoursId", f.parcours().value());
            line.put("verdict", f.verdict().name());
            line.put("recordedCategory", f.recordedCategory().map(Enum::name).getOrNull());
            line.put("exitDate", f.exitDate().map(LocalDate::toString).getOrNull());
            line.put("outcome", f.outcome().name());
            line.put("rulesDate", f.pronounceableFrom().map(LocalDate::toString).getOrNull());
            line.put(
                    "missingEvidence",
                    f.missingEvidence().stream().sorted().map(Enum::name).toList());
            line.put("reason", f.reason(locale));
            findings.add(line);
        }
        root.put("findings", findings);
        return (Inputs.JSON.mapper().writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
