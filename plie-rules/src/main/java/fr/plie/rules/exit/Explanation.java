package fr.plie.rules.exit;

import fr.plie.core.parcours.Parcours;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * How the exit engine reached its outcome: every rule applied, in order, as a {@link ExplanationLine}. The
 * lines are worked out on first use by re-running the same judgement with tracing on, so {@link
 * ExitEngine#assess} stays cheap when nobody reads them.
 */
public final class Explanation {
    private final Parcours parcours;
    private final LocalDate asOf;
    private final ExitPolicy policy;
    private volatile List<ExplanationLine> lines;

    Explanation(Parcours parcours, LocalDate asOf, ExitPolicy policy) {
        this.parcours = parcours;
        this.asOf = asOf;
        this.policy = policy;
    }

    /** The rules applied, in order. */
    public List<ExplanationLine> lines() {
        List<ExplanationLine> result = lines;
        if (result == null) {
            Evaluation explaining = new Evaluation(parcours, asOf, policy, true);
            explaining.run(null);
            result = List.copyOf(explaining.lines());
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
