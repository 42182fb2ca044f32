package fr.plie.core.internal;

import io.vavr.control.Option;
import jakarta.validation.valueextraction.ExtractedValue;
import jakarta.validation.valueextraction.UnwrapByDefault;
import jakarta.validation.valueextraction.ValueExtractor;

/**
 * Lets Bean Validation check the value inside a Vavr {@link Option}, such as the e-mail address of {@code
 * PersonalData} ({@code Option<@Email String>}), and name the violation after the attribute ({@code email})
 * rather than as an element of an iterable. Registered through {@code META-INF/services}, so any Jakarta
 * Validation provider finds it.
 */
@UnwrapByDefault
public final class OptionValueExtractor implements ValueExtractor<Option<@ExtractedValue ?>> {
    @Override
    public void extractValues(Option<?> originalValue, ValueReceiver receiver) {
        receiver.value(null, originalValue.getOrNull());
    }
}
