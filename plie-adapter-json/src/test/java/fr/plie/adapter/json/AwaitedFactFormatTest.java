package fr.plie.adapter.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import fr.plie.core.admission.CommitmentContract;
import fr.plie.core.admission.PrescriberKind;
import fr.plie.core.admission.Referral;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.participant.ParticipantId;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepId;
import fr.plie.core.step.Training;
import fr.plie.rules.exit.AwaitedFact;
import fr.plie.rules.exit.ExitAssessment;
import fr.plie.rules.exit.ExitEngine;
import fr.plie.rules.exit.ExitOutcome;
import fr.plie.rules.exit.ExitPolicy;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The outcome {@code AWAITING_FACT} and its {@code awaiting} list, a backward-compatible addition to the
 * exit-assessment document of format v1: documents without it read as before.
 */
class AwaitedFactFormatTest {
    private final PlieJson json = PlieJson.create();

    /** Seed 000: a qualifying training under way whose result is not known yet. */
    private final ExitAssessment awaiting = ExitEngine.assess(
            parcours(Step.of(
                    StepId.of("S1"),
                    LocalDate.of(2024, 1, 8),
                    Training.qualifying("RNCP12345", LocalDate.of(2024, 9, 30)))),
            LocalDate.of(2024, 8, 1),
            ExitPolicy.TOULOUSE_2015_2020);

    private static Parcours parcours(Step... steps) {
        LocalDate entry = LocalDate.of(2023, 1, 2);
        return Parcours.builder()
                .id(ParcoursId.of("PAR-1"))
                .participant(ParticipantId.of("P-1"))
                .version(1)
                .referral(new Referral(PrescriberKind.FRANCE_TRAVAIL, "France Travail", entry.minusDays(14), List.of()))
                .commitment(Option.some(CommitmentContract.signedOn(entry)))
                .steps(List.of(steps))
                .build();
    }

    @Test
    void an_awaited_training_result_is_written_with_what_is_awaited_and_reads_back_equal() {
        String text = json.writeAsString(PlieDocument.EXIT_ASSESSMENT, awaiting);

        assertThat(text)
                .contains("\"outcome\":\"AWAITING_FACT\"")
                .contains(
                        "\"awaiting\":[{\"fact\":\"TRAINING_RESULT\",\"step\":\"S1\",\"outcome\":\"POSITIVE_TRAINING\"}]");
        assertThat(Schemas.violations(PlieDocument.EXIT_ASSESSMENT, text)).isEmpty();
        assertThat(json.read(PlieDocument.EXIT_ASSESSMENT, text).value().get()).isEqualTo(awaiting);
        assertThat(awaiting.awaiting())
                .containsExactly(new AwaitedFact(
                        AwaitedFact.Fact.TRAINING_RESULT, StepId.of("S1"), ExitOutcome.POSITIVE_TRAINING));
    }

    @Test
    void an_assessment_with_no_awaited_fact_has_no_awaiting_field_as_before() {
        ExitAssessment notPositive = ExitEngine.assess(parcours(), LocalDate.of(2024, 8, 1), ExitPolicy.BOULONNAIS);

        String text = json.writeAsString(PlieDocument.EXIT_ASSESSMENT, notPositive);

        assertThat(text).doesNotContain("awaiting");
        assertThat(json.read(PlieDocument.EXIT_ASSESSMENT, text).value().get()).isEqualTo(notPositive);
    }

    @Test
    void awaited_facts_that_disagree_with_the_outcome_are_located() {
        String text = json.writeAsString(PlieDocument.EXIT_ASSESSMENT, awaiting);
        String withoutFacts = text.replaceFirst(",\"awaiting\":\\[.*\\]}$", "}");
        String notPositive = text.replace("\"outcome\":\"AWAITING_FACT\"", "\"outcome\":\"NOT_POSITIVE\"")
                .replace("\"qualifyingSteps\":[\"S1\"]", "\"qualifyingSteps\":[]");
        String failedOutcome = text.replace("\"outcome\":\"POSITIVE_TRAINING\"}", "\"outcome\":\"NOT_POSITIVE\"}");
        assertThat(List.of(withoutFacts, notPositive, failedOutcome)).doesNotContain(text);

        assertThat(json.read(PlieDocument.EXIT_ASSESSMENT, withoutFacts).errors())
                .extracting(JsonError::code, JsonError::pointer)
                .containsExactly(tuple(JsonErrorCode.RULE_OUTCOME, "/awaiting"));
        assertThat(json.read(PlieDocument.EXIT_ASSESSMENT, notPositive).errors())
                .extracting(JsonError::code, JsonError::pointer)
                .containsExactly(tuple(JsonErrorCode.RULE_OUTCOME, "/awaiting"));
        assertThat(json.read(PlieDocument.EXIT_ASSESSMENT, failedOutcome).errors())
                .extracting(JsonError::code, JsonError::pointer)
                .containsExactly(tuple(JsonErrorCode.VALUE_ENUM, "/awaiting/0/outcome"));
    }
}
