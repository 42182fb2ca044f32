package fr.plie.rules.alert;

import static fr.plie.rules.alert.AlertFixtures.contract;
import static fr.plie.rules.alert.AlertFixtures.entered;
import static fr.plie.rules.alert.AlertFixtures.mobilisation;
import static fr.plie.rules.alert.AlertFixtures.ofKind;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.exit.ExitCategory;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.step.ContractType;
import fr.plie.core.step.Employer;
import fr.plie.core.step.EmployerKind;
import fr.plie.core.step.Immersion;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * ESF+ deadlines: the results are measured at exit, so an exit must be recorded within 30 days after the last
 * activity or the end of the follow-up; and the PMSMP, an immersion of at most one month renewable once.
 */
class EsfExitAndImmersionAlertsTest {
    private static final AlertPolicy ALL = AlertPolicy.ALL;
    private static final LocalDate LAST_DAY = LocalDate.of(2024, 3, 29);
    private static final Employer HOST = Employer.of("Boulangerie du Portel", EmployerKind.PRIVATE);
    private static final Employer OTHER_HOST = Employer.of("Mairie du Portel", EmployerKind.PUBLIC);

    private static Parcours idleSince(LocalDate lastDay) {
        return mobilisation(entered(), AlertFixtures.ENTRY, lastDay).build();
    }

    @Test
    void an_exit_not_recorded_thirty_days_after_the_last_activity_is_alerted_the_day_after() {
        Parcours parcours = idleSince(LAST_DAY);

        assertThat(ofKind(Alerts.forParcours(parcours, LAST_DAY.plusDays(30), ALL), AlertKind.EXIT_NOT_RECORDED))
                .isEmpty();
        List<Alert> late =
                ofKind(Alerts.forParcours(parcours, LAST_DAY.plusDays(31), ALL), AlertKind.EXIT_NOT_RECORDED);
        assertThat(late).singleElement().satisfies(a -> {
            assertThat(a.from()).isEqualTo(LAST_DAY.plusDays(30));
            assertThat(a.message(Locale.ENGLISH))
                    .isEqualTo("No exit recorded though nothing has happened since 2024-03-29: it was due by 2024-04-28"
                            + " (1 days late).");
        });
    }

    @Test
    void once_an_exit_is_recorded_or_while_a_step_goes_on_nothing_is_alerted() {
        Parcours proposed = mobilisation(entered(), AlertFixtures.ENTRY, LAST_DAY)
                .proposeExit(LAST_DAY.plusDays(40), ExitCategory.ABANDONMENT)
                .build();
        Parcours inCdd = entered()
                .step(
                        contract(ContractType.CDD, Option.some(LocalDate.of(2024, 12, 31))),
                        LocalDate.of(2024, 2, 1),
                        Option.none())
                .build();

        assertThat(ofKind(Alerts.forParcours(proposed, LAST_DAY.plusDays(40), ALL), AlertKind.EXIT_NOT_RECORDED))
                .isEmpty();
        assertThat(ofKind(Alerts.forParcours(inCdd, LocalDate.of(2024, 9, 1), ALL), AlertKind.EXIT_NOT_RECORDED))
                .isEmpty();
    }

    @Test
    void thirty_days_after_the_follow_up_ended_the_exit_of_a_participant_still_in_a_cdi_is_overdue() {
        LocalDate followUpOver = LocalDate.of(2024, 8, 1);
        ExitReadiness sixMonthsOfCdi = (parcours, asOf) ->
                followUpOver.isAfter(asOf) ? Readiness.notReady() : Readiness.readyFrom(followUpOver);
        Parcours inCdi = entered()
                .step(contract(ContractType.CDI, Option.none()), LocalDate.of(2024, 2, 1), Option.none())
                .build();

        List<Alert> onDeadline = Alerts.forParcours(inCdi, followUpOver.plusDays(30), ALL, sixMonthsOfCdi);
        List<Alert> after = Alerts.forParcours(inCdi, followUpOver.plusDays(31), ALL, sixMonthsOfCdi);

        assertThat(ofKind(onDeadline, AlertKind.EXIT_NOT_RECORDED)).isEmpty();
        assertThat(ofKind(after, AlertKind.EXIT_NOT_RECORDED))
                .singleElement()
                .satisfies(a -> assertThat(a.message()).contains("le suivi s'est achevé", "01/08/2024", "31/08/2024"));
    }

    @Test
    void an_immersion_of_exactly_one_month_is_allowed_one_day_more_is_alerted() {
        LocalDate start = LocalDate.of(2024, 3, 4);
        Parcours oneMonth = entered()
                .step(new Immersion(HOST), start, Option.some(LocalDate.of(2024, 4, 3)))
                .build();
        Parcours longer = entered()
                .step(new Immersion(HOST), start, Option.some(LocalDate.of(2024, 4, 4)))
                .build();
        LocalDate asOf = LocalDate.of(2024, 4, 10);

        assertThat(ofKind(Alerts.forParcours(oneMonth, asOf, ALL), AlertKind.IMMERSION_TOO_LONG))
                .isEmpty();
        assertThat(ofKind(Alerts.forParcours(longer, asOf, ALL), AlertKind.IMMERSION_TOO_LONG))
                .singleElement()
                .satisfies(a -> assertThat(a.message(Locale.ENGLISH))
                        .isEqualTo("Immersion (PMSMP) from 2024-03-04 to 2024-04-04: 32 days, more than one month."));
    }

    @Test
    void an_immersion_renewed_once_is_allowed_a_second_renewal_with_the_same_host_is_alerted() {
        Parcours renewedOnce = entered()
                .step(new Immersion(HOST), LocalDate.of(2024, 3, 4), Option.some(LocalDate.of(2024, 3, 29)))
                .step(new Immersion(HOST), LocalDate.of(2024, 3, 30), Option.some(LocalDate.of(2024, 4, 20)))
                .build();
        Parcours renewedTwice = entered()
                .step(new Immersion(HOST), LocalDate.of(2024, 3, 4), Option.some(LocalDate.of(2024, 3, 29)))
                .step(new Immersion(HOST), LocalDate.of(2024, 3, 30), Option.some(LocalDate.of(2024, 4, 20)))
                .step(new Immersion(HOST), LocalDate.of(2024, 4, 21), Option.some(LocalDate.of(2024, 5, 10)))
                .build();
        Parcours elsewhere = entered()
                .step(new Immersion(HOST), LocalDate.of(2024, 3, 4), Option.some(LocalDate.of(2024, 3, 29)))
                .step(new Immersion(HOST), LocalDate.of(2024, 3, 30), Option.some(LocalDate.of(2024, 4, 20)))
                .step(new Immersion(OTHER_HOST), LocalDate.of(2024, 4, 21), Option.some(LocalDate.of(2024, 5, 10)))
                .build();
        LocalDate asOf = LocalDate.of(2024, 5, 15);

        assertThat(ofKind(Alerts.forParcours(renewedOnce, asOf, ALL), AlertKind.IMMERSION_RENEWED_TOO_OFTEN))
                .isEmpty();
        assertThat(ofKind(Alerts.forParcours(elsewhere, asOf, ALL), AlertKind.IMMERSION_RENEWED_TOO_OFTEN))
                .isEmpty();
        assertThat(ofKind(Alerts.forParcours(renewedTwice, asOf, ALL), AlertKind.IMMERSION_RENEWED_TOO_OFTEN))
                .singleElement()
                .satisfies(a -> assertThat(a.message())
                        .isEqualTo("Immersion (PMSMP) du 21/04/2024 chez la même structure d'accueil : renouvelée 2"
                                + " fois, une seule fois permise."));
    }
}
