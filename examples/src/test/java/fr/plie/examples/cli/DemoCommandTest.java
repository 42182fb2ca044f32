package fr.plie.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @Test
    void theDemoPrintsItsDashboardAndWritesTheThreeReports(@TempDir Path dir) throws Exception {
        Run run = Run.of("demo", "--dir", dir.toString(), "--participants", "300");
        System.out.println(run.out());
        System.out.println(run.err());
        assertThat(run.code()).isZero();
        assertThat(dir.resolve("report.html")).isNotEmptyFile();
        assertThat(dir.resolve("report.xlsx")).isNotEmptyFile();
        assertThat(dir.resolve("indicators.csv")).isNotEmptyFile();
        System.out.println(Files.readString(dir.resolve("indicators.csv")));
    }
}
