package fr.plie.rules.alert;

import fr.plie.core.admission.ReferentId;
import fr.plie.core.internal.MessageBundle;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.step.StepId;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An alert raised on a parcours or a referent. It names people only by pseudonymous ids; its text is rendered
 * in French (default) or English from a stable code and arguments.
 *
 * @param kind what the alert is about
 * @param severity how urgent it is
 * @param parcours the parcours concerned; none for a caseload alert
 * @param step the step concerned, when there is one (the contract, the training)
 * @param referent the referent concerned, for a caseload alert
 * @param from when the situation began (first idle day, due date of the contact, date the exit became possible)
 * @param to when it ends or ended, if known (last idle day, end of the contract)
 * @param code a stable, dotted code such as {@code alert.idle-period}
 * @param args the values the message cites
 */
public record Alert(
        AlertKind kind,
        AlertSeverity severity,
        Option<ParcoursId> parcours,
        Option<StepId> step,
        Option<ReferentId> referent,
        LocalDate from,
        Option<LocalDate> to,
        String code,
        List<Object> args) {
    private static final MessageBundle MESSAGES =
            new MessageBundle("fr.plie.rules.alert.messages", Alert.class::getResourceAsStream);

    /**
     * Copies the arguments, so the alert stays immutable.
     *
     * @param kind what the alert is about
     * @param severity how urgent it is
     * @param parcours the parcours concerned; none for a caseload alert
     * @param step the step concerned, when there is one (the contract, the training)
     * @param referent the referent concerned, for a caseload alert
     * @param from when the situation began (first idle day, due date of the contact, date the exit became possible)
     * @param to when it ends or ended, if known (last idle day, end of the contract)
     * @param code a stable, dotted code such as {@code alert.idle-period}
     * @param args the values the message cites
     * @throws NullPointerException if a component is null
     */
    public Alert {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(parcours, "parcours");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(referent, "referent");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    static Alert onParcours(
            AlertKind kind,
            ParcoursId parcours,
            Option<StepId> step,
            LocalDate from,
            Option<LocalDate> to,
            String code,
            Object... args) {
        return new Alert(
                kind, kind.severity(), Option.some(parcours), step, Option.none(), from, to, code, List.of(args));
    }

    /**
     * The French text.
     *
     * @return the French text
     */
    public String message() {
        return message(MessageBundle.FRENCH);
    }

    /**
     * The text in {@code locale}. Contract types and evidence kinds are shown with their labels from the bundle
     * ({@code label.ContractType.CDD}...), lists joined with commas.
     *
     * @param locale the reader's locale
     * @return the text
     */
    public String message(Locale locale) {
        return MESSAGES.render(code, args.stream().map(a -> label(a, locale)).toList(), locale);
    }

    private static Object label(Object arg, Locale locale) {
        if (arg instanceof Enum<?> value) {
            String key = "label." + value.getDeclaringClass().getSimpleName() + "." + value.name();
            return MESSAGES.hasKey(key, locale) ? MESSAGES.render(key, List.of(), locale) : value.name();
        }
        if (arg instanceof Collection<?> values) {
            return values.stream().map(v -> label(v, locale).toString()).collect(Collectors.joining(", "));
        }
        return arg;
    }
}
