package fr.plie.examples.cli;

import fr.plie.adapter.json.PlieDocument;
import fr.plie.examples.cli.PlieCommand.InvalidInputException;
import fr.plie.rules.eligibility.EligibilityPolicy;
import fr.plie.rules.exit.ExitPolicy;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The policies the commands know by name: the exit presets of plie-rules ({@code national-guide-2010},
 * {@code toulouse-2015-2020}, ...) and the eligibility presets (seeds 001 and 004). A value ending in {@code .json}
 * is read as a policy document of the v1 exchange format instead (docs/format.md).
 */
final class Presets {
    static final Map<String, EligibilityPolicy> ELIGIBILITY = new LinkedHashMap<>();

    static {
        ELIGIBILITY.put("grand-perigueux-2022-2027", EligibilityPolicy.GRAND_PERIGUEUX_2022_2027);
        ELIGIBILITY.put("grand-amienois", EligibilityPolicy.GRAND_AMIENOIS);
    }

    private Presets() {}

    static ExitPolicy exitPolicy(String name, Locale locale) {
        if (name.endsWith(".json")) {
            return Inputs.documents(PlieDocument.EXIT_POLICY, name, InputStream.nullInputStream(), locale)
                    .get(0);
        }
        return ExitPolicy.presets().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(Texts.get(
                        locale,
                        "policy.unknown",
                        name,
                        String.join(
                                ", ",
                                ExitPolicy.presets().stream()
                                        .map(ExitPolicy::name)
                                        .toList()))));
    }

    static EligibilityPolicy eligibilityPolicy(String name, Locale locale) {
        if (name.endsWith(".json")) {
            return Inputs.documents(PlieDocument.ELIGIBILITY_POLICY, name, InputStream.nullInputStream(), locale)
                    .get(0);
        }
        EligibilityPolicy policy = ELIGIBILITY.get(name);
        if (policy == null) {
            throw new InvalidInputException(
                    Texts.get(locale, "policy.unknown", name, String.join(", ", ELIGIBILITY.keySet())));
        }
        return policy;
    }
}
