package fr.plie.reporting.esf;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.esf.EsfAnswer;
import fr.plie.core.esf.EsfQuestion;
import fr.plie.core.esf.EsfRecord;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.parcours.Parcours;
import fr.plie.rules.alert.Alert;
import fr.plie.rules.alert.AlertKind;
import fr.plie.rules.alert.AlertPolicy;
import fr.plie.rules.alert.Alerts;
import fr.plie.rules.alert.ExitReadiness;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ESF+ follow-up alerts (EECR05-06, six months after leaving) read the answers as the questionnaire gives
 * them: entered, or derived from the parcours, so a job recorded six months after the exit needs no call.
 */
class EsfSixMonthAlertsTest {
    /** Left on 1 October 2024: the situation is due on 1 April 2025, overdue after 29 April. */
    private static final LocalDate LATE = LocalDate.of(2025, 6, 30);

    private static List<AlertKind> alerts(Parcours parcours, Option<EsfRecord> entered) {
        return Alerts.forParcours(
                        parcours,
                        LATE,
                        AlertPolicy.ALL,
                        ExitReadiness.unknown(),
                        EsfQuestionnaire.sixMonthSituation(p -> entered))
                .stream()
                .map(Alert::kind)
                .toList();
    }

    private static Parcours abandoned() {
        return ParcoursFixture.enteredOn("PAR-2", LocalDate.of(2024, 3, 4))
                .proposeExit(LocalDate.of(2024, 10, 1), ExitCategory.ABANDONMENT)
                .validateExit(LocalDate.of(2024, 10, 11))
                .build();
    }

    @Test
    void Esf_SixMonthsAfterLeaving_aJobRecordedSixMonthsLaterAnswersBothQuestions() {
        // still on the CDI on 1 April 2025: employed (derived), and not improved (derived)
        assertThat(alerts(EsfFixtures.hiredOnACdi(), Option.none())).isEmpty();
    }

    @Test
    void Esf_SixMonthsAfterLeaving_noJobRecordedLeavesTheSituationToCollectUntilEntered() {
        Parcours parcours = abandoned();
        assertThat(alerts(parcours, Option.none())).containsExactly(AlertKind.SIX_MONTH_SITUATION_OVERDUE);
        // "not employed" entered: "improved" follows (no), nothing more to collect
        EsfRecord notEmployed = EsfRecord.empty(
                        parcours.participant(), EsfFixtures.yearly(2024).id(), LATE)
                .with(EsfQuestion.EMPLOYED_6_MONTHS, EsfAnswer.NO, LATE);
        assertThat(alerts(parcours, Option.some(notEmployed))).isEmpty();
        // "employed" entered without a job in the parcours: whether it improved is still to ask
        EsfRecord employed = EsfRecord.empty(
                        parcours.participant(), EsfFixtures.yearly(2024).id(), LATE)
                .with(EsfQuestion.EMPLOYED_6_MONTHS, EsfAnswer.YES, LATE);
        assertThat(alerts(parcours, Option.some(employed))).containsExactly(AlertKind.SIX_MONTH_SITUATION_OVERDUE);
    }
}
