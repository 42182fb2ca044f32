package fr.plie.adapter.json;

import fr.plie.rules.preset.PolicyPresets;
import fr.plie.rules.preset.PolicyPresets.Found;
import fr.plie.rules.preset.PolicyPresets.Preset;
import io.vavr.control.Option;
import java.util.List;
import java.util.function.Function;
import tools.jackson.core.JsonToken;

/** The {@code preset} field of the policy documents, read from plie-rules' one registry of presets. */
final class Presets {
    private Presets() {}

    /**
     * The preset named by the string at the cursor ({@code lookup} finds it), with a warning when it was given in
     * its other spelling; an error listing the codes when there is none.
     */
    static <P> P read(Cursor c, List<Preset<P>> presets, Function<String, Option<Found<P>>> lookup) {
        if (c.token() != JsonToken.VALUE_STRING) {
            c.typeError("string");
            return null;
        }
        Option<Found<P>> found = lookup.apply(c.parser.getString());
        if (found.isEmpty()) {
            c.error(JsonErrorCode.VALUE_ENUM, String.join(", ", PolicyPresets.codes(presets)));
            return null;
        }
        if (found.get().otherSpelling()) {
            c.warning(JsonErrorCode.VALUE_PRESET_SPELLING, found.get().preset().code());
        }
        return found.get().preset().policy();
    }
}
