package fr.plie.spreadsheet;

import static fr.plie.spreadsheet.Sheets.HEADER;
import static fr.plie.spreadsheet.Sheets.parcours;
import static fr.plie.spreadsheet.Sheets.row;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.internal.MessageBundle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated CSV and XLSX files (wrong types, missing and doubled columns, merged cells, formulas, bad encodings,
 * truncated files, huge files): the import never fails with an exception, and every error it reports is a
 * documented one (a text of the bundles, in both languages) located at least by file, and by row and column when
 * it concerns a cell. {@code -Dplie.fuzz.files=5000} (profile {@code fuzz}) runs the long count.
 */
class SpreadsheetFuzzTest {
    private static final int FILES = Integer.getInteger("plie.fuzz.files", 200);
    private static final List<String> JUNK = List.of(
            "",
            "abc",
            "=1+1",
            "+33 6",
            "-2",
            "@SUM(A1)",
            "31/13/2024",
            "2024-01-31",
            "12,5",
            "oui",
            "X",
            "\u0000",
            "é".repeat(400),
            "\"",
            "PAR-1",
            "01/01/1900",
            "99999",
            ";",
            "\r\n");

    @TempDir
    Path dir;

    private static List<String> base() {
        return new ArrayList<>(List.of(
                HEADER,
                row(parcours("IND-1", "PAR-1", "step.id=E1", "step.kind=FORM", "step.start=01/03/2024")),
                row("parcours.id=PAR-1", "step.id=E2", "step.kind=MOBI", "step.start=02/03/2024"),
                row(parcours("IND-2", "PAR-2", "exit.date=01/06/2024", "exit.category=ABANDON"))));
    }

    @Test
    void mutated_files_give_only_documented_located_errors() throws IOException {
        Random random = new Random(17);
        int errors = 0;
        for (int i = 0; i < FILES; i++) {
            List<String> lines = mutate(base(), random);
            boolean xlsx = i % 2 == 1;
            Path file = xlsx ? xlsx(lines, random, i) : csv(lines, random, i);
            List<CellError> found = new ArrayList<>();
            SpreadsheetImport.of(ColumnMapping.defaults()).read(file, p -> {}, r -> found.addAll(r.errors()));
            for (CellError e : found) {
                errors++;
                String code = e.rejection().code();
                assertThat(e.file())
                        .as("file of %s", code)
                        .isEqualTo(file.getFileName().toString());
                assertThat(documented(code)).as("documented: %s", code).isTrue();
                assertThat(e.message(Locale.ENGLISH)).doesNotContain(code);
                assertThat(e.message(Locale.FRENCH)).doesNotContain(code);
                if (!code.startsWith("file.")) {
                    assertThat(e.row()).as("row of %s", code).isPositive();
                }
                if (code.startsWith("cell.") || code.startsWith("header.")) {
                    assertThat(e.column()).as("column of %s", code).isNotEmpty();
                }
            }
            Files.delete(file);
        }
        assertThat(errors).as("the mutations do break files").isGreaterThan(FILES / 2);
    }

    private static boolean documented(String code) {
        return CellError.MESSAGES.hasKey(code, MessageBundle.FRENCH)
                || fr.plie.core.common.Rejection.of(code)
                                .message(Locale.ENGLISH)
                                .indexOf(code)
                        < 0;
    }

    private static List<String> mutate(List<String> lines, Random random) {
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations; m++) {
            int r = random.nextInt(lines.size());
            List<String> cells = new ArrayList<>(List.of(lines.get(r).split(";", -1)));
            switch (random.nextInt(7)) {
                case 0, 1 -> {
                    cells.set(random.nextInt(cells.size()), JUNK.get(random.nextInt(JUNK.size())));
                    lines.set(r, String.join(";", cells));
                }
                case 2 -> {
                    int column = random.nextInt(cells.size());
                    lines.replaceAll(l -> dropColumn(l, column));
                }
                case 3 -> lines.add(1 + random.nextInt(lines.size()), lines.get(Math.max(1, r)));
                case 4 -> lines.remove(Math.max(1, r) < lines.size() ? Math.max(1, r) : lines.size() - 1);
                case 5 ->
                    lines.set(
                            r,
                            lines.get(r)
                                    .substring(0, random.nextInt(lines.get(r).length() + 1)));
                default -> {
                    if (random.nextInt(40) == 0) {
                        // a huge file: the same rows again and again
                        List<String> rows = List.copyOf(lines.subList(1, lines.size()));
                        for (int k = 0; k < 200; k++) {
                            lines.addAll(rows);
                        }
                    } else {
                        cells.set(0, cells.get(0) + "=" + random.nextInt());
                        lines.set(r, String.join(";", cells));
                    }
                }
            }
        }
        return lines;
    }

    private static String dropColumn(String line, int column) {
        List<String> cells = new ArrayList<>(List.of(line.split(";", -1)));
        if (column < cells.size()) {
            cells.remove(column);
        }
        return String.join(";", cells);
    }

    private Path csv(List<String> lines, Random random, int i) throws IOException {
        byte[] bytes = String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(6) == 0) {
            bytes = String.join("\r\n", lines).getBytes(StandardCharsets.ISO_8859_1); // bad encoding
        } else if (random.nextInt(10) == 0) {
            bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x40)); // a stray byte
        }
        Path file = dir.resolve("f" + i + ".csv");
        Files.write(file, bytes);
        return file;
    }

    private Path xlsx(List<String> lines, Random random, int i) throws IOException {
        Path file = Sheets.xlsx(dir, "f" + i + ".xlsx", lines);
        int damage = random.nextInt(8);
        if (damage == 0) {
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length))); // truncated zip
        } else if (damage <= 2) {
            try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
                var sheet = book.getSheetAt(0);
                int row = 1 + random.nextInt(Math.max(1, sheet.getLastRowNum()));
                if (damage == 1) {
                    sheet.addMergedRegion(new CellRangeAddress(row, row + 1, 0, 3)); // merged cells
                } else {
                    var r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
                    r.createCell(random.nextInt(32)).setCellFormula("1+1"); // a formula, its cached value empty
                    r.createCell(5).setCellValue(45000.0 + random.nextInt(100)); // a date typed as a number
                }
                try (OutputStream out = Files.newOutputStream(file.resolveSibling("m" + i + ".xlsx"))) {
                    book.write(out);
                }
            }
            Files.move(file.resolveSibling("m" + i + ".xlsx"), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
