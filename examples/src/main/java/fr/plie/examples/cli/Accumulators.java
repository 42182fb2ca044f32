package fr.plie.examples.cli;

import fr.plie.adapter.json.PlieDocument;
import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.examples.cli.PlieCommand.InvalidInputException;
import fr.plie.reporting.indicator.AccumulatorSnapshot;
import fr.plie.reporting.indicator.IndicatorAccumulator;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * {@code plie report --format accumulator} and {@code --merge}: the indicator-accumulator documents PLIEs exchange
 * (counts and names, no person), merged into exactly the figures of one pass over all their parcours.
 */
final class Accumulators {
    private Accumulators() {}

    /** The accumulators of {@code files} merged; each must cover {@code period} with the same options. */
    static IndicatorAccumulator merged(List<String> files, ReportingPeriod period, InputStream stdin, Locale locale) {
        IndicatorAccumulator merged = null;
        Object firstOptions = null;
        for (String file : files) {
            AccumulatorSnapshot snapshot = Inputs.documents(PlieDocument.INDICATOR_ACCUMULATOR, file, stdin, locale)
                    .get(0);
            if (!snapshot.period().equals(period)) {
                throw new InvalidInputException(Texts.get(
                        locale,
                        "merge.period",
                        file,
                        snapshot.period().from(),
                        snapshot.period().to()));
            }
            IndicatorAccumulator next = IndicatorAccumulator.fromSnapshot(snapshot);
            if (merged == null) {
                firstOptions = snapshot.options();
                merged = next;
            } else if (!snapshot.options().equals(firstOptions)) {
                throw new InvalidInputException(Texts.get(locale, "merge.options", file));
            } else {
                merged.merge(next);
            }
        }
        return merged;
    }

    /** The accumulator's document, one line ended by a newline like the other JSON outputs. */
    static byte[] document(IndicatorAccumulator accumulator) {
        return (JsonOutput.document(PlieDocument.INDICATOR_ACCUMULATOR, accumulator.snapshot()) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
