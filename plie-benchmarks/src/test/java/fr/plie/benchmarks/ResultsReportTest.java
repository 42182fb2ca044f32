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

    @Test
    void eachFigureIsComparedWithTheBaselineOfTheSameParameters() {
        String md = ResultsReport.render(JMH);
        assertThat(md).contains("### ExitEngineBenchmark");
        assertThat(md).contains("| assess | steps=10 | 900000.000 | ± 1000.000 | ops/s | 0.30 |");
        assertThat(md).contains("| baselineLoop | steps=10 | 3000000.000 |  | ops/s | 1.00 (baseline) |");
        // no baseline was measured with 20 steps: no ratio is invented
        assertThat(md).contains("| assess | steps=20 | 500000.000 | ± 2000.000 | ops/s |  |");
    }
}
