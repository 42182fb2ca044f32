package fr.plie.server.web;

import fr.plie.core.internal.MessageBundle;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The French labels of the codes the pages show (statuses, step kinds, outcomes, alert kinds), from {@code
 * fr/plie/server/labels.properties}; a code without a label shows as itself. Templates call it as {@code @labels}.
 */
@Component("labels")
public class Labels {
    private static final MessageBundle LABELS =
            new MessageBundle("fr.plie.server.labels", Labels.class::getResourceAsStream);

    /** The label of an enum's value, keyed {@code SimpleName.VALUE}. */
    public static String of(Enum<?> value) {
        String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
        return LABELS.hasKey(key, MessageBundle.FRENCH)
                ? LABELS.render(key, List.of(), MessageBundle.FRENCH)
                : value.name();
    }

    /** For templates: {@code ${@labels.label(p.status())}}. */
    public String label(Enum<?> value) {
        return of(value);
    }

    public static String date(LocalDate date) {
        return MessageBundle.date(date, MessageBundle.FRENCH);
    }

    public String day(LocalDate date) {
        return date(date);
    }
}
