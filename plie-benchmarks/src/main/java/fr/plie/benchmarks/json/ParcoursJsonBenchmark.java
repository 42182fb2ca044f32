package fr.plie.benchmarks.json;

import fr.plie.adapter.json.ParcoursDocument;
import fr.plie.adapter.json.PlieDocument;
import fr.plie.adapter.json.PlieJson;
import fr.plie.adapter.json.ReadResult;
import fr.plie.benchmarks.data.GeneratedParcours;
import fr.plie.benchmarks.data.ParcoursGenerator;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.step.Training;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading and writing one parcours document with plie (validation, located errors, core types) against plain
 * Jackson data binding of records with the same fields, on the same bytes, in the same run. Target: plie within
 * 1.5x of the baseline. The document is {@link #sample()}, drawn from the shared {@link ParcoursGenerator}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ParcoursJsonBenchmark {
    private PlieJson plie;
    private JsonMapper plain;
    private byte[] document;
    private ParcoursDocument parcours;
    private PlainParcours plainParcours;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(8192);

    @Setup
    public void setUp() {
        plie = PlieJson.create();
        plain = JsonMapper.builder()
                .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .changeDefaultPropertyInclusion(
                        i -> i.withValueInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL))
                .build();
        parcours = sample();
        document =
                plie.writeAsString(PlieDocument.PARCOURS, parcours).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        plainParcours = plain.readValue(document, PlainParcours.class);
        if (!plie.read(PlieDocument.PARCOURS, document).isValid()) {
            throw new IllegalStateException("the benchmark document must be valid");
        }
    }

    /**
     * The parcours measured, close to a full one: of the first 10,000 of the shared generator exited to
     * employment, the one with the most steps, interviews and placements (a training among its steps counting as
     * one more), the first on a tie; alone, as an export without participants writes it. The generator's cohort
     * changed with the one generator (stop of 2026-12-03), so figures before it measured another document.
     */
    static ParcoursDocument sample() {
        return ParcoursGenerator.standard().stream(10_000)
                .map(GeneratedParcours::parcours)
                .filter(p -> p.exit().exists(e -> e.category() == ExitCategory.POSITIVE_EMPLOYMENT))
                .reduce((best, p) -> richness(p) > richness(best) ? p : best)
                .map(ParcoursDocument::of)
                .orElseThrow();
    }

    private static int richness(fr.plie.core.parcours.Parcours p) {
        boolean training = p.steps().stream().anyMatch(step -> step.detail() instanceof Training);
        return p.steps().size() + p.interviews().size() + p.placements().size() + (training ? 1 : 0);
    }

    @Benchmark
    public ReadResult<ParcoursDocument> readPlie() {
        return plie.read(PlieDocument.PARCOURS, document);
    }

    @Benchmark
    public PlainParcours readPlainDatabind() {
        return plain.readValue(document, PlainParcours.class);
    }

    @Benchmark
    public int writePlie() {
        out.reset();
        plie.write(PlieDocument.PARCOURS, parcours, out);
        return out.size();
    }

    @Benchmark
    public int writePlainDatabind() {
        out.reset();
        plain.writeValue(out, plainParcours);
        return out.size();
    }
}
