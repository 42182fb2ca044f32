package fr.plie.rules.exit;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How the exit engine reached its outcome: every rule applied, in order, as a {@link ExplanationLine}. The
 * lines are worked out on first use by re-running the same judgement with tracing on, so {@link
 * ExitEngine#assess} stays cheap when nobody reads them.
 */
public final class Explanation {
    private final Supplier<List<ExplanationLine>> compute;
    private volatile List<ExplanationLine> lines;

    Explanation(Supplier<List<ExplanationLine>> compute) {
        this.compute = Objects.requireNonNull(compute, "compute");
    }

    /** The rules applied, in order. */
    public List<ExplanationLine> lines() {
        List<ExplanationLine> result = lines;
        if (result == null) {
            result = List.copyOf(compute.get());
            lines = result;
        }
        return result;
    }

    /** The message keys, in order (for programs and tests). */
    public List<String> keys() {
        return lines().stream().map(ExplanationLine::key).toList();
    }

    /** The explanation in French, one rule per line. */
    public String render() {
        return render(Locale.FRENCH);
    }

    /** The explanation in {@code locale}, one rule per line. */
    public String render(Locale locale) {
        StringBuilder text = new StringBuilder();
        for (ExplanationLine line : lines()) {
            text.append(line.render(locale)).append('\n');
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return lines().toString();
    }
}
