package fr.plie.rules.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plie.core.exit.EvidenceKind;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Period;
import java.util.EnumSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** A policy built from scratch starts from the defaults documented in docs/policies.md. */
class ExitPolicyDefaultsTest {
    @Test
    void a_policy_built_from_scratch_has_the_documented_defaults() {
        ExitPolicy policy = ExitPolicy.builder().name("from-scratch").build();

        assertThat(policy.employmentCounts()).isEqualTo(EmploymentMilestone.DURATION_THRESHOLD_MET);
        assertThat(policy.followUp()).isEqualTo(Period.ofMonths(6));
        assertThat(policy.minimumWorkingTimeShare()).isEqualByComparingTo("0.5");
        assertThat(policy.partTimeMustBeChosen()).isFalse();
        assertThat(policy.fixedTermThreshold()).isEqualTo(Period.ofMonths(6));
        assertThat(policy.fixedTermBoundary()).isEqualTo(Boundary.INCLUSIVE);
        assertThat(policy.consecutiveContractsAddUp()).isFalse();
        assertThat(policy.durableContractTypes()).isEmpty();
        assertThat(policy.temporaryWork()).isEqualTo(TemporaryWorkRule.NOT_COUNTED);
        assertThat(policy.temporaryWorkMinimum()).isEqualTo(Period.ofMonths(6));
        assertThat(policy.temporaryWorkBoundary()).isEqualTo(Boundary.INCLUSIVE);
        assertThat(policy.temporaryWorkWindow()).isEqualTo(Period.ofMonths(12));
        assertThat(policy.seasonalWorkMinimum()).isEqualTo(Option.none());
        assertThat(policy.seasonalWorkWindow()).isEqualTo(Period.ofMonths(12));
        assertThat(policy.trainingCounts()).isEqualTo(TrainingMilestone.AT_VALIDATION);
        assertThat(policy.trainingMustBeQualifying()).isTrue();
        assertThat(policy.trainingFollowUpRequired()).isFalse();
        assertThat(policy.longTrainingOver()).isEqualTo(Option.none());
        assertThat(policy.longTrainingCountsAfter()).isEqualTo(Period.ofMonths(6));
        assertThat(policy.creationCounts()).isEqualTo(CreationMilestone.ON_PROOF);
        assertThat(policy.creationConsolidation()).isEqualTo(Period.ofMonths(6));
        assertThat(policy.employmentEvidence()).isEmpty();
        assertThat(policy.administrativeExitsInDenominator()).isTrue();
    }

    @Test
    void every_negative_or_empty_duration_is_refused_by_name() {
        assertRefused(b -> b.followUp(Period.ofDays(-1)), "followUp");
        assertRefused(b -> b.temporaryWorkMinimum(Period.ofMonths(-1)), "temporaryWorkMinimum");
        assertRefused(b -> b.temporaryWorkWindow(Period.ofMonths(-12)), "temporaryWorkWindow");
        assertRefused(b -> b.seasonalWorkWindow(Period.ZERO), "seasonalWorkWindow");
        assertRefused(b -> b.seasonalWorkMinimum(Option.some(Period.ofMonths(-8))), "seasonalWorkMinimum");
        assertRefused(b -> b.longTrainingOver(Option.some(Period.ofMonths(-9))), "longTrainingOver");
        assertRefused(b -> b.longTrainingCountsAfter(Period.ofMonths(-6)), "longTrainingCountsAfter");
        assertRefused(b -> b.creationConsolidation(Period.ofMonths(-6)), "creationConsolidation");
        assertRefused(b -> b.minimumWorkingTimeShare(new BigDecimal("-0.1")), "minimumWorkingTimeShare");
    }

    @Test
    void the_extreme_working_time_shares_are_allowed() {
        assertThat(ExitPolicy.from(ExitPolicy.GRAND_AMIENOIS)
                        .minimumWorkingTimeShare(BigDecimal.ONE)
                        .build()
                        .minimumWorkingTimeShare())
                .isEqualByComparingTo("1");
        assertThat(ExitPolicy.from(ExitPolicy.GRAND_AMIENOIS)
                        .minimumWorkingTimeShare(BigDecimal.ZERO)
                        .build()
                        .minimumWorkingTimeShare())
                .isEqualByComparingTo("0");
    }

    @Test
    void an_evidence_requirement_names_at_least_one_kind_and_a_non_negative_age() {
        assertThatThrownBy(() -> new EvidenceRequirement(EnumSet.noneOf(EvidenceKind.class), Option.none()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EvidenceRequirement(null, Option.none()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EvidenceRequirement.anyOf(EvidenceKind.PAYSLIP).atMost(Period.ofDays(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        EvidenceRequirement payslip = EvidenceRequirement.anyOf(EvidenceKind.PAYSLIP, EvidenceKind.EMPLOYER_CERTIFICATE)
                .atMost(Period.ofMonths(1));
        assertThat(payslip.anyOf()).containsExactly(EvidenceKind.PAYSLIP, EvidenceKind.EMPLOYER_CERTIFICATE);
        assertThat(payslip.maximumAge()).contains(Period.ofMonths(1));
    }

    private static void assertRefused(UnaryOperator<ExitPolicy.Builder> change, String parameter) {
        ExitPolicy.Builder builder = ExitPolicy.from(ExitPolicy.NATIONAL_GUIDE_2010);
        assertThatThrownBy(() -> change.apply(builder).build())
                .as(parameter)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(parameter);
    }
}
