package fr.plie.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test files in the default mapping's layout: the header and rows given as semicolon-separated text. */
final class Sheets {
    static final String HEADER = String.join(
            ";",
            ColumnMapping.defaults().columns().stream()
                    .map(ColumnMapping.Column::header)
                    .toList());

    private Sheets() {}

    /** A row of the default layout from {@code field=value} pairs, the other cells empty. */
    static String row(String... pairs) {
        List<String> cells = new ArrayList<>();
        for (ColumnMapping.Column c : ColumnMapping.defaults().columns()) {
            String value = "";
            for (String pair : pairs) {
                if (pair.startsWith(c.field().key() + "=")) {
                    value = pair.substring(c.field().key().length() + 1);
                }
            }
            cells.add(value);
        }
        return String.join(";", cells);
    }

    /** The parcours fields of a person admitted and entered, without personal data. */
    static String[] parcours(String participant, String parcours, String... more) {
        List<String> all = new ArrayList<>(List.of(
                "participant.id=" + participant,
                "participant.birth_date=12/03/1980",
                "participant.sex=F",
                "participant.residence_commune=59350",
                "participant.qualification_level=3",
                "parcours.id=" + parcours,
                "referral.prescriber_kind=FT",
                "referral.prescriber=France Travail Lille",
                "referral.date=10/01/2024",
                "admission.date=01/02/2024",
                "entry.date=05/02/2024"));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    static Path csv(Path dir, String name, List<String> lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return file;
    }

    /** The same rows as an XLSX sheet of text cells. */
    static Path xlsx(Path dir, String name, List<String> lines) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook book = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            var sheet = book.createSheet("Parcours");
            for (int r = 0; r < lines.size(); r++) {
                String[] cells = lines.get(r).split(";", -1);
                var row = sheet.createRow(r);
                for (int c = 0; c < cells.length; c++) {
                    if (!cells[c].isEmpty()) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            book.write(out);
        }
        return file;
    }
}
