package fr.plie.rules.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plie.core.exit.Evidence;
import fr.plie.core.exit.EvidenceKind;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.step.ContractType;
import fr.plie.core.step.TrainingResult;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Seed 000 (Toulouse 2015-2020) names two positive exits, "validation d'une formation qualifiante" and "accès à un
 * emploi stable ... à l'issue de cette période de six mois": a committee that records the CDI after a validated
 * training asks whether the rules support that category, not the training that came first
 * ({@link ExitEngine#assessFor}).
 */
class Seed000_EachPositiveCategoryJudgedOnItsOwnTest {
    private static final ExitPolicy TOULOUSE = ExitPolicy.TOULOUSE_2015_2020;
    private static final LocalDate HIRED = LocalDate.of(2023, 1, 2);
    private static final LocalDate AS_OF = LocalDate.of(2023, 7, 2);

    private static final Parcours TRAINING_THEN_CDI = ParcoursFixture.enteredOn("PAR-8", LocalDate.of(2022, 11, 7))
            .qualifyingTraining(LocalDate.of(2022, 11, 14), LocalDate.of(2022, 12, 16), TrainingResult.OBTAINED)
            .employment(ContractType.CDI, HIRED, Option.none())
            .proposeExit(
                    AS_OF,
                    ExitCategory.POSITIVE_EMPLOYMENT,
                    new Evidence(EvidenceKind.EMPLOYMENT_CONTRACT, HIRED, "GED-CONTRACT"))
            .build();

    @Test
    void the_training_comes_first_in_the_assessment_the_cdi_is_judged_on_its_own_when_asked() {
        ExitAssessment first = ExitEngine.assess(TRAINING_THEN_CDI, AS_OF, TOULOUSE);
        ExitAssessment employment =
                ExitEngine.assessFor(TRAINING_THEN_CDI, AS_OF, TOULOUSE, ExitOutcome.POSITIVE_EMPLOYMENT);

        assertThat(first.outcome()).isEqualTo(ExitOutcome.POSITIVE_TRAINING);
        assertThat(employment.outcome()).isEqualTo(ExitOutcome.POSITIVE_EMPLOYMENT);
        // six months of follow-up from 2 January are complete on 1 July: the exit comes on 2 July
        assertThat(employment.pronounceableFrom()).contains(AS_OF);
        assertThat(employment).isNotEqualTo(first);
        assertThat(employment.hashCode()).isNotEqualTo(first.hashCode());
        assertThat(ExitEngine.assessFor(TRAINING_THEN_CDI, AS_OF, TOULOUSE, ExitOutcome.POSITIVE_EMPLOYMENT))
                .isEqualTo(employment);
    }

    @Test
    void only_a_positive_category_can_be_judged_on_its_own() {
        assertThatThrownBy(() -> ExitEngine.assessFor(TRAINING_THEN_CDI, AS_OF, TOULOUSE, ExitOutcome.NOT_POSITIVE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_printed_forms_carry_codes_dates_and_ids_never_the_participant() {
        ExitAssessment employment =
                ExitEngine.assessFor(TRAINING_THEN_CDI, AS_OF, TOULOUSE, ExitOutcome.POSITIVE_EMPLOYMENT);

        assertThat(employment.toString())
                .contains("POSITIVE_EMPLOYMENT", "2023-07-02", TOULOUSE.name())
                .doesNotContain(TRAINING_THEN_CDI.participant().value());
        assertThat(employment.explanation().toString())
                .contains(employment.explanation().keys().get(0))
                .doesNotContain(TRAINING_THEN_CDI.participant().value());
    }
}
