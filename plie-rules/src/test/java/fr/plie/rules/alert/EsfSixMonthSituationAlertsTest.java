package fr.plie.rules.alert;

import static fr.plie.rules.alert.AlertFixtures.entered;
import static fr.plie.rules.alert.AlertFixtures.mobilisation;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.esf.EsfAnswer;
import fr.plie.core.esf.EsfOperationId;
import fr.plie.core.esf.EsfQuestion;
import fr.plie.core.esf.EsfRecord;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.parcours.Parcours;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * ESF+ longer-term results (EECR05 employed, EECR06 improved situation, "six months after leaving"): the
 * référent is reminded to collect the situation from the day six months after the exit, then warned once the four
 * weeks given for it are over.
 */
class EsfSixMonthSituationAlertsTest {
    /** Validated on 31 August: six months later is 28 February, the month having no 31st. */
    private static final LocalDate EXIT = LocalDate.of(2024, 8, 31);

    private static final LocalDate SIX_MONTHS = LocalDate.of(2025, 2, 28);

    private static Parcours exited(ExitCategory category) {
        return mobilisation(entered(), AlertFixtures.ENTRY, EXIT)
                .proposeExit(EXIT, category)
                .validateExit(EXIT.plusDays(10))
                .build();
    }

    private static EsfRecord answered(Parcours parcours, EsfQuestion... questions) {
        EsfRecord record = EsfRecord.empty(parcours.participant(), EsfOperationId.of("OP-2024"), EXIT);
        for (EsfQuestion q : questions) {
            record = record.with(q, q == EsfQuestion.EMPLOYED_6_MONTHS ? EsfAnswer.unreachable() : EsfAnswer.NO, EXIT);
        }
        return record;
    }

    private static List<Alert> on(Parcours parcours, Option<EsfRecord> record, LocalDate asOf) {
        return Alerts.sixMonthsAfterExit(parcours, record, asOf, AlertPolicy.ALL);
    }

    @Test
    void Esf_SixMonthsAfterLeaving_theSituationIsDueFromTheDaySixMonthsAfterTheExit() {
        Parcours parcours = exited(ExitCategory.ABANDONMENT);

        assertThat(on(parcours, Option.none(), SIX_MONTHS.minusDays(1))).isEmpty();
        assertThat(on(parcours, Option.none(), SIX_MONTHS)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AlertKind.SIX_MONTH_SITUATION_DUE);
            assertThat(a.severity()).isEqualTo(AlertSeverity.INFO);
            assertThat(a.from()).isEqualTo(SIX_MONTHS);
            assertThat(a.to()).contains(SIX_MONTHS.plusDays(28));
            assertThat(a.message())
                    .isEqualTo("Situation six mois après la sortie du 31/08/2024 à recueillir (FSE+, EECR05-06) :"
                            + " depuis le 28/02/2025, au plus tard le 28/03/2025.");
        });
    }

    @Test
    void Esf_SixMonthsAfterLeaving_theSituationIsOverdueTheDayAfterTheFourWeeks() {
        Parcours parcours = exited(ExitCategory.POSITIVE_EMPLOYMENT);
        LocalDate deadline = SIX_MONTHS.plusDays(Alerts.SIX_MONTH_SITUATION_GRACE_DAYS);

        assertThat(on(parcours, Option.none(), deadline))
                .extracting(Alert::kind)
                .containsExactly(AlertKind.SIX_MONTH_SITUATION_DUE);
        assertThat(on(parcours, Option.none(), deadline.plusDays(3)))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.kind()).isEqualTo(AlertKind.SIX_MONTH_SITUATION_OVERDUE);
                    assertThat(a.severity()).isEqualTo(AlertSeverity.WARNING);
                    assertThat(a.from()).isEqualTo(deadline.plusDays(1));
                    assertThat(a.message(Locale.ENGLISH))
                            .isEqualTo(
                                    "Situation six months after the exit of 2024-08-31 not collected (ESF+, EECR05-06): it"
                                            + " was due by 2025-03-28 (3 days late).");
                });
    }

    @Test
    void Esf_SixMonthsAfterLeaving_theOverdueAlertStopsOnceTheSituationCanNoLongerBeCollected() {
        Parcours parcours = exited(ExitCategory.ABANDONMENT);
        // by default twelve months after the exit of 31 August 2024: 31 August 2025 is the last day
        LocalDate lastDay = LocalDate.of(2025, 8, 31);

        assertThat(on(parcours, Option.none(), lastDay)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AlertKind.SIX_MONTH_SITUATION_OVERDUE);
            assertThat(a.to()).contains(lastDay);
        });
        assertThat(on(parcours, Option.none(), lastDay.plusDays(1))).isEmpty();

        AlertPolicy nineMonths = AlertPolicy.from(AlertPolicy.ALL)
                .withSixMonthSituationCollectable(Period.ofMonths(9))
                .build();
        assertThat(Alerts.sixMonthsAfterExit(parcours, Option.none(), LocalDate.of(2025, 5, 31), nineMonths))
                .extracting(Alert::kind)
                .containsExactly(AlertKind.SIX_MONTH_SITUATION_OVERDUE);
        assertThat(Alerts.sixMonthsAfterExit(parcours, Option.none(), LocalDate.of(2025, 6, 1), nineMonths))
                .isEmpty();
    }

    @Test
    void Esf_SixMonthsAfterLeaving_bothAnswersEvenUnreachableEndTheAlertOneDoesNot() {
        Parcours parcours = exited(ExitCategory.ABANDONMENT);
        LocalDate late = SIX_MONTHS.plusDays(60);

        assertThat(on(parcours, Option.some(answered(parcours, EsfQuestion.EMPLOYED_6_MONTHS)), late))
                .extracting(Alert::kind)
                .containsExactly(AlertKind.SIX_MONTH_SITUATION_OVERDUE);
        assertThat(on(
                        parcours,
                        Option.some(answered(
                                parcours, EsfQuestion.EMPLOYED_6_MONTHS, EsfQuestion.IMPROVED_SITUATION_6_MONTHS)),
                        late))
                .isEmpty();
    }

    @Test
    void noSixMonthFollowUpWithoutAValidatedExitOrAfterADeath() {
        Parcours proposedOnly = mobilisation(entered(), AlertFixtures.ENTRY, EXIT)
                .proposeExit(EXIT, ExitCategory.ABANDONMENT)
                .build();
        LocalDate late = SIX_MONTHS.plusDays(60);

        assertThat(on(proposedOnly, Option.none(), late)).isEmpty();
        assertThat(on(exited(ExitCategory.DEATH), Option.none(), late)).isEmpty();
        assertThat(Alerts.sixMonthsAfterExit(
                        exited(ExitCategory.ABANDONMENT),
                        Option.none(),
                        late,
                        AlertPolicy.from(AlertPolicy.ALL)
                                .disabling(AlertKind.SIX_MONTH_SITUATION_OVERDUE)
                                .build()))
                .isEmpty();
    }

    @Test
    void Esf_SixMonthsAfterLeaving_theParcoursAlertsOfAnExitedParcoursAreItsSixMonthFollowUp() {
        Parcours parcours = exited(ExitCategory.ABANDONMENT);
        LocalDate late = SIX_MONTHS.plusDays(60);
        List<LocalDate> asked = new java.util.ArrayList<>();
        SixMonthSituation known = (p, asOf) -> {
            asked.add(asOf);
            return true;
        };

        assertThat(Alerts.forParcours(parcours, late, AlertPolicy.ALL, ExitReadiness.unknown()))
                .extracting(Alert::kind)
                .containsExactly(AlertKind.SIX_MONTH_SITUATION_OVERDUE);
        assertThat(Alerts.forParcours(parcours, SIX_MONTHS.minusDays(1), AlertPolicy.ALL, ExitReadiness.unknown()))
                .isEmpty();
        assertThat(Alerts.forParcours(parcours, late, AlertPolicy.ALL, ExitReadiness.unknown(), known))
                .isEmpty();
        // the port is asked only once the situation is due, and never for a parcours still in progress
        Alerts.forParcours(parcours, SIX_MONTHS.minusDays(1), AlertPolicy.ALL, ExitReadiness.unknown(), known);
        Alerts.forParcours(parcours, EXIT.minusDays(1), AlertPolicy.ALL, ExitReadiness.unknown(), known);
        assertThat(asked).containsExactly(late);
    }
}
