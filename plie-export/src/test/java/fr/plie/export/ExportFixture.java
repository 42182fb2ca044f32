package fr.plie.export;

import fr.plie.reporting.indicator.IndicatorReport;
import fr.plie.reporting.indicator.ReportingOptions;
import fr.plie.reporting.indicator.Targets;
import fr.plie.reporting.indicator.TenExits;
import fr.plie.rules.exit.ExitPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;

/**
 * The ten-exit cohort's report (seed 004's targets, its exits checked under seed 004's policy), written by an
 * exporter into memory.
 */
final class ExportFixture {
    static final IndicatorReport REPORT = TenExits.report(
            ReportingOptions.asOf(LocalDate.of(2025, 3, 31))
                    .withTargets(Targets.GRAND_AMIENOIS)
                    .withExitPolicy(ExitPolicy.GRAND_AMIENOIS),
            TenExits.cohort());

    private ExportFixture() {}

    static byte[] export(ReportExporter exporter, ExportSettings settings) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(REPORT, settings, out);
        return out.toByteArray();
    }
}
