package fr.plie.examples.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** {@code --as-of}: the date rules are applied on (every rule of plie takes an explicit date). */
final class AsOfOption {
    @Option(
            names = "--as-of",
            paramLabel = "AAAA-MM-JJ",
            description = "Date d'appréciation (défaut : aujourd'hui ; pour report, le dernier jour de la période).")
    LocalDate asOf;

    /** The date given, or {@code fallback}. */
    LocalDate orElse(LocalDate fallback) {
        return asOf == null ? fallback : asOf;
    }

    /** The date given, or today. */
    LocalDate orToday() {
        return orElse(LocalDate.now());
    }
}
