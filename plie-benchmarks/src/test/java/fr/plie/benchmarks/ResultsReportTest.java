package fr.plie.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultsReportTest {
    private static final String JMH = """
            [
              {"benchmark": "fr.plie.benchmarks.exit.ExitEngineBenchmark.assess", "params": {"steps": "10"},
               "primaryMetric": {"score": 900000.0, "scoreError": 1000.0, "scoreUnit": "ops/s"}},
              {"benchmark": "fr.plie.benchmarks.exit.ExitEngineBenchmark.baselineLoop", "params": {"steps": "10"},
               "primaryMetric": {"score": 3000000.0, "scoreError": "NaN", "scoreUnit": "ops/s"}},
              {"benchmark": "fr.plie.benchmarks.exit.ExitEngineBenchmark.assess", "params": {"steps": "20"},
               "primaryMetric": {"score": 500000.0, "scoreError": 2000.0, "scoreUnit": "ops/s"}}
            ]
            """;

    private static final String WITH_GC_PROFILER = """
            [
              {"benchmark": "fr.plie.benchmarks.indicators.IndicatorsScalingBenchmark.baselineGenerateOnly",
               "params": {"size": "10000"},
               "primaryMetric": {"score": 800.0, "scoreError": "NaN", "scoreUnit": "ms/op",
                                 "rawData": [[750.0, 850.0]]},
               "secondaryMetrics": {
                 "gc.alloc.rate": {"score": 44.0, "scoreError": "NaN", "scoreUnit": "MB/sec"},
                 "gc.alloc.rate.norm": {"score": 38670212.0, "scoreError": "NaN", "scoreUnit": "B/op"}}},
              {"benchmark": "fr.plie.benchmarks.indicators.IndicatorsScalingBenchmark.reportFromGeneratedStream",
               "params": {"size": "10000"},
               "primaryMetric": {"score": 1000.0, "scoreError": 50.0, "scoreUnit": "ms/op"},
               "secondaryMetrics": {
                 "gc.alloc.rate.norm": {"score": 512.0, "scoreError": "NaN", "scoreUnit": "B/op"}}}
            ]
            """;

    @Test
    void eachFigureIsComparedWithTheBaselineOfTheSameParameters() {
        String md = ResultsReport.render(JMH);
        assertThat(md).contains("### ExitEngineBenchmark");
        assertThat(md).contains("| assess | steps=10 | 900000.000 | ± 1000.000 | ops/s | 0.30 |");
        assertThat(md).contains("| baselineLoop | steps=10 | 3000000.000 |  | ops/s | 1.00 (baseline) |");
        // no baseline was measured with 20 steps: no ratio is invented
        assertThat(md).contains("| assess | steps=20 | 500000.000 | ± 2000.000 | ops/s |  |");
    }

    @Test
    void theBytesAllocatedPerOperationComeFromTheGcProfilersNormalisedRate() {
        String md = ResultsReport.render(WITH_GC_PROFILER);
        assertThat(md)
                .contains("| benchmark | params | score | error (99.9 %) | unit | ratio to baseline |"
                        + " allocated per op |");
        assertThat(md)
                .contains(
                        "| baselineGenerateOnly | size=10000 | 800.000 | 2 shots: 750.000 to 850.000 | ms/op | 1.00 (baseline)"
                                + " | 38.7 MB |");
        assertThat(md)
                .contains("| reportFromGeneratedStream | size=10000 | 1000.000 | ± 50.000 | ms/op | 1.25 | 512 B |");
    }

    @Test
    void withoutAnErrorFromJmhTheRangeOfTheShotsIsShownButNeverForASingleShot() {
        String md = ResultsReport.render(WITH_GC_PROFILER);
        assertThat(md).contains("| 800.000 | 2 shots: 750.000 to 850.000 |");
        assertThat(ResultsReport.render(JMH)).contains("| baselineLoop | steps=10 | 3000000.000 |  |");
    }

    @Test
    void aRunWithoutTheGcProfilerLeavesTheAllocationEmpty() {
        assertThat(ResultsReport.render(JMH)).contains("| assess | steps=20 | 500000.000 | ± 2000.000 | ops/s |  |  |");
    }

    @Test
    void theResultsOfSeveralRunsAreListedTogether() {
        String md = ResultsReport.render(JMH, WITH_GC_PROFILER);
        assertThat(md).contains("### ExitEngineBenchmark").contains("### IndicatorsScalingBenchmark");
        assertThat(md.indexOf("### ExitEngineBenchmark")).isLessThan(md.indexOf("### IndicatorsScalingBenchmark"));
    }
}
