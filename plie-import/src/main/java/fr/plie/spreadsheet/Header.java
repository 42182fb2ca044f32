package fr.plie.spreadsheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The first row of a file: where each column of the mapping is; columns the mapping does not name are ignored. */
final class Header {
    static final String MISSING = "header.missing";
    static final String TWICE = "header.twice";

    private final Map<ColumnMapping.Column, Integer> positions;

    private Header(Map<ColumnMapping.Column, Integer> positions) {
        this.positions = positions;
    }

    /** The header of a file whose columns are {@code mapping}'s, in its order (as {@link SpreadsheetExport} writes). */
    static Header of(ColumnMapping mapping) {
        Map<ColumnMapping.Column, Integer> positions = new HashMap<>();
        for (int i = 0; i < mapping.columns().size(); i++) {
            positions.put(mapping.columns().get(i), i);
        }
        return new Header(positions);
    }

    /** The header of {@code cells}, or its errors: a required column missing, a mapped title twice. */
    static io.vavr.control.Either<List<CellError>, Header> of(
            ColumnMapping mapping, List<String> cells, String file, String sheet, long row) {
        List<CellError> errors = new ArrayList<>();
        Map<String, Integer> titles = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String title = cells.get(i).strip();
            Integer before = titles.putIfAbsent(title, i);
            if (before != null && !title.isEmpty() && mapped(mapping, title)) {
                errors.add(new CellError(file, sheet, row, title, title, CellError.TEXTS.rejection(TWICE, before + 1)));
            }
        }
        Map<ColumnMapping.Column, Integer> positions = new HashMap<>();
        for (ColumnMapping.Column c : mapping.columns()) {
            Integer at = titles.get(c.header());
            if (at != null) {
                positions.put(c, at);
            } else if (c.field().required()) {
                errors.add(new CellError(
                        file,
                        sheet,
                        row,
                        c.header(),
                        "",
                        CellError.TEXTS.rejection(MISSING, c.field().key())));
            }
        }
        return errors.isEmpty()
                ? io.vavr.control.Either.right(new Header(positions))
                : io.vavr.control.Either.left(errors);
    }

    private static boolean mapped(ColumnMapping mapping, String title) {
        return mapping.columns().stream().anyMatch(c -> c.header().equals(title));
    }

    /** The cell of {@code column} in {@code cells}, trimmed, without the apostrophe an export put before a formula. */
    String cell(ColumnMapping.Column column, List<String> cells) {
        Integer at = positions.get(column);
        return at == null || at >= cells.size()
                ? ""
                : FormulaGuard.restore(cells.get(at).strip());
    }

    /** The parcours identifier of a row, as written. */
    String parcoursId(ColumnMapping mapping, List<String> cells) {
        return mapping.columns().stream()
                .filter(c -> c.field() == Field.PARCOURS_ID)
                .findFirst()
                .map(c -> cell(c, cells))
                .orElse("");
    }
}
