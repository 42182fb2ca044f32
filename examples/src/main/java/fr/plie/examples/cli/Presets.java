package fr.plie.examples.cli;

import fr.plie.adapter.json.PlieDocument;
import fr.plie.examples.cli.PlieCommand.InvalidInputException;
import fr.plie.rules.eligibility.EligibilityPolicy;
import fr.plie.rules.exit.ExitPolicy;
import fr.plie.rules.preset.PolicyPresets;
import fr.plie.rules.preset.PolicyPresets.Found;
import fr.plie.rules.preset.PolicyPresets.Preset;
import io.vavr.control.Option;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/**
 * The policies the commands know by name, read from plie-rules' one registry ({@link PolicyPresets}): each preset
 * by its code ({@code grand-amienois}), its other spelling ({@code GRAND_AMIENOIS}) with a warning. A value
 * ending in {@code .json} is read as a policy document of the v1 exchange format instead (docs/format.md); a file
 * with another name is refused rather than taken for a preset's name.
 */
final class Presets {
    private Presets() {}

    /** The exit presets' codes, for picocli's {@code ${COMPLETION-CANDIDATES}} in the help. */
    static final class ExitCodes implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return PolicyPresets.codes(PolicyPresets.exitPresets()).iterator();
        }
    }

    /** The eligibility presets' codes, for the help. */
    static final class EligibilityCodes implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return PolicyPresets.codes(PolicyPresets.eligibilityPresets()).iterator();
        }
    }

    static ExitPolicy exitPolicy(String name, Context context) {
        if (name.endsWith(".json")) {
            return Inputs.documents(PlieDocument.EXIT_POLICY, name, InputStream.nullInputStream(), context.locale())
                    .get(0);
        }
        return preset(name, PolicyPresets.exitPreset(name), PolicyPresets.exitPresets(), context);
    }

    static EligibilityPolicy eligibilityPolicy(String name, Context context) {
        if (name.endsWith(".json")) {
            return Inputs.documents(
                            PlieDocument.ELIGIBILITY_POLICY, name, InputStream.nullInputStream(), context.locale())
                    .get(0);
        }
        return preset(name, PolicyPresets.eligibilityPreset(name), PolicyPresets.eligibilityPresets(), context);
    }

    private static <P> P preset(String name, Option<Found<P>> found, List<Preset<P>> presets, Context context) {
        if (found.isEmpty()) {
            if (Files.isRegularFile(Path.of(name))) {
                throw new InvalidInputException(Texts.get(context.locale(), "policy.not-json", name));
            }
            throw new InvalidInputException(Texts.get(
                    context.locale(), "policy.unknown", name, String.join(", ", PolicyPresets.codes(presets))));
        }
        if (found.get().otherSpelling()) {
            context.err()
                    .println(Texts.get(
                            context.locale(),
                            "policy.other-spelling",
                            name,
                            found.get().preset().code()));
        }
        return found.get().preset().policy();
    }
}
