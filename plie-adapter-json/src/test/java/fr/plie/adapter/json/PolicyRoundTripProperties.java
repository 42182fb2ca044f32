package fr.plie.adapter.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import fr.plie.rules.eligibility.EligibilityPolicy;
import fr.plie.rules.exit.ExitPolicy;
import org.junit.jupiter.api.Test;

/**
 * Any policy derived from a preset, written and read back, is the same policy; and what is written validates
 * against the shipped schema.
 */
class PolicyRoundTripProperties {
    private final PlieJson json = PlieJson.create();

    @Test
    void an_exit_policy_derived_from_any_preset_reads_back_equal_and_validates() {
        qt().withExamples(500).forAll(PolicyGen.exitPolicies()).checkAssert(policy -> {
            String written = json.writeAsString(PlieDocument.EXIT_POLICY, policy);
            ReadResult<ExitPolicy> read = json.read(PlieDocument.EXIT_POLICY, written);
            assertThat(read.errors()).isEmpty();
            assertThat(read.value().get()).isEqualTo(policy);
            assertThat(Schemas.violations(PlieDocument.EXIT_POLICY, written)).isEmpty();
        });
    }

    @Test
    void an_eligibility_policy_derived_from_any_preset_reads_back_equal_and_validates() {
        qt().withExamples(500).forAll(PolicyGen.eligibilityPolicies()).checkAssert(policy -> {
            String written = json.writeAsString(PlieDocument.ELIGIBILITY_POLICY, policy);
            ReadResult<EligibilityPolicy> read = json.read(PlieDocument.ELIGIBILITY_POLICY, written);
            assertThat(read.errors()).isEmpty();
            assertThat(read.value().get()).isEqualTo(policy);
            assertThat(Schemas.violations(PlieDocument.ELIGIBILITY_POLICY, written))
                    .isEmpty();
        });
    }

    @Test
    void every_preset_written_and_read_back_is_the_preset() {
        for (ExitPolicy preset : ExitPolicy.presets()) {
            String written = json.writeAsString(PlieDocument.EXIT_POLICY, preset);
            assertThat(json.read(PlieDocument.EXIT_POLICY, written).value().get())
                    .isEqualTo(preset);
        }
        for (EligibilityPolicy preset :
                new EligibilityPolicy[] {EligibilityPolicy.GRAND_AMIENOIS, EligibilityPolicy.GRAND_PERIGUEUX_2022_2027
                }) {
            String written = json.writeAsString(PlieDocument.ELIGIBILITY_POLICY, preset);
            assertThat(json.read(PlieDocument.ELIGIBILITY_POLICY, written)
                            .value()
                            .get())
                    .isEqualTo(preset);
        }
    }
}
