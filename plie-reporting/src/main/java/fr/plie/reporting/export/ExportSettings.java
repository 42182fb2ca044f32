package fr.plie.reporting.export;

import fr.plie.core.internal.MessageBundle;
import java.util.Locale;
import java.util.Objects;

/**
 * The language of an export's labels (French unless asked otherwise) and its small-count protection.
 */
public record ExportSettings(Locale locale, Disclosure disclosure) {
    /** French labels, every figure shown. */
    public static final ExportSettings DEFAULT = new ExportSettings(MessageBundle.FRENCH, Disclosure.NONE);

    public ExportSettings {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(disclosure, "disclosure");
    }

    public ExportSettings inEnglish() {
        return new ExportSettings(Locale.ENGLISH, disclosure);
    }

    public ExportSettings withDisclosure(Disclosure newDisclosure) {
        return new ExportSettings(locale, newDisclosure);
    }
}
