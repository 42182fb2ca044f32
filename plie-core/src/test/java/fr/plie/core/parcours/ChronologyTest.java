package fr.plie.core.parcours;

import static fr.plie.core.parcours.Drive.on;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.admission.CommitteeDecision;
import fr.plie.core.exit.Exit;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepDetail;
import fr.plie.core.step.StepId;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A parcours rebuilt from a document or a database with dates no lifecycle can produce is refused, at the date
 * at fault, with the lifecycle's own explanation.
 */
class ChronologyTest {
    static final Parcours ENTERED = ParcoursFixture.enteredOn(on(2024, 2, 5)).build(); // referred on 2024-01-22

    static Parcours with(
            List<CommitteeDecision> decisions, List<Step> steps, List<Interview> interviews, Option<Exit> exit) {
        Parcours p = ENTERED;
        return p.withDecisions(decisions)
                .withSteps(steps)
                .withInterviews(interviews)
                .withExit(exit);
    }

    @Test
    void aParcoursTheLifecycleBuiltHasNoViolation() {
        assertThat(Chronology.violations(ENTERED)).isEmpty();
    }

    @Test
    void aStepBeforeTheReferralIsRefusedAtItsStartDate() {
        Step early = Step.of(StepId.of("S1"), on(2023, 12, 1), new StepDetail.Diagnostic());

        List<Chronology.Violation> found =
                Chronology.violations(with(ENTERED.decisions(), List.of(early), List.of(), Option.none()));

        assertThat(found).extracting(Chronology.Violation::path).containsExactly("/steps/0/start");
        assertThat(found.get(0).notBefore()).isEqualTo("/referral/date");
        assertThat(found.get(0).rejection().message(Locale.FRENCH))
                .isEqualTo("L'étape S1 (01/12/2023) ne peut pas précéder la prescription (22/01/2024).");
    }

    @Test
    void aDecisionBeforeTheReferralAndAnExitBeforeTheEntryAreBothReported() {
        List<CommitteeDecision> decisions = new ArrayList<>(ENTERED.decisions());
        decisions.set(0, new CommitteeDecision.Admitted(on(2024, 1, 2)));
        Exit exit = Exit.proposed(on(2024, 2, 1), ExitCategory.values()[0], List.of());

        List<Chronology.Violation> found =
                Chronology.violations(with(decisions, List.of(), List.of(), Option.some(exit)));

        assertThat(found)
                .extracting(v -> v.rejection().code())
                .containsExactly("decision.before-referral", "exit.before-entry");
        assertThat(found).extracting(Chronology.Violation::path).contains("/decisions/0/date", "/exit/date");
    }

    @Test
    void anInterviewBeforeTheReferralIsRefusedInEnglishToo() {
        Interview early =
                new Interview(on(2024, 1, 1), InterviewMode.PHONE, "Premier contact.", ParcoursFixture.REFERENT);

        List<Chronology.Violation> found =
                Chronology.violations(with(ENTERED.decisions(), List.of(), List.of(early), Option.none()));

        assertThat(found.get(0).rejection().message(Locale.ENGLISH))
                .contains("2024-01-01")
                .contains("2024-01-22");
    }
}
