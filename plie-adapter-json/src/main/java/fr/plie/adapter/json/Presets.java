package fr.plie.adapter.json;

import fr.plie.rules.preset.PolicyPresets;
import fr.plie.rules.preset.PolicyPresets.Found;
import fr.plie.rules.preset.PolicyPresets.Preset;
import io.vavr.control.Option;
import java.util.List;

/** The {@code preset} field of the policy documents, read from plie-rules' one registry of presets. */
final class Presets {
    private Presets() {}

    /**
     * The preset found, with a warning when it was given in its other spelling; an error listing the codes when
     * there is none.
     */
    static <P> P read(Cursor c, List<Preset<P>> presets, Option<Found<P>> found) {
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
