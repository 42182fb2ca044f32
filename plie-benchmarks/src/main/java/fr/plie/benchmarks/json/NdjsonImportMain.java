package fr.plie.benchmarks.json;

import fr.plie.adapter.json.NdjsonLine;
import fr.plie.adapter.json.NdjsonReader;
import fr.plie.adapter.json.NdjsonWriter;
import fr.plie.adapter.json.ParcoursDocument;
import fr.plie.adapter.json.PlieDocument;
import fr.plie.adapter.json.PlieJson;
import fr.plie.benchmarks.data.ParcoursGenerator;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;

/**
 * Exports then imports N parcours as NDJSON (default 1,000,000) in constant memory; run with {@code -Xmx256m}.
 * The export writes the first N parcours of the shared {@link ParcoursGenerator} (generated one at a time) to a
 * stream that only counts bytes. The import reads a stream generated on the fly, N copies of {@link
 * ParcoursJsonBenchmark#sample()} each with its own parcours id, so no file is needed and no time goes into
 * generating. Prints the time, the throughput and the peak heap.
 *
 * <pre>java -Xmx256m -cp plie-benchmarks/target/benchmarks.jar fr.plie.benchmarks.json.NdjsonImportMain 1000000</pre>
 */
public final class NdjsonImportMain {
    private NdjsonImportMain() {}

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        PlieJson json = PlieJson.create();

        long start = System.nanoTime();
        CountingOutputStream sink = new CountingOutputStream();
        try (NdjsonWriter<ParcoursDocument> writer = json.writeNdjson(PlieDocument.PARCOURS, sink)) {
            ParcoursGenerator.standard().stream(count).forEach(g -> writer.write(ParcoursDocument.of(g.parcours())));
        }
        double exportSeconds = (System.nanoTime() - start) / 1e9;

        ParcoursDocument sample = ParcoursJsonBenchmark.sample();
        String sampleId = "\"" + sample.parcours().id().value() + "\"";
        byte[] template = (json.writeAsString(PlieDocument.PARCOURS, sample).replace(sampleId, "\"" + id(0) + "\"")
                        + "\n")
                .getBytes(StandardCharsets.UTF_8);
        start = System.nanoTime();
        long valid = 0;
        long invalid = 0;
        try (NdjsonReader<ParcoursDocument> reader =
                json.readNdjson(PlieDocument.PARCOURS, new GeneratedNdjson(template, id(0), count))) {
            while (reader.hasNext()) {
                NdjsonLine<ParcoursDocument> line = reader.next();
                if (line.result().isValid()) {
                    valid++;
                } else {
                    invalid++;
                }
            }
        }
        double importSeconds = (System.nanoTime() - start) / 1e9;
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(
                "export: %d parcours, %.1f MB, %.1f s, %.0f parcours/s%n",
                count, sink.count / 1e6, exportSeconds, count / exportSeconds);
        System.out.printf(
                "import: %d valid, %d invalid, %.1f s, %.0f parcours/s%n",
                valid, invalid, importSeconds, count / importSeconds);
        System.out.printf(
                "max heap %d MB, peak heap used (sum of pool peaks) %d MB%n",
                Runtime.getRuntime().maxMemory() >> 20, peakHeap >> 20);
        if (valid != count) {
            throw new IllegalStateException("expected " + count + " valid lines");
        }
    }

    private static String id(int i) {
        return String.format("PAR-%09d", i);
    }

    /** Counts what is written and keeps nothing. */
    private static final class CountingOutputStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    /** Serves {@code count} copies of a template line, each with its own parcours id; holds one line only. */
    private static final class GeneratedNdjson extends InputStream {
        private final byte[] line;
        private final int[] idOffsets;
        private final int count;
        private int index = -1;
        private int pos;

        GeneratedNdjson(byte[] template, String templateId, int count) {
            this.line = template.clone();
            this.count = count;
            String text = new String(template, StandardCharsets.ISO_8859_1);
            int first = text.indexOf(templateId);
            int second = text.indexOf(templateId, first + 1);
            this.idOffsets = second < 0 ? new int[] {first} : new int[] {first, second};
            this.pos = line.length;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos == line.length) {
                if (++index == count) {
                    return -1;
                }
                byte[] digits = String.format("%09d", index).getBytes(StandardCharsets.US_ASCII);
                for (int at : idOffsets) {
                    System.arraycopy(digits, 0, line, at + 4, 9);
                }
                pos = 0;
            }
            int n = Math.min(len, line.length - pos);
            System.arraycopy(line, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
