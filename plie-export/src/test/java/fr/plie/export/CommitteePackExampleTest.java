package fr.plie.export;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.reporting.indicator.IndicatorAccumulator;
import fr.plie.reporting.indicator.IndicatorReport;
import fr.plie.reporting.indicator.ReportedParcours;
import fr.plie.reporting.indicator.ReportingOptions;
import fr.plie.reporting.indicator.Targets;
import fr.plie.rules.exit.ExitPolicy;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snippet of docs/reports.md, run: the committee pack of a year, checked under seed 004's policy. */
class CommitteePackExampleTest {
    // docs/reports.md: begin
    static void committeePack(Stream<ReportedParcours> parcours, Path dir) throws IOException {
        ReportingOptions options = ReportingOptions.asOf(LocalDate.of(2025, 1, 31))
                .withTargets(Targets.GRAND_AMIENOIS)
                .withExitPolicy(ExitPolicy.GRAND_AMIENOIS); // the exit engine checks every exit
        IndicatorReport report = parcours.collect(IndicatorAccumulator.collector(ReportingPeriod.year(2024), options));
        ExportSettings settings = ExportSettings.DEFAULT.withDisclosure(Disclosure.maskBelow(5));
        for (String name : List.of("report.html", "report.pdf", "report.xlsx")) {
            ReportExporter exporter = switch (name) {
                case "report.html" -> ReportExporters.html();
                case "report.pdf" -> ReportExporters.pdf();
                default -> ReportExporters.xlsx();
            };
            try (OutputStream out = Files.newOutputStream(dir.resolve(name))) {
                exporter.write(report, settings, out);
            }
        }
        List<ReportChart> charts = ReportCharts.of(report, settings); // the same charts, for a web page
        String svg = charts.get(0).svg(ReportCharts.WIDTH, charts.get(0).height());
    }
    // docs/reports.md: end

    @Test
    void the_documented_committee_pack_writes_its_three_files(@TempDir Path dir) throws IOException {
        var profile = fr.plie.core.fixture.ProfileFixture.longTermJobSeeker().build();
        committeePack(
                fr.plie.reporting.indicator.TenExits.cohort().stream().map(p -> new ReportedParcours(p, profile)), dir);

        assertThat(dir.resolve("report.html")).content().contains("Synthèse");
        assertThat(Files.readAllBytes(dir.resolve("report.pdf"))).startsWith('%', 'P', 'D', 'F');
        assertThat(dir.resolve("report.xlsx")).isNotEmptyFile();
    }
}
