package fr.plie.rules.preset;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.eligibility.EligibilityPolicy;
import fr.plie.rules.exit.ExitPolicy;
import org.junit.jupiter.api.Test;

/** One registry, one code per preset; the other spelling finds the same preset and says so. */
class PolicyPresetsTest {
    @Test
    void every_exit_preset_is_registered_under_the_name_its_explanations_show() {
        assertThat(PolicyPresets.exitPresets())
                .extracting(PolicyPresets.Preset::policy)
                .containsExactlyElementsOf(ExitPolicy.presets());
        assertThat(PolicyPresets.exitPresets())
                .allSatisfy(p -> assertThat(p.code()).isEqualTo(p.policy().name()));
    }

    @Test
    void a_code_finds_its_preset_the_other_spelling_too_with_a_flag_and_nothing_else_does() {
        var code = PolicyPresets.eligibilityPreset("grand-amienois").get();
        var other = PolicyPresets.eligibilityPreset("GRAND_AMIENOIS").get();

        assertThat(code.preset().policy()).isSameAs(EligibilityPolicy.GRAND_AMIENOIS);
        assertThat(code.otherSpelling()).isFalse();
        assertThat(other.preset()).isEqualTo(code.preset());
        assertThat(other.otherSpelling()).isTrue();
        assertThat(PolicyPresets.exitPreset("Grand-Amienois")).isEmpty();
        assertThat(PolicyPresets.exitPreset("grand-perigueux-2022-2027")).isEmpty();
    }
}
