package fr.plie.spreadsheet;

import fr.plie.core.common.Rejection;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the columns of another tool's export (an ABC-like participant follow-up tool) become plie's fields: which
 * column fills which {@link Field}, how the tool's codes translate into plie's, the date pattern, the CSV delimiter
 * and encoding, the XLSX sheet and the prefix that turns the tool's identifiers into plie's. Read from a JSON file
 * ({@code docs/import.md} describes it); {@link #defaults()} is the mapping of the template.
 *
 * @param idPrefix put before the source system's identifiers: the stored ids keep them, so a re-import finds them
 */
public record ColumnMapping(
        List<Column> columns,
        String datePattern,
        char delimiter,
        Charset encoding,
        Option<String> sheet,
        String idPrefix) {
    /** Mapping errors: args JSON pointer, detail. */
    public static final String INVALID = "mapping.invalid";

    /**
     * Copies the columns, so the mapping stays immutable.
     *
     * @param columns the source file's columns
     * @param datePattern the dates' pattern, e.g. {@code dd/MM/yyyy}
     * @param delimiter the CSV delimiter
     * @param encoding the CSV encoding
     * @param sheet the XLSX sheet to read, none for the first
     * @param idPrefix put before the source system's identifiers: the stored ids keep them, so a re-import finds them
     */
    public ColumnMapping {
        columns = List.copyOf(columns);
    }

    /**
     * One column of the source file.
     *
     * @param header the column's title in the file's first row
     * @param codes the source's codes translated into plie's (the enum constant's name, or {@code true} and
     *     {@code false} for a yes/no field); empty for a field without codes or whose cells already hold plie's
     * @param help what the column holds, shown in the template
     */
    public record Column(String header, Field field, Map<String, String> codes, String help) {
        /**
         * Copies the codes, so the column stays immutable.
         *
         * @param header the column's title in the file's first row
         * @param field the plie field it fills
         * @param codes the source's codes translated into plie's
         * @param help what the column holds, shown in the template
         */
        public Column {
            codes = Map.copyOf(codes);
        }
    }

    /**
     * The date pattern as a strict formatter ({@code dd/MM/yyyy} refuses {@code 31/02/2024}).
     *
     * @return the formatter
     */
    public DateTimeFormatter dates() {
        return DateTimeFormatter.ofPattern(datePattern.replace('y', 'u')).withResolverStyle(ResolverStyle.STRICT);
    }

    /**
     * The default mapping: the template's columns, in French, with the codes of docs/import.md.
     *
     * @return the default mapping
     */
    public static ColumnMapping defaults() {
        try (InputStream in = ColumnMapping.class.getResourceAsStream("default-mapping.json")) {
            return read(in).getOrElseThrow(r -> new IllegalStateException("default mapping: " + r));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The mapping a JSON file describes, or the first thing wrong in it, located by its JSON pointer.
     *
     * @param json the mapping file
     * @return the mapping, or what is wrong in it
     */
    public static Either<Rejection, ColumnMapping> read(InputStream json) {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(json);
        } catch (JacksonException e) {
            return invalid("", "JSON: line " + e.getLocation().getLineNr());
        }
        if (root == null || !root.isObject()) {
            return invalid("", "object expected");
        }
        String pattern = root.path("dateFormat").asString("dd/MM/yyyy");
        try {
            DateTimeFormatter.ofPattern(pattern);
        } catch (IllegalArgumentException e) {
            return invalid("/dateFormat", pattern);
        }
        String delimiter = root.path("delimiter").asString(";");
        if (delimiter.length() != 1) {
            return invalid("/delimiter", delimiter);
        }
        Charset encoding;
        try {
            encoding = Charset.forName(root.path("encoding").asString("UTF-8"));
        } catch (IllegalArgumentException e) {
            return invalid("/encoding", root.path("encoding").asString());
        }
        String prefix = root.path("idPrefix").asString("");
        if (!prefix.isEmpty() && !fr.plie.core.common.Id.isValid(prefix)) {
            return invalid("/idPrefix", prefix);
        }
        Option<String> sheet =
                root.path("sheet").isString() ? Option.some(root.path("sheet").asString()) : Option.none();
        List<Column> columns = new ArrayList<>();
        Set<Field> mapped = EnumSet.noneOf(Field.class);
        JsonNode list = root.path("columns");
        if (!list.isArray()) {
            return invalid("/columns", "array expected");
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode c = list.get(i);
            String at = "/columns/" + i;
            String header = c.path("column").asString("").strip();
            if (header.isEmpty()) {
                return invalid(at + "/column", "column title expected");
            }
            Option<Field> field = Field.of(c.path("field").asString(""));
            if (field.isEmpty()) {
                return invalid(at + "/field", c.path("field").asString(""));
            }
            if (!mapped.add(field.get())) {
                return invalid(at + "/field", field.get().key() + " twice");
            }
            Map<String, String> codes = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : c.path("codes").properties()) {
                String target = e.getValue().asString("");
                if (!targetExists(field.get(), target)) {
                    return invalid(at + "/codes/" + e.getKey(), target);
                }
                codes.put(e.getKey(), target);
            }
            columns.add(new Column(header, field.get(), codes, c.path("help").asString("")));
        }
        for (Field f : Field.values()) {
            if (f.required() && !mapped.contains(f)) {
                return invalid("/columns", f.key() + " missing");
            }
        }
        return Either.right(new ColumnMapping(columns, pattern, delimiter.charAt(0), encoding, sheet, prefix));
    }

    private static boolean targetExists(Field field, String target) {
        return field.type().equals(Field.Type.BOOLEAN)
                ? target.equals("true") || target.equals("false")
                : field.type().constants().contains(target);
    }

    private static Either<Rejection, ColumnMapping> invalid(String pointer, String detail) {
        return Either.left(CellError.TEXTS.rejection(INVALID, pointer.isEmpty() ? "/" : pointer, detail));
    }
}
