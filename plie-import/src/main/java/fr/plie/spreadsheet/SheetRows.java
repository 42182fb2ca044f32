package fr.plie.spreadsheet;

import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The rows of a CSV or XLSX file, one at a time, in constant memory: Commons CSV reads the CSV as it goes, and an
 * XLSX sheet is parsed as a SAX stream (POI's event API), never loaded as a workbook. Only the shared strings table
 * of an XLSX is held in memory (its distinct texts). Dates of date-formatted XLSX cells come as the mapping's
 * pattern writes them, so a cell typed as a date and a cell typed as text read the same.
 */
final class SheetRows {
    /** Unreadable file: args detail. */
    static final String UNREADABLE = "file.unreadable";
    /** Text not in the mapping's encoding: args encoding. */
    static final String ENCODING = "file.encoding";
    /** No such sheet: args sheet. */
    static final String NO_SHEET = "file.no-sheet";

    /** Receives each row: its 1-based number in the file and its cells, in column order, empty for a blank cell. */
    interface Handler {
        void row(long number, List<String> cells);
    }

    private SheetRows() {}

    /** Whether {@code file} is read as XLSX (by its name); otherwise as CSV. */
    static boolean isXlsx(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /** Reads every row of {@code file}; returns the error that stopped the reading, if any. */
    static Option<CellError> read(Path file, ColumnMapping mapping, Handler handler) {
        return isXlsx(file) ? xlsx(file, mapping, handler) : csv(file, mapping, handler);
    }

    private static Option<CellError> csv(Path file, ColumnMapping mapping, Handler handler) {
        String name = file.getFileName().toString();
        long[] last = {0};
        try (InputStream in = Files.newInputStream(file);
                Reader reader = new InputStreamReader(
                        in,
                        mapping.encoding()
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT));
                CSVParser parser = CSVFormat.DEFAULT
                        .builder()
                        .setDelimiter(mapping.delimiter())
                        .setIgnoreEmptyLines(true)
                        .get()
                        .parse(reader)) {
            for (CSVRecord record : parser) {
                last[0] = record.getRecordNumber();
                List<String> cells = record.toList();
                if (last[0] == 1 && !cells.isEmpty() && cells.get(0).startsWith("\uFEFF")) {
                    cells = new ArrayList<>(cells);
                    cells.set(0, cells.get(0).substring(1)); // the byte order mark Excel writes in UTF-8 CSV
                }
                handler.row(last[0], cells);
            }
            return Option.none();
        } catch (CharacterCodingException e) {
            return Option.some(new CellError(
                    name,
                    "",
                    last[0] + 1,
                    "",
                    "",
                    CellError.TEXTS.rejection(ENCODING, mapping.encoding().name())));
        } catch (UncheckedIOException e) {
            // Commons CSV wraps what the reader meets while iterating (a decoding error, an unclosed quote)
            if (e.getCause() instanceof CharacterCodingException) {
                return Option.some(new CellError(
                        name,
                        "",
                        last[0] + 1,
                        "",
                        "",
                        CellError.TEXTS.rejection(ENCODING, mapping.encoding().name())));
            }
            return Option.some(unreadable(name, "", last[0] + 1, e.getCause()));
        } catch (IOException | IllegalStateException e) {
            return Option.some(unreadable(name, "", last[0] + 1, e));
        }
    }

    private static Option<CellError> xlsx(Path file, ColumnMapping mapping, Handler handler) {
        String name = file.getFileName().toString();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String sheetName = sheets.getSheetName();
                    if (mapping.sheet().forAll(sheetName::equals)) {
                        XMLReader xml = XMLHelper.newXMLReader();
                        Rows rows = new Rows(handler);
                        xml.setContentHandler(new XSSFSheetXMLHandler(
                                reader.getStylesTable(), null, strings, rows, new Dates(mapping), false));
                        try {
                            xml.parse(new InputSource(sheet));
                        } catch (SAXException | RuntimeException e) {
                            return Option.some(unreadable(name, sheetName, rows.current + 1, e));
                        }
                        return Option.none();
                    }
                }
            }
            return Option.some(new CellError(
                    name,
                    mapping.sheet().getOrElse(""),
                    0,
                    "",
                    "",
                    CellError.TEXTS.rejection(NO_SHEET, mapping.sheet().getOrElse(""))));
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            // POI says a damaged or foreign file through many runtime exceptions (NotOfficeXmlFileException,
            // POIXMLException, RecordFormatException...): all mean the same to the user
            return Option.some(unreadable(name, "", 0, e));
        }
    }

    private static CellError unreadable(String file, String sheet, long row, Throwable e) {
        String detail = e == null ? "" : e.getClass().getSimpleName();
        return new CellError(file, sheet, row, "", "", CellError.TEXTS.rejection(UNREADABLE, detail));
    }

    /** Collects the cells of each row of the SAX stream, placed by their column reference. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Handler handler;
        private final List<String> cells = new ArrayList<>();
        long current;

        Rows(Handler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            current = rowNum + 1L;
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().anyMatch(c -> !c.isBlank())) {
                handler.row(rowNum + 1L, List.copyOf(cells));
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            String value = formattedValue == null ? "" : formattedValue;
            if (cells.size() == column) {
                cells.add(value);
            } else {
                cells.set(column, value);
            }
        }
    }

    /** Writes date-formatted numeric cells with the mapping's pattern, and numbers without grouping. */
    private static final class Dates extends DataFormatter {
        private final ColumnMapping mapping;

        Dates(ColumnMapping mapping) {
            super(Locale.ROOT);
            this.mapping = mapping;
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDate day = DateUtil.getLocalDateTime(value).toLocalDate();
                return mapping.dates().format(day);
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }
}
