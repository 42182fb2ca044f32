package fr.plie.rules.preset;

import fr.plie.rules.eligibility.EligibilityPolicy;
import fr.plie.rules.exit.ExitPolicy;
import io.vavr.control.Option;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Every named preset of plie, exit and eligibility, with its one code: lower case words joined by hyphens, as
 * {@code grand-amienois} or {@code toulouse-2015-2020} (the exit presets' {@link ExitPolicy#name()}). The other
 * spelling, upper case with underscores ({@code GRAND_AMIENOIS}, the names of the Java constants and of the first
 * policy documents), is still understood, and callers say so ({@link Found#otherSpelling()}).
 *
 * <p>Thread-safe: the presets are immutable values, built once.
 */
public final class PolicyPresets {
    /**
     * A preset: its code, the policy, and the seed or text it comes from.
     *
     * @param <P> the kind of policy
     */
    public record Preset<P>(String code, P policy, String source) {
        /**
         * Checks that no component is missing.
         *
         * @param code the preset's code, e.g. {@code toulouse-2015-2020}
         * @param policy the policy
         * @param source the seed or text it comes from
         * @throws NullPointerException if a component is null
         */
        public Preset {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(source, "source");
        }

        /**
         * The other spelling, accepted with a warning: {@code GRAND_AMIENOIS} for {@code grand-amienois}.
         *
         * @return the code in capitals, with underscores for dashes
         */
        public String otherSpelling() {
            return code.toUpperCase(Locale.ROOT).replace('-', '_');
        }
    }

    /**
     * A preset found from a spelling given by a user or a document.
     *
     * @param otherSpelling whether it was given in the other spelling, which callers report as a warning
     */
    public record Found<P>(Preset<P> preset, boolean otherSpelling) {}

    private static final List<Preset<ExitPolicy>> EXIT = List.of(
            exit(ExitPolicy.NATIONAL_GUIDE_2010, "national guide 2010 of the PLIE network, as cited in 2013"),
            exit(ExitPolicy.TOULOUSE_2015_2020, "seed 000, Toulouse Métropole, protocol 2015-2020"),
            exit(ExitPolicy.GRAND_AMIENOIS, "seed 004, PLIE du Grand Amiénois"),
            exit(ExitPolicy.BOULONNAIS, "seed 002, PLIE du Boulonnais"),
            exit(ExitPolicy.YOUTH_POSITIVE_SITUATION, "seed 004, youth programmes"));

    private static final List<Preset<EligibilityPolicy>> ELIGIBILITY = List.of(
            new Preset<>(
                    "grand-perigueux-2022-2027",
                    EligibilityPolicy.GRAND_PERIGUEUX_2022_2027,
                    "seed 001, PLIE du Grand Périgueux, protocol 2022-2027"),
            new Preset<>("grand-amienois", EligibilityPolicy.GRAND_AMIENOIS, "seed 004, PLIE du Grand Amiénois"));

    private PolicyPresets() {}

    private static Preset<ExitPolicy> exit(ExitPolicy policy, String source) {
        return new Preset<>(policy.name(), policy, source);
    }

    /**
     * The exit presets, in the order of {@link ExitPolicy#presets()}.
     *
     * @return the exit presets
     */
    public static List<Preset<ExitPolicy>> exitPresets() {
        return EXIT;
    }

    /**
     * The eligibility presets.
     *
     * @return the eligibility presets
     */
    public static List<Preset<EligibilityPolicy>> eligibilityPresets() {
        return ELIGIBILITY;
    }

    /**
     * The exit preset spelled {@code spelling} (its code or the other spelling); none if there is none.
     *
     * @param spelling the code or its other spelling
     * @return the preset found
     */
    public static Option<Found<ExitPolicy>> exitPreset(String spelling) {
        return find(EXIT, spelling);
    }

    /**
     * The eligibility preset spelled {@code spelling}; none if there is none.
     *
     * @param spelling the code or its other spelling
     * @return the preset found
     */
    public static Option<Found<EligibilityPolicy>> eligibilityPreset(String spelling) {
        return find(ELIGIBILITY, spelling);
    }

    /**
     * The codes, in order, as help texts and error messages list them.
     *
     * @param presets the presets
     * @return their codes
     */
    public static List<String> codes(List<? extends Preset<?>> presets) {
        return presets.stream().map(Preset::code).toList();
    }

    private static <P> Option<Found<P>> find(List<Preset<P>> presets, String spelling) {
        for (Preset<P> preset : presets) {
            if (preset.code().equals(spelling)) {
                return Option.some(new Found<>(preset, false));
            }
            if (preset.otherSpelling().equals(spelling)) {
                return Option.some(new Found<>(preset, true));
            }
        }
        return Option.none();
    }
}
