package fr.plie.rules.audit;

import fr.plie.core.exit.EvidenceKind;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.internal.MessageBundle;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.rules.exit.EvidenceRequirement;
import fr.plie.rules.exit.ExitOutcome;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One line of the ESF control: a parcours whose exit record and exit rules disagree, or whose evidence falls
 * short. Carries ids, categories, outcomes, dates and evidence kinds only, never personal data.
 *
 * @param parcours the parcours' pseudonymous id
 * @param kind which list of the control the line belongs to
 * @param verdict the review's verdict (for a positive exit not proposed: {@link
 *     RecordedExitReview.Verdict#POSITIVE_NOT_RECORDED})
 * @param recordedCategory the category recorded; none when no exit is recorded
 * @param exitDate the exit's date; none when no exit is recorded
 * @param outcome the rules' outcome (on the exit's date, or on {@code asOf} when no exit is recorded)
 * @param pronounceableFrom the first day the rules allow the exit, when they reach or project one
 * @param missingEvidence the evidence kinds of the requirements not met at the exit's date
 */
public record AuditFinding(
        ParcoursId parcours,
        Kind kind,
        RecordedExitReview.Verdict verdict,
        Option<ExitCategory> recordedCategory,
        Option<LocalDate> exitDate,
        ExitOutcome outcome,
        Option<LocalDate> pronounceableFrom,
        Set<EvidenceKind> missingEvidence) {
    private static final MessageBundle MESSAGES =
            new MessageBundle("fr.plie.rules.audit.messages", AuditFinding.class::getResourceAsStream);

    /** The three lists of the control. */
    public enum Kind {
        /** A recorded positive exit the rules do not support. */
        UNSUPPORTED_POSITIVE_EXIT,
        /** A positive exit the rules reach, not proposed (no exit recorded, or one recorded as not positive). */
        POSITIVE_EXIT_NOT_PROPOSED,
        /** A recorded positive exit whose evidence is missing or too old at its date. */
        EVIDENCE_LACKING
    }

    /**
     * Copies the missing evidence, so the finding stays immutable.
     *
     * @param parcours the parcours' pseudonymous id
     * @param kind which list of the control the line belongs to
     * @param verdict the review's verdict (for a positive exit not proposed: {@link
     *     RecordedExitReview.Verdict#POSITIVE_NOT_RECORDED})
     * @param recordedCategory the category recorded; none when no exit is recorded
     * @param exitDate the exit's date; none when no exit is recorded
     * @param outcome the rules' outcome (on the exit's date, or on {@code asOf} when no exit is recorded)
     * @param pronounceableFrom the first day the rules allow the exit, when they reach or project one
     * @param missingEvidence the evidence kinds of the requirements not met at the exit's date
     * @throws NullPointerException if {@code parcours}, {@code kind}, {@code verdict} or {@code missingEvidence} is
     *     null
     */
    public AuditFinding {
        Objects.requireNonNull(parcours, "parcours");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(verdict, "verdict");
        missingEvidence = Set.copyOf(missingEvidence);
    }

    static Set<EvidenceKind> kinds(List<EvidenceRequirement> requirements) {
        Set<EvidenceKind> kinds = EnumSet.noneOf(EvidenceKind.class);
        requirements.forEach(r -> kinds.addAll(r.anyOf()));
        return kinds;
    }

    /**
     * The reason, in French.
     *
     * @return the reason
     */
    public String reason() {
        return reason(Locale.FRENCH);
    }

    /**
     * The reason in {@code locale}: why the line is there, with the dates and the evidence kinds.
     *
     * @param locale the reader's locale
     * @return the reason
     */
    public String reason(Locale locale) {
        List<Object> args = new ArrayList<>();
        args.add(label("ExitOutcome", outcome.name(), locale));
        args.add(pronounceableFrom.map(d -> MessageBundle.date(d, locale)).getOrElse(""));
        args.add(exitDate.map(d -> MessageBundle.date(d, locale)).getOrElse(""));
        List<String> evidence = missingEvidence.stream()
                .sorted()
                .map(k -> label("EvidenceKind", k.name(), locale))
                .toList();
        // the kinds of all the requirements not met, any one of a requirement's kinds being enough
        args.add(String.join(" / ", evidence));
        return MESSAGES.render("reason." + verdict.name(), args, locale);
    }

    /**
     * The list's title in {@code locale}.
     *
     * @param kind the list
     * @param locale the reader's locale
     * @return the title
     */
    public static String title(Kind kind, Locale locale) {
        return MESSAGES.render("kind." + kind.name(), List.of(), locale);
    }

    static String label(String type, String name, Locale locale) {
        String key = "label." + type + "." + name;
        return MESSAGES.hasKey(key, locale) ? MESSAGES.render(key, List.of(), locale) : name;
    }
}
