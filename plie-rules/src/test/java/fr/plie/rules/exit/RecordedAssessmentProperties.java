package fr.plie.rules.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import fr.plie.core.exit.EvidenceKind;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.step.ContractType;
import fr.plie.core.step.StepId;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * An assessment that was stored or exchanged comes back as the engine made it: its explanation's arguments carry
 * their type, so the rebuilt lines are equal and read the same in French and English.
 */
class RecordedAssessmentProperties {
    @Test
    void every_explanation_line_the_engine_writes_is_rebuilt_from_its_types_and_plain_values() {
        qt().forAll(Parcourses.steps(0, 14), Parcourses.asOf(), Parcourses.presets())
                .checkAssert((genes, asOf, policy) -> {
                    Parcours parcours = Parcourses.of(genes);
                    for (ExplanationLine line : ExitEngine.assess(parcours, asOf, policy)
                            .explanation()
                            .lines()) {
                        List<String> types = ExplanationArgs.types(line);
                        List<Object> plain = ExplanationArgs.plainValues(line);
                        assertThat(plain).allSatisfy(RecordedAssessmentProperties::assertPlain);

                        ExplanationLine back =
                                ExplanationArgs.line(line.key(), types, plain).get();

                        assertThat(back).isEqualTo(line);
                        assertThat(back.render(Locale.ENGLISH)).isEqualTo(line.render(Locale.ENGLISH));
                        assertThat(back.render()).isEqualTo(line.render());
                    }
                });
    }

    @Test
    void an_assessment_rebuilt_from_its_parts_equals_the_engines() {
        qt().forAll(Parcourses.steps(0, 14), Parcourses.asOf(), Parcourses.presets())
                .checkAssert((genes, asOf, policy) -> {
                    ExitAssessment a = ExitEngine.assess(Parcourses.of(genes), asOf, policy);
                    Option<LocalDate> date = a.pronounceableFrom().orElse(a.projectedDate());

                    ExitAssessment recorded = ExitAssessment.of(
                            a.outcome(),
                            a.projectedOutcome(),
                            a.qualifyingSteps(),
                            date,
                            a.missingEvidence(),
                            a.awaiting(),
                            a.asOf(),
                            a.policy(),
                            Explanation.of(a.explanation().lines()));

                    assertThat(recorded).isEqualTo(a).hasSameHashCodeAs(a);
                    assertThat(recorded.isReadyToPronounce()).isEqualTo(a.isReadyToPronounce());
                    assertThat(recorded.explanation().render())
                            .isEqualTo(a.explanation().render());
                });
    }

    @Test
    void a_recorded_assessment_whose_parts_disagree_is_refused() {
        List<StepId> steps = List.of(StepId.of("S1"));
        Option<ExitOutcome> employment = Option.some(ExitOutcome.POSITIVE_EMPLOYMENT);
        assertRefused(ExitOutcome.NOT_YET, Option.none(), steps, true);
        assertRefused(ExitOutcome.NOT_YET, Option.some(ExitOutcome.NOT_POSITIVE), steps, true);
        assertRefused(ExitOutcome.POSITIVE_TRAINING, employment, steps, true);
        assertRefused(ExitOutcome.POSITIVE_TRAINING, Option.none(), List.of(), true);
        assertRefused(ExitOutcome.POSITIVE_TRAINING, Option.none(), steps, false);
        assertRefused(ExitOutcome.NOT_POSITIVE, Option.none(), List.of(), true);
        // an awaited fact has no date, and its outcome needs the facts it waits for
        assertRefused(ExitOutcome.AWAITING_FACT, Option.none(), steps, true);
        assertRefused(ExitOutcome.AWAITING_FACT, Option.none(), steps, false);
        AwaitedFact result =
                new AwaitedFact(AwaitedFact.Fact.TRAINING_RESULT, StepId.of("S1"), ExitOutcome.POSITIVE_TRAINING);
        LocalDate day = LocalDate.of(2024, 3, 1);
        assertThatThrownBy(() -> ExitAssessment.of(
                        ExitOutcome.NOT_POSITIVE,
                        Option.none(),
                        List.of(),
                        Option.none(),
                        List.of(),
                        List.of(result),
                        day,
                        "p",
                        Explanation.of(List.of())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ExitAssessment.of(
                                ExitOutcome.AWAITING_FACT,
                                Option.none(),
                                steps,
                                Option.none(),
                                List.of(),
                                List.of(result),
                                day,
                                "p",
                                Explanation.of(List.of()))
                        .awaiting())
                .containsExactly(result);
    }

    private static void assertRefused(
            ExitOutcome outcome, Option<ExitOutcome> projected, List<StepId> steps, boolean dated) {
        LocalDate day = LocalDate.of(2024, 3, 1);
        Option<LocalDate> date = dated ? Option.some(day) : Option.none();
        assertThatThrownBy(() -> ExitAssessment.of(
                        outcome, projected, steps, date, List.of(), day, "p", Explanation.of(List.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void plain_values_that_do_not_fit_their_type_are_located_by_index() {
        assertThat(ExplanationArgs.line("k", List.of("STEP", "DATE"), List.of("S1", "2024-02-30"))
                        .getLeft())
                .isEqualTo(1);
        assertThat(ExplanationArgs.line("k", List.of("CONTRACT_TYPE"), List.of("CDX"))
                        .getLeft())
                .isZero();
        assertThat(ExplanationArgs.line("k", List.of("PERIOD"), List.of(6L)).getLeft())
                .isZero();
        assertThat(ExplanationArgs.line("k", List.of("STEP[]"), List.of("S1")).getLeft())
                .isZero();
        assertThat(ExplanationArgs.line("k", List.of("NO_SUCH_TYPE"), List.of("x"))
                        .getLeft())
                .isZero();
        assertThat(ExplanationArgs.line("k", List.of("TEXT", "TEXT"), List.of("x"))
                        .getLeft())
                .isEqualTo(1);
    }

    @Test
    void arguments_are_kept_in_one_canonical_form_whatever_the_engine_passed() {
        ExplanationLine line = new ExplanationLine(
                "evidence.missing",
                List.of(EnumSet.of(EvidenceKind.PAYSLIP), Period.ofMonths(3), LocalDate.of(2024, 1, 31), 1));
        assertThat(line.args())
                .containsExactly(List.of(EvidenceKind.PAYSLIP), Period.ofMonths(3), LocalDate.of(2024, 1, 31), 1L);
        assertThat(ExplanationArgs.types(line)).containsExactly("EVIDENCE_KIND[]", "PERIOD", "DATE", "INTEGER");
        assertThat(ExplanationArgs.plainValues(line)).containsExactly(List.of("PAYSLIP"), "P3M", "2024-01-31", 1L);
        assertThat(ExplanationArgs.line("k", List.of("DECIMAL", "DECIMAL"), List.of(35L, new BigDecimal("17.50")))
                        .get()
                        .args())
                .containsExactly(new BigDecimal("35"), new BigDecimal("17.50"));
        assertThatThrownBy(() -> new ExplanationLine("k", List.of(new Object())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExplanationLine("k", List.of(List.of(ContractType.CDI, BigDecimal.ONE))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertPlain(Object value) {
        if (value instanceof List<?> values) {
            values.forEach(RecordedAssessmentProperties::assertPlain);
        } else {
            assertThat(value).isInstanceOfAny(String.class, Long.class, BigDecimal.class, Boolean.class);
        }
    }
}
