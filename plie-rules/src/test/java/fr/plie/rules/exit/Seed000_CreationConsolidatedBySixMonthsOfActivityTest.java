package fr.plie.rules.exit;

import static fr.plie.rules.exit.Parcourses.creation;
import static fr.plie.rules.exit.Parcourses.day;
import static fr.plie.rules.exit.Parcourses.ongoing;
import static fr.plie.rules.exit.Parcourses.step;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Seed 000: "Enregistrement officiel de l'entreprise consolidée par 6 mois d'activité pour les bénéficiaires du
 * PLIE qui s'engagent dans la création de leur propre activité".
 */
class Seed000_CreationConsolidatedBySixMonthsOfActivityTest {
    private static final ExitPolicy TOULOUSE = ExitPolicy.TOULOUSE_2015_2020;

    @Test
    void the_day_before_its_consolidation_a_registered_creation_is_not_yet_an_exit() {
        var parcours = Parcourses.of(ongoing("S1", creation("2024-02-01", "2024-02-01"), "2024-01-15"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-07-30"), TOULOUSE);

        assertThat(assessment.outcome()).isEqualTo(ExitOutcome.NOT_YET);
        assertThat(assessment.projectedOutcome()).contains(ExitOutcome.POSITIVE_CREATION);
        assertThat(assessment.projectedDate()).contains(day("2024-07-31"));
    }

    @Test
    void on_its_consolidation_date_the_creation_is_a_positive_exit() {
        var parcours = Parcourses.of(ongoing("S1", creation("2024-02-01", "2024-02-01"), "2024-01-15"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-07-31"), TOULOUSE);

        assertThat(assessment.outcome()).isEqualTo(ExitOutcome.POSITIVE_CREATION);
        assertThat(assessment.pronounceableFrom()).contains(day("2024-07-31"));
        assertThat(assessment.explanation().keys()).contains("creation.registered", "creation.consolidation");
    }

    @Test
    void a_registration_after_six_months_of_activity_counts_on_the_registration_day() {
        var parcours = Parcourses.of(ongoing("S1", creation("2024-09-02", "2024-02-01"), "2024-01-15"));

        assertThat(ExitEngine.assess(parcours, day("2024-12-01"), TOULOUSE).pronounceableFrom())
                .contains(day("2024-09-02"));
    }

    @Test
    void an_activity_that_ceased_before_its_consolidation_does_not_count() {
        var parcours = Parcourses.of(step("S1", creation("2024-02-01", "2024-02-01"), "2024-01-15", "2024-05-31"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-09-01"), TOULOUSE);

        assertThat(assessment.outcome()).isEqualTo(ExitOutcome.NOT_POSITIVE);
        assertThat(assessment.explanation().keys()).contains("creation.ceased");
    }

    @Test
    void a_creation_not_registered_yet_awaits_its_registration_even_after_six_months_of_preparation() {
        var parcours = Parcourses.of(ongoing("S1", creation(null, "2024-02-01"), "2024-01-15"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-12-01"), TOULOUSE);

        assertThat(assessment.outcome()).isEqualTo(ExitOutcome.AWAITING_FACT);
        assertThat(assessment.awaiting())
                .extracting(AwaitedFact::fact)
                .containsExactly(AwaitedFact.Fact.BUSINESS_REGISTRATION);
        assertThat(assessment.explanation().keys()).contains("creation.not-registered");
    }

    @Test
    void a_creation_given_up_before_its_registration_awaits_nothing() {
        var parcours = Parcourses.of(step("S1", creation(null, "2024-02-01"), "2024-01-15", "2024-05-31"));

        assertThat(ExitEngine.assess(parcours, day("2024-12-01"), TOULOUSE).outcome())
                .isEqualTo(ExitOutcome.NOT_POSITIVE);
    }
}
