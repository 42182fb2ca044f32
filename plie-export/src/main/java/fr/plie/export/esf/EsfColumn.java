package fr.plie.export.esf;

import fr.plie.core.esf.EsfQuestion;
import io.vavr.control.Either;
import java.util.Map;
import java.util.Objects;

/**
 * One column of the ESF+ participant file: its header, what it holds (a field or a question's answer) and the
 * translation of codes into the platform's values ({@code YES=Oui}); a code with no translation is written as is.
 */
public record EsfColumn(String header, Either<EsfField, EsfQuestion> content, Map<String, String> translations) {
    /**
     * Copies the translations, so the column stays immutable.
     *
     * @param header the column's header
     * @param content the field or the question the column holds
     * @param translations codes to the platform's values
     * @throws NullPointerException if a component is null
     */
    public EsfColumn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(content, "content");
        translations = Map.copyOf(translations);
    }

    String translate(String code) {
        return translations.getOrDefault(code, code);
    }
}
