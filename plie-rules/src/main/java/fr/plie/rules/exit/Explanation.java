package fr.plie.rules.exit;

import fr.plie.core.parcours.Parcours;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * How the exit engine reached its outcome: every rule applied, in order, as a {@link ExplanationLine}. The
 * lines are worked out on first use by re-running the same judgement with tracing on, so {@link
 * ExitEngine#assess} stays cheap when nobody reads them. An explanation read back from the exchange format holds
 * its lines as written ({@link #of}). Two explanations are equal when their lines are.
 */
public final class Explanation {
    private final Parcours parcours;
    private final LocalDate asOf;
    private final ExitPolicy policy;
    private final ExitOutcome only;
    private volatile List<ExplanationLine> lines;

    Explanation(Parcours parcours, LocalDate asOf, ExitPolicy policy, ExitOutcome only) {
        this.parcours = parcours;
        this.asOf = asOf;
        this.policy = policy;
        this.only = only;
    }

    private Explanation(List<ExplanationLine> lines) {
        this(null, null, null, null);
        this.lines = List.copyOf(lines);
    }

    /**
     * An explanation made of {@code lines}, such as one read back from a stored or exchanged assessment.
     *
     * @param lines the lines, in order
     * @return the explanation
     */
    public static Explanation of(List<ExplanationLine> lines) {
        return new Explanation(lines);
    }

    /**
     * The rules applied, in order.
     *
     * @return the lines
     */
    public List<ExplanationLine> lines() {
        List<ExplanationLine> result = lines;
        if (result == null) {
            Evaluation explaining = new Evaluation(parcours, asOf, policy, true, only);
            explaining.run(null);
            result = List.copyOf(explaining.lines());
            lines = result;
        }
        return result;
    }

    /**
     * The message keys, in order (for programs and tests).
     *
     * @return the keys
     */
    public List<String> keys() {
        return lines().stream().map(ExplanationLine::key).toList();
    }

    /**
     * The explanation in French, one rule per line.
     *
     * @return the French text
     */
    public String render() {
        return render(Locale.FRENCH);
    }

    /**
     * The explanation in {@code locale}, one rule per line.
     *
     * @param locale the reader's locale
     * @return the text
     */
    public String render(Locale locale) {
        StringBuilder text = new StringBuilder();
        for (ExplanationLine line : lines()) {
            text.append(line.render(locale)).append('\n');
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Explanation that && lines().equals(that.lines());
    }

    @Override
    public int hashCode() {
        return lines().hashCode();
    }

    @Override
    public String toString() {
        return lines().toString();
    }
}
