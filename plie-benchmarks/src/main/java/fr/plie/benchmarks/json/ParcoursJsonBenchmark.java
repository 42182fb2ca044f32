package fr.plie.benchmarks.json;

import fr.plie.adapter.json.ParcoursDocument;
import fr.plie.adapter.json.PlieDocument;
import fr.plie.adapter.json.PlieJson;
import fr.plie.adapter.json.ReadResult;
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
 * 1.5x of the baseline.
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
        parcours = BenchmarkParcours.document("PAR-2023-0042");
        document =
                plie.writeAsString(PlieDocument.PARCOURS, parcours).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        plainParcours = plain.readValue(document, PlainParcours.class);
        if (!plie.read(PlieDocument.PARCOURS, document).isValid()) {
            throw new IllegalStateException("the benchmark document must be valid");
        }
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
