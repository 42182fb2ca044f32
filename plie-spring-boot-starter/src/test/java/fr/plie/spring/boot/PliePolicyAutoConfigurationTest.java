package fr.plie.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.rules.eligibility.EligibilityPolicy;
import fr.plie.rules.exit.ExitPolicy;
import fr.plie.rules.exit.ExitPolicySchedule;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Policies from application properties: a preset, overrides read as the format reads them, and clear refusals. */
class PliePolicyAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(
                    AutoConfigurations.of(PlieJsonAutoConfiguration.class, PliePolicyAutoConfiguration.class));

    @Test
    void aPresetWithOverridesChangesOnlyWhatItNames() {
        runner.withPropertyValues(
                        "plie.exit.preset=toulouse-2015-2020",
                        "plie.exit.overrides.name=toulouse-cre-2025",
                        "plie.exit.overrides.followUp=P6M1D")
                .run(context -> {
                    ExitPolicy policy = context.getBean(ExitPolicy.class);
                    assertThat(policy.name()).isEqualTo("toulouse-cre-2025");
                    assertThat(policy.followUp()).isEqualTo(Period.parse("P6M1D"));
                    assertThat(ExitPolicy.from(policy)
                                    .name(ExitPolicy.TOULOUSE_2015_2020.name())
                                    .followUp(ExitPolicy.TOULOUSE_2015_2020.followUp())
                                    .build())
                            .isEqualTo(ExitPolicy.TOULOUSE_2015_2020);
                });
    }

    @Test
    void listsOfOverridesBindAsTheFormatsLists() {
        runner.withPropertyValues(
                        "plie.exit.preset=TOULOUSE_2015_2020",
                        "plie.exit.overrides.employmentEvidence[0].anyOf[0]=PAYSLIP",
                        "plie.exit.overrides.employmentEvidence[0].maximumAge=P3M")
                .run(context -> assertThat(context.getBean(ExitPolicy.class)
                                .employmentEvidence()
                                .toString())
                        .contains("PAYSLIP")
                        .doesNotContain("EMPLOYMENT_CONTRACT"));
    }

    @Test
    void aWrongOverrideStopsTheStartNamingItsProperty() {
        runner.withPropertyValues("plie.exit.preset=toulouse-2015-2020", "plie.exit.overrides.followUp=six-months")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("plie.exit.overrides.followUp"));
    }

    @Test
    void anUnknownPresetIsRefused() {
        runner.withPropertyValues("plie.exit.preset=lyon-2030")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("plie.exit.preset"));
    }

    @Test
    void eligibilityFromAPresetWithANumberOverride() {
        runner.withPropertyValues(
                        "plie.eligibility.preset=grand-amienois", "plie.eligibility.overrides.criteriaRequired=1")
                .run(context -> {
                    EligibilityPolicy policy = context.getBean(EligibilityPolicy.class);
                    assertThat(policy.criteriaRequired()).isEqualTo(1);
                    assertThat(policy.territory()).isEqualTo(EligibilityPolicy.GRAND_AMIENOIS.territory());
                });
    }

    @Test
    void theScheduleJudgesEachDateByTheProtocolInForce() {
        runner.withPropertyValues(
                        "plie.exit.schedule[0].from=2015-01-01",
                        "plie.exit.schedule[0].to=2020-12-31",
                        "plie.exit.schedule[0].preset=toulouse-2015-2020",
                        "plie.exit.schedule[1].from=2021-01-01",
                        "plie.exit.schedule[1].to=2027-12-31",
                        "plie.exit.schedule[1].preset=national-guide-2010",
                        "plie.exit.schedule[1].overrides.name=toulouse-2021-2027")
                .run(context -> {
                    ExitPolicySchedule schedule = context.getBean(ExitPolicySchedule.class);
                    assertThat(schedule.policyOn(LocalDate.of(2019, 6, 1)).get())
                            .isEqualTo(ExitPolicy.TOULOUSE_2015_2020);
                    assertThat(schedule.policyOn(LocalDate.of(2024, 6, 1)).get().name())
                            .isEqualTo("toulouse-2021-2027");
                    assertThat(schedule.policyOn(LocalDate.of(2030, 1, 1)).isLeft())
                            .isTrue();
                    assertThat(context).doesNotHaveBean(ExitPolicy.class);
                });
    }

    @Test
    void overlappingProtocolsAreRefused() {
        runner.withPropertyValues(
                        "plie.exit.schedule[0].from=2015-01-01",
                        "plie.exit.schedule[0].to=2020-12-31",
                        "plie.exit.schedule[0].preset=toulouse-2015-2020",
                        "plie.exit.schedule[1].from=2020-06-01",
                        "plie.exit.schedule[1].to=2027-12-31",
                        "plie.exit.schedule[1].preset=national-guide-2010")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("plie.exit.schedule"));
    }

    @Test
    void noPolicyWithoutAPreset() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(ExitPolicy.class);
            assertThat(context).doesNotHaveBean(EligibilityPolicy.class);
            assertThat(context).doesNotHaveBean(ExitPolicySchedule.class);
        });
    }
}
