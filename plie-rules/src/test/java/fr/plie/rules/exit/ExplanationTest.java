package fr.plie.rules.exit;

import static fr.plie.rules.exit.Parcourses.day;
import static fr.plie.rules.exit.Parcourses.fullTime;
import static fr.plie.rules.exit.Parcourses.ongoing;
import static fr.plie.rules.exit.Parcourses.step;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.common.MessageBundle;
import fr.plie.core.exit.EvidenceKind;
import fr.plie.core.step.ContractType;
import fr.plie.core.step.TrainingResult;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExplanationTest {
    private static final MessageBundle MESSAGES = new MessageBundle("fr.plie.rules.exit.messages");

    @Test
    void every_rule_and_rejection_has_a_french_and_an_english_text() {
        var keys = new java.util.ArrayList<String>();
        Arrays.stream(ExitRule.values()).map(ExitRule::key).forEach(keys::add);
        keys.add("schedule.no-policy");
        keys.add("schedule.overlap");
        for (Class<? extends Enum<?>> values : java.util.List.<Class<? extends Enum<?>>>of(
                Boundary.class, ExitOutcome.class, ContractType.class, TrainingResult.class, EvidenceKind.class)) {
            for (Enum<?> value : values.getEnumConstants()) {
                keys.add("value." + values.getSimpleName() + "." + value.name());
            }
        }
        for (String key : keys) {
            assertThat(MESSAGES.hasKey(key, Locale.FRENCH))
                    .as("French text of " + key)
                    .isTrue();
            assertThat(MESSAGES.hasKey(key, Locale.ENGLISH))
                    .as("English text of " + key)
                    .isTrue();
        }
    }

    @Test
    void the_explanation_lists_each_rule_applied_in_order_in_french_by_default() {
        var parcours = Parcourses.of(
                step("S1", new fr.plie.core.step.StepDetail.Diagnostic(), "2023-01-02", "2023-01-20"),
                ongoing("S2", fullTime(ContractType.CDD), "2024-01-01"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-08-01"), ExitPolicy.TOULOUSE_2015_2020);

        assertThat(assessment.explanation().keys())
                .containsExactly(
                        "policy.applied",
                        "employment.threshold",
                        "employment.follow-up",
                        "candidate.met",
                        "outcome.positive",
                        "evidence.no-exit-proposed");
        assertThat(assessment.explanation().render()).isEqualTo("""
                        Règles de sortie appliquées : toulouse-2015-2020, au 01/08/2024.
                        Le contrat CDD de l'étape S2 doit durer plus de 6 mois : seuil atteint le 01/07/2024.
                        Étape S2 : suivi de 6 mois jusqu'au 30/06/2024, la sortie est prononcée à son issue, le 01/07/2024.
                        Sortie possible : emploi durable depuis le 01/07/2024.
                        Conclusion : sortie positive, emploi durable, prononçable à partir du 01/07/2024 (étapes S2).
                        Aucune sortie proposée : la pièce probante demandée manque.
                        """);
        assertThat(assessment.explanation().render(Locale.ENGLISH))
                .startsWith("Exit rules applied: toulouse-2015-2020, as of 2024-08-01.\n"
                        + "The CDD of step S2 must last more than 6 months: threshold met on 2024-07-01.\n");
    }

    @Test
    void the_explanation_never_names_the_employer_or_the_person() {
        var parcours = Parcourses.of(ongoing("S1", fullTime(ContractType.CDI), "2024-01-01"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-08-01"), ExitPolicy.NATIONAL_GUIDE_2010);

        assertThat(assessment.explanation().render()).doesNotContain("Boulangerie");
        assertThat(assessment.toString()).doesNotContain("Boulangerie").contains("POSITIVE_EMPLOYMENT");
    }

    @Test
    void an_assessment_tells_the_category_a_committee_would_record() {
        var parcours = Parcourses.of(ongoing("S1", fullTime(ContractType.CDI), "2024-01-01"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-08-01"), ExitPolicy.NATIONAL_GUIDE_2010);

        assertThat(assessment.asOf()).isEqualTo(day("2024-08-01"));
        assertThat(assessment.policy()).isEqualTo("national-guide-2010");
        assertThat(assessment.outcome().category()).contains(fr.plie.core.exit.ExitCategory.POSITIVE_EMPLOYMENT);
        assertThat(ExitOutcome.POSITIVE_TRAINING.category()).contains(fr.plie.core.exit.ExitCategory.POSITIVE_TRAINING);
        assertThat(ExitOutcome.POSITIVE_CREATION.category()).contains(fr.plie.core.exit.ExitCategory.POSITIVE_CREATION);
        assertThat(ExitOutcome.NOT_YET.category()).isEmpty();
        assertThat(assessment.explanation().lines().get(0).render())
                .isEqualTo("Règles de sortie appliquées : national-guide-2010, au 01/08/2024.");
    }

    @Test
    void periods_read_naturally_in_both_languages() {
        assertThat(Texts.period(java.time.Period.of(0, 6, 1), false)).isEqualTo("6 mois et 1 jour");
        assertThat(Texts.period(java.time.Period.of(1, 0, 2), true)).isEqualTo("1 year and 2 days");
        assertThat(Texts.period(java.time.Period.ZERO, true)).isEqualTo("0 days");
    }
}
