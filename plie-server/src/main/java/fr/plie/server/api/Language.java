package fr.plie.server.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;

/** The language of a response: English when {@code Accept-Language} prefers it, French otherwise. */
public final class Language {
    private static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);

    private Language() {}

    public static Locale of(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Locale.FRENCH;
        }
        try {
            Locale found = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return found == null ? Locale.FRENCH : found;
        } catch (IllegalArgumentException e) {
            return Locale.FRENCH;
        }
    }
}
