package fr.plie.rules.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fr.plie.core.exit.Evidence;
import fr.plie.core.exit.EvidenceKind;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.step.ContractType;
import fr.plie.core.step.Employment;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepId;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** What must hold for every parcours, every preset and every assessment date. */
class ExitEngineProperties {
    @Test
    void the_outcome_does_not_depend_on_the_order_in_which_steps_were_recorded() {
        qt().forAll(
                        Parcourses.steps(0, 14),
                        Parcourses.asOf(),
                        Parcourses.presets(),
                        integers().between(0, 13))
                .checkAssert((genes, asOf, policy, rotation) -> {
                    Parcours recorded = Parcourses.of(genes);
                    List<Step> shuffled = new ArrayList<>(recorded.steps());
                    Collections.reverse(shuffled);
                    Collections.rotate(shuffled, rotation);

                    ExitAssessment a = ExitEngine.assess(recorded, asOf, policy);
                    ExitAssessment b = ExitEngine.assess(Parcourses.of(shuffled), asOf, policy);

                    assertThat(b.outcome()).isEqualTo(a.outcome());
                    assertThat(b.projectedOutcome()).isEqualTo(a.projectedOutcome());
                    assertThat(b.pronounceableFrom()).isEqualTo(a.pronounceableFrom());
                    assertThat(b.projectedDate()).isEqualTo(a.projectedDate());
                    assertThat(b.qualifyingSteps()).isEqualTo(a.qualifyingSteps());
                });
    }

    @Test
    void the_quick_judgement_agrees_with_the_one_that_explains_itself() {
        qt().forAll(
                        Parcourses.steps(0, 20),
                        Parcourses.asOf(),
                        Generate.pick(presetsAndVariants()),
                        integers().between(-1, 999))
                .checkAssert((genes, asOf, policy, exitGene) -> {
                    Parcours parcours = withProposedExit(Parcourses.of(genes), asOf, exitGene);

                    ExitAssessment quick = ExitEngine.assess(parcours, asOf, policy);
                    Evaluation explaining = new Evaluation(parcours, asOf, policy, true, null);
                    ExitAssessment explained = explaining.run(null);

                    assertThat(quick.outcome()).isEqualTo(explained.outcome());
                    assertThat(quick.projectedOutcome()).isEqualTo(explained.projectedOutcome());
                    assertThat(quick.pronounceableFrom()).isEqualTo(explained.pronounceableFrom());
                    assertThat(quick.projectedDate()).isEqualTo(explained.projectedDate());
                    assertThat(quick.qualifyingSteps()).isEqualTo(explained.qualifyingSteps());
                    assertThat(quick.missingEvidence()).isEqualTo(explained.missingEvidence());
                    assertThat(explaining.lines()).isNotEmpty();
                });
    }

    /** The presets, and variants that add up consecutive contracts or count seasonal work under a window. */
    private static List<ExitPolicy> presetsAndVariants() {
        List<ExitPolicy> policies = new ArrayList<>(ExitPolicy.presets());
        policies.add(ExitPolicy.from(ExitPolicy.GRAND_AMIENOIS)
                .name("amienois-chains")
                .consecutiveContractsAddUp(true)
                .seasonalWorkMinimum(Option.some(Period.ofMonths(4)))
                .minimumWorkingTimeShare(BigDecimal.ZERO)
                .build());
        policies.add(ExitPolicy.from(ExitPolicy.TOULOUSE_2015_2020)
                .name("toulouse-missions")
                .temporaryWork(TemporaryWorkRule.CONSECUTIVE_MISSIONS)
                .consecutiveContractsAddUp(true)
                .partTimeMustBeChosen(true)
                .build());
        return policies;
    }

    /** No exit for a negative gene, else one proposed near {@code asOf} with some of the documents. */
    private static Parcours withProposedExit(Parcours parcours, LocalDate asOf, int gene) {
        if (gene < 0) {
            return parcours;
        }
        List<Evidence> evidence = new ArrayList<>();
        EvidenceKind[] kinds = EvidenceKind.values();
        for (int k = 0; k < 3; k++) {
            int g = gene / (k * 7 + 1);
            if (g % 2 == 0) {
                evidence.add(Parcourses.evidence(kinds[g % kinds.length], asOf.minusDays(g % 60)));
            }
        }
        LocalDate date = asOf.minusDays(gene % 90);
        return Parcourses.withExit(parcours, date, ExitCategory.POSITIVE_EMPLOYMENT, evidence.toArray(Evidence[]::new));
    }

    @Test
    void lengthening_a_qualifying_contract_or_raising_its_hours_never_turns_positive_into_negative() {
        qt().forAll(
                        Parcourses.steps(1, 12),
                        Parcourses.asOf(),
                        Parcourses.presets(),
                        integers().between(1, 400).zip(integers().between(0, 20), (d, h) -> new int[] {d, h}))
                .checkAssert((genes, asOf, policy, extra) -> {
                    int extraDays = extra[0];
                    int extraHours = extra[1];
                    Parcours parcours = Parcourses.of(genes);
                    ExitAssessment before = ExitEngine.assess(parcours, asOf, policy);
                    if (before.outcome() != ExitOutcome.POSITIVE_EMPLOYMENT) {
                        return;
                    }
                    List<Step> improved = new ArrayList<>();
                    for (Step step : parcours.steps()) {
                        boolean qualifying = before.qualifyingSteps().contains(step.id());
                        improved.add(qualifying ? longerAndMoreHours(step, extraDays, extraHours) : step);
                    }

                    ExitAssessment after = ExitEngine.assess(Parcourses.of(improved), asOf, policy);

                    assertThat(after.isPositive())
                            .as(after.explanation().render())
                            .isTrue();
                });
    }

    private static Step longerAndMoreHours(Step step, int extraDays, int extraHours) {
        Employment job = step.employment().get();
        BigDecimal hours = job.weeklyHours().add(BigDecimal.valueOf(extraHours)).min(new BigDecimal("48"));
        Employment better = Employment.builder()
                .from(job)
                .weeklyHours(hours)
                .plannedEnd(job.plannedEnd().map(d -> d.plusDays(extraDays)))
                .build();
        Step longer = step.withDetail(better);
        return step.end().isDefined() ? longer.endedOn(step.end().get().plusDays(extraDays)) : longer;
    }

    @Test
    void a_contract_under_the_minimum_working_time_never_qualifies() {
        qt().forAll(
                        Parcourses.steps(1, 12),
                        Parcourses.asOf(),
                        Generate.pick(List.of(
                                ExitPolicy.NATIONAL_GUIDE_2010,
                                ExitPolicy.TOULOUSE_2015_2020,
                                ExitPolicy.GRAND_AMIENOIS,
                                ExitPolicy.BOULONNAIS)))
                .checkAssert((genes, asOf, policy) -> {
                    List<Step> underHalfTime = new ArrayList<>();
                    for (Step step : Parcourses.of(genes).steps()) {
                        underHalfTime.add(step.employment().isDefined() ? underMinimum(step, policy) : step);
                    }
                    Parcours parcours = Parcourses.of(underHalfTime);

                    ExitAssessment assessment = ExitEngine.assess(parcours, asOf, policy);

                    assertThat(assessment.outcome()).isNotEqualTo(ExitOutcome.POSITIVE_EMPLOYMENT);
                    assertThat(assessment.projectedOutcome())
                            .isNotEqualTo(Option.some(ExitOutcome.POSITIVE_EMPLOYMENT));
                    for (StepId id : assessment.qualifyingSteps()) {
                        assertThat(parcours.step(id).get().employment()).isEmpty();
                    }
                });
    }

    private static Step underMinimum(Step step, ExitPolicy policy) {
        Employment job = step.employment().get();
        BigDecimal minimum = job.referenceWeeklyHours().multiply(policy.minimumWorkingTimeShare());
        BigDecimal under = minimum.subtract(new BigDecimal("0.01")).setScale(2, RoundingMode.DOWN);
        return step.withDetail(Employment.builder().from(job).weeklyHours(under).build());
    }

    @Test
    void the_fixed_term_outcome_flips_exactly_at_the_configured_threshold() {
        qt().forAll(
                        integers().between(0, 1000),
                        integers().between(1, 24),
                        Generate.enumValues(Boundary.class),
                        Generate.pick(List.of(
                                EmploymentMilestone.DURATION_THRESHOLD_MET, EmploymentMilestone.END_OF_TRIAL_PERIOD)))
                .checkAssert((startOffset, months, boundary, milestone) -> {
                    // a CDD under either milestone, a CDI where it must last the threshold too
                    ContractType type = startOffset % 2 == 0 ? ContractType.CDD : ContractType.CDI;
                    ExitPolicy policy = ExitPolicy.from(ExitPolicy.NATIONAL_GUIDE_2010)
                            .name("threshold-" + months + "-" + boundary)
                            .employmentCounts(milestone)
                            .fixedTermThreshold(Period.ofMonths(months))
                            .fixedTermBoundary(boundary)
                            .consecutiveContractsAddUp(false)
                            .build();
                    LocalDate start = Parcourses.ENTRY.plusDays(startOffset);
                    LocalDate lastDayOfSixMonths = start.plusMonths(months).minusDays(1);
                    LocalDate threshold =
                            boundary == Boundary.INCLUSIVE ? lastDayOfSixMonths : lastDayOfSixMonths.plusDays(1);
                    LocalDate asOf = threshold.plusYears(1);
                    Employment job = Parcourses.fullTime(ContractType.CDD);
                    if (type == ContractType.CDI && milestone == EmploymentMilestone.DURATION_THRESHOLD_MET) {
                        job = Parcourses.fullTime(ContractType.CDI);
                    }

                    Parcours oneDayShort =
                            Parcourses.of(Step.of(StepId.of("S1"), start, job).endedOn(threshold.minusDays(1)));
                    Parcours justEnough =
                            Parcourses.of(Step.of(StepId.of("S1"), start, job).endedOn(threshold));

                    assertThat(ExitEngine.assess(oneDayShort, asOf, policy).outcome())
                            .isEqualTo(ExitOutcome.NOT_POSITIVE);
                    ExitAssessment enough = ExitEngine.assess(justEnough, asOf, policy);
                    assertThat(enough.outcome()).isEqualTo(ExitOutcome.POSITIVE_EMPLOYMENT);
                    assertThat(enough.pronounceableFrom()).contains(threshold);
                });
    }

    @Test
    void a_positive_outcome_is_pronounceable_between_the_qualifying_start_and_the_assessment_date() {
        qt().forAll(Parcourses.steps(0, 16), Parcourses.asOf(), Parcourses.presets())
                .checkAssert((genes, asOf, policy) -> {
                    Parcours parcours = Parcourses.of(genes);
                    ExitAssessment assessment = ExitEngine.assess(parcours, asOf, policy);
                    if (!assessment.isPositive()) {
                        return;
                    }
                    LocalDate pronounceable = assessment.pronounceableFrom().get();
                    LocalDate firstStart = assessment.qualifyingSteps().stream()
                            .map(id -> parcours.step(id).get().start())
                            .min(LocalDate::compareTo)
                            .get();

                    assertThat(pronounceable).isBeforeOrEqualTo(asOf).isAfterOrEqualTo(firstStart);
                });
    }

    @Test
    void adding_a_step_that_is_not_employment_training_or_creation_never_changes_the_outcome() {
        qt().forAll(Parcourses.steps(0, 14), Parcourses.asOf(), Parcourses.presets(), Parcourses.supportStep())
                .checkAssert((genes, asOf, policy, other) -> {
                    Parcours parcours = Parcourses.of(genes);

                    ExitAssessment before = ExitEngine.assess(parcours, asOf, policy);
                    ExitAssessment after = ExitEngine.assess(Parcourses.plus(parcours, other), asOf, policy);

                    assertThat(after.outcome()).isEqualTo(before.outcome());
                    assertThat(after.projectedOutcome()).isEqualTo(before.projectedOutcome());
                    assertThat(after.pronounceableFrom()).isEqualTo(before.pronounceableFrom());
                    assertThat(after.projectedDate()).isEqualTo(before.projectedDate());
                    assertThat(after.qualifyingSteps()).isEqualTo(before.qualifyingSteps());
                });
    }

    @Test
    void reassessing_on_the_projected_date_with_no_new_fact_gives_the_projected_outcome() {
        qt().forAll(Parcourses.steps(1, 14), Parcourses.asOf(), Parcourses.presets())
                .checkAssert((genes, asOf, policy) -> {
                    Parcours known = Parcourses.knownOn(Parcourses.of(genes), asOf);
                    ExitAssessment now = ExitEngine.assess(known, asOf, policy);
                    if (now.outcome() != ExitOutcome.NOT_YET) {
                        return;
                    }
                    LocalDate projected = now.projectedDate().get();

                    ExitAssessment then = ExitEngine.assess(known, projected, policy);

                    assertThat(then.outcome())
                            .as(then.explanation().render())
                            .isEqualTo(now.projectedOutcome().get());
                    assertThat(then.pronounceableFrom()).contains(projected);
                    assertThat(then.qualifyingSteps()).isEqualTo(now.qualifyingSteps());
                });
    }
}
