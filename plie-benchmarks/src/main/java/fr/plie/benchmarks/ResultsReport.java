package fr.plie.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a JMH JSON result file into the Markdown of {@code RESULTS.md}: one table per benchmark class, each
 * figure with its error, and its ratio to the class's baseline measured in the same run (methods whose name
 * starts with {@code baseline}; with JMH parameters, the baseline with the same parameters), and the bytes it
 * allocated per operation when JMH ran with {@code -prof gc} ({@code gc.alloc.rate.norm}).
 *
 * <p>Usage: {@code ResultsReport jmh.json[,more.json...] header.md memory.md > RESULTS.md}; the results of
 * several JMH runs are listed together; the header and memory files are copied as they are, before and after the
 * tables.
 */
public final class ResultsReport {
    private ResultsReport() {}

    public static void main(String[] args) throws IOException {
        StringBuilder out = new StringBuilder();
        if (args.length > 1) {
            out.append(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8))
                    .append('\n');
        }
        List<String> results = new ArrayList<>();
        for (String file : args[0].split(",")) {
            if (Files.exists(Path.of(file))) {
                results.add(Files.readString(Path.of(file), StandardCharsets.UTF_8));
            }
        }
        out.append(render(results.toArray(String[]::new)));
        if (args.length > 2 && Files.exists(Path.of(args[2]))) {
            out.append('\n').append(Files.readString(Path.of(args[2]), StandardCharsets.UTF_8));
        }
        System.out.print(out);
    }

    record Row(
            String clazz,
            String method,
            String params,
            double score,
            double error,
            String unit,
            double allocated,
            String range) {}

    /** The Markdown tables for JMH JSON results, in the order given. */
    static String render(String... jsons) {
        List<Row> rows = new ArrayList<>();
        for (String json : jsons) {
            for (JsonNode run : JsonMapper.builder().build().readTree(json)) {
                rows.add(row(run));
            }
        }
        return tables(rows);
    }

    private static Row row(JsonNode run) {
        String name = run.get("benchmark").asString();
        int dot = name.lastIndexOf('.');
        StringBuilder params = new StringBuilder();
        JsonNode p = run.get("params");
        if (p != null) {
            p.properties()
                    .forEach(e -> params.append(params.length() == 0 ? "" : ", ")
                            .append(e.getKey())
                            .append('=')
                            .append(e.getValue().asString()));
        }
        JsonNode metric = run.get("primaryMetric");
        JsonNode secondary = run.path("secondaryMetrics").path("gc.alloc.rate.norm");
        return new Row(
                name.substring(name.lastIndexOf('.', dot - 1) + 1, dot),
                name.substring(dot + 1),
                params.toString(),
                metric.get("score").asDouble(),
                metric.get("scoreError").isNumber() ? metric.get("scoreError").asDouble() : Double.NaN,
                metric.get("scoreUnit").asString(),
                secondary.path("score").isNumber() ? secondary.get("score").asDouble() : Double.NaN,
                range(metric.path("rawData")));
    }

    private static String tables(List<Row> rows) {
        Map<String, List<Row>> byClass = new LinkedHashMap<>();
        rows.forEach(
                r -> byClass.computeIfAbsent(r.clazz(), k -> new ArrayList<>()).add(r));
        StringBuilder md = new StringBuilder();
        byClass.forEach((clazz, list) -> {
            md.append("### ").append(clazz).append("\n\n");
            md.append(
                    "| benchmark | params | score | error (99.9 %) | unit | ratio to baseline | allocated per op |\n");
            md.append("|---|---|---:|---:|---|---:|---:|\n");
            for (Row r : list) {
                Row baseline = list.stream()
                        .filter(b ->
                                b.method().startsWith("baseline") && b.params().equals(r.params()))
                        .findFirst()
                        .orElse(null);
                String ratio = baseline == null || baseline == r
                        ? (baseline == r ? "1.00 (baseline)" : "")
                        : String.format(Locale.ROOT, "%.2f", r.score() / baseline.score());
                md.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %.3f | %s | %s | %s | %s |%n",
                        r.method(),
                        r.params(),
                        r.score(),
                        Double.isNaN(r.error()) ? r.range() : String.format(Locale.ROOT, "± %.3f", r.error()),
                        r.unit(),
                        ratio,
                        bytes(r.allocated())));
            }
            md.append('\n');
        });
        return md.toString();
    }

    /**
     * With fewer than three measurements JMH gives no error: the range of the measurements says how far apart
     * they were instead (empty with a single one).
     */
    static String range(JsonNode rawData) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int n = 0;
        for (JsonNode fork : rawData) {
            for (JsonNode value : fork) {
                min = Math.min(min, value.asDouble());
                max = Math.max(max, value.asDouble());
                n++;
            }
        }
        return n < 2 ? "" : String.format(Locale.ROOT, "%d shots: %.3f to %.3f", n, min, max);
    }

    /** JMH's gc.alloc.rate.norm in bytes, kB or MB (powers of 1000) per operation; empty without -prof gc. */
    static String bytes(double perOp) {
        if (Double.isNaN(perOp)) {
            return "";
        }
        return perOp >= 1e6
                ? String.format(Locale.ROOT, "%.1f MB", perOp / 1e6)
                : perOp >= 1e3
                        ? String.format(Locale.ROOT, "%.1f kB", perOp / 1e3)
                        : String.format(Locale.ROOT, "%.0f B", perOp);
    }
}
