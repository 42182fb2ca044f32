package fr.plie.rules.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plie.core.step.ContractType;
import java.math.BigDecimal;
import java.time.Period;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ExitPolicyTest {
    @Test
    void a_plie_derives_its_own_policy_from_a_preset_changing_only_what_differs() {
        ExitPolicy amiensCre = ExitPolicy.from(ExitPolicy.GRAND_AMIENOIS)
                .name("grand-amienois-cre")
                .fixedTermBoundary(Boundary.INCLUSIVE)
                .build();

        assertThat(amiensCre.fixedTermBoundary()).isEqualTo(Boundary.INCLUSIVE);
        assertThat(amiensCre.employmentCounts()).isEqualTo(ExitPolicy.GRAND_AMIENOIS.employmentCounts());
        assertThat(amiensCre.durableContractTypes()).isEqualTo(ExitPolicy.GRAND_AMIENOIS.durableContractTypes());
        assertThat(amiensCre.employmentEvidence()).isEqualTo(ExitPolicy.GRAND_AMIENOIS.employmentEvidence());
        assertThat(ExitPolicy.GRAND_AMIENOIS.fixedTermBoundary()).isEqualTo(Boundary.EXCLUSIVE);
    }

    @Test
    void listing_durable_contract_types_replaces_the_preset_s_list() {
        ExitPolicy withPec = ExitPolicy.from(ExitPolicy.TOULOUSE_2015_2020)
                .name("toulouse-pec")
                .durableContractTypes(EnumSet.of(ContractType.CDI, ContractType.PEC))
                .build();

        assertThat(withPec.durableContractTypes()).containsExactlyInAnyOrder(ContractType.CDI, ContractType.PEC);
    }

    @Test
    void the_presets_differ_where_the_seeds_differ() {
        assertThat(ExitPolicy.presets())
                .extracting(ExitPolicy::employmentCounts)
                .containsExactly(
                        EmploymentMilestone.DURATION_THRESHOLD_MET,
                        EmploymentMilestone.END_OF_FOLLOW_UP,
                        EmploymentMilestone.END_OF_TRIAL_PERIOD,
                        EmploymentMilestone.END_OF_FOLLOW_UP,
                        EmploymentMilestone.DURATION_THRESHOLD_MET);
        assertThat(ExitPolicy.BOULONNAIS.followUp()).isEqualTo(Period.of(0, 6, 1));
        assertThat(ExitPolicy.TOULOUSE_2015_2020.followUp()).isEqualTo(Period.ofMonths(6));
        assertThat(ExitPolicy.presets()).extracting(ExitPolicy::name).doesNotHaveDuplicates();
    }

    @Test
    void cddi_and_pec_are_steps_in_every_adult_preset() {
        for (ExitPolicy preset : ExitPolicy.presets()) {
            if (preset != ExitPolicy.YOUTH_POSITIVE_SITUATION) {
                assertThat(preset.durableContractTypes())
                        .as(preset.name())
                        .doesNotContain(ContractType.CDDI, ContractType.PEC);
            }
        }
    }

    @Test
    void a_working_time_share_over_full_time_is_a_programming_error() {
        assertThatThrownBy(() -> ExitPolicy.from(ExitPolicy.NATIONAL_GUIDE_2010)
                        .minimumWorkingTimeShare(new BigDecimal("1.5"))
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("minimumWorkingTimeShare");
    }

    @Test
    void missions_are_governed_by_the_temporary_work_rule_not_the_durable_types() {
        assertThatThrownBy(() -> ExitPolicy.from(ExitPolicy.NATIONAL_GUIDE_2010)
                        .addDurableContractTypes(ContractType.TEMPORARY_MISSION)
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("temporaryWork");
    }

    @Test
    void a_negative_threshold_is_a_programming_error() {
        assertThatThrownBy(() -> ExitPolicy.from(ExitPolicy.NATIONAL_GUIDE_2010)
                        .fixedTermThreshold(Period.ofMonths(-6))
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fixedTermThreshold");
    }

    @Test
    void an_empty_window_is_a_programming_error() {
        assertThatThrownBy(() -> ExitPolicy.from(ExitPolicy.GRAND_AMIENOIS)
                        .temporaryWorkWindow(Period.ZERO)
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("temporaryWorkWindow");
    }

    @Test
    void only_positive_outcomes_need_evidence() {
        assertThat(ExitPolicy.GRAND_AMIENOIS.evidenceFor(ExitOutcome.POSITIVE_TRAINING))
                .isEqualTo(ExitPolicy.GRAND_AMIENOIS.trainingEvidence());
        assertThat(ExitPolicy.GRAND_AMIENOIS.evidenceFor(ExitOutcome.POSITIVE_CREATION))
                .isEqualTo(ExitPolicy.GRAND_AMIENOIS.creationEvidence());
        assertThat(ExitPolicy.GRAND_AMIENOIS.evidenceFor(ExitOutcome.NOT_YET)).isEmpty();
        assertThat(ExitPolicy.GRAND_AMIENOIS.evidenceFor(ExitOutcome.NOT_POSITIVE))
                .isEmpty();
    }

    @Test
    void reporting_reads_whether_administrative_exits_count_in_the_denominator() {
        ExitPolicy leavesThemOut = ExitPolicy.from(ExitPolicy.GRAND_AMIENOIS)
                .administrativeExitsInDenominator(false)
                .build();

        assertThat(ExitPolicy.GRAND_AMIENOIS.administrativeExitsInDenominator()).isTrue();
        assertThat(leavesThemOut.administrativeExitsInDenominator()).isFalse();
    }
}
