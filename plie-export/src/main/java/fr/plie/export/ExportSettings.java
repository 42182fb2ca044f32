package fr.plie.export;

import fr.plie.core.internal.MessageBundle;
import io.vavr.control.Option;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;

/**
 * The language of an export's labels (French unless asked otherwise), its small-count protection and, for the
 * HTML and PDF reports, the emblem shown beside the EU co-funding mention.
 *
 * @param emblem the emblem image as a {@code data:} URI (PNG, JPEG or SVG), none for an empty slot
 */
public record ExportSettings(Locale locale, Disclosure disclosure, Option<String> emblem) {
    /** French labels, every figure shown. */
    public static final ExportSettings DEFAULT = new ExportSettings(MessageBundle.FRENCH, Disclosure.NONE);

    /**
     * Checks that no component is missing.
     *
     * @param locale the language of the labels
     * @param disclosure the small-count protection
     * @param emblem the emblem image as a {@code data:} URI (PNG, JPEG or SVG), none for an empty slot
     * @throws NullPointerException if a component is null
     */
    public ExportSettings {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(disclosure, "disclosure");
        Objects.requireNonNull(emblem, "emblem");
    }

    /**
     * Settings without an emblem.
     *
     * @param locale the language of the labels
     * @param disclosure the small-count protection
     */
    public ExportSettings(Locale locale, Disclosure disclosure) {
        this(locale, disclosure, Option.none());
    }

    /** {@return the same settings, with English labels} */
    public ExportSettings inEnglish() {
        return new ExportSettings(Locale.ENGLISH, disclosure, emblem);
    }

    /**
     * The same settings with another small-count protection.
     *
     * @param newDisclosure the protection
     * @return the new settings
     */
    public ExportSettings withDisclosure(Disclosure newDisclosure) {
        return new ExportSettings(locale, newDisclosure, emblem);
    }

    /**
     * Shows {@code image} (the EU emblem the co-funding rules ask for, or the PLIE's logo beside it) next to the
     * co-funding mention.
     *
     * @param mediaType {@code image/png}, {@code image/jpeg} or {@code image/svg+xml}
     * @param image the image's bytes
     * @return the new settings
     */
    public ExportSettings withEmblem(String mediaType, byte[] image) {
        if (!mediaType.matches("image/(png|jpeg|svg\\+xml)")) {
            throw new IllegalArgumentException("the emblem is a PNG, JPEG or SVG image");
        }
        return new ExportSettings(
                locale,
                disclosure,
                Option.some(
                        "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(image)));
    }
}
