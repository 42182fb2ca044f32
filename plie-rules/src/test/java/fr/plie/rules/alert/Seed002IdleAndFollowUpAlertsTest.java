package fr.plie.rules.alert;

import static fr.plie.rules.alert.AlertFixtures.contract;
import static fr.plie.rules.alert.AlertFixtures.entered;
import static fr.plie.rules.alert.AlertFixtures.mobilisation;
import static fr.plie.rules.alert.AlertFixtures.ofKind;
import static fr.plie.rules.alert.AlertPolicy.BOULONNAIS;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.parcours.Parcours;
import fr.plie.core.step.ContractType;
import fr.plie.core.step.StepDetail;
import fr.plie.core.step.StepId;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Seed 002, the Boulonnais referent's specification: "éviter au maximum de longues périodes de veille en
 * anticipant la suite de parcours après chaque étape", and "rendez-vous ou contacts mensuels" with people in
 * subsidised contracts.
 */
class Seed002IdleAndFollowUpAlertsTest {
    private static final Parcours ONE_MOBILISATION_IN_JANUARY = mobilisation(
                    entered(), LocalDate.of(2024, 1, 8), LocalDate.of(2024, 1, 31))
            .build();

    @Test
    void Seed002_AnIdlePeriodOfExactly30DaysIsTolerated() {
        List<Alert> alerts = Alerts.forParcours(ONE_MOBILISATION_IN_JANUARY, LocalDate.of(2024, 3, 1), BOULONNAIS);

        assertThat(ofKind(alerts, AlertKind.IDLE_PERIOD)).isEmpty();
    }

    @Test
    void Seed002_AnIdlePeriodLongerThan30DaysRaisesAnAlert() {
        List<Alert> alerts = Alerts.forParcours(ONE_MOBILISATION_IN_JANUARY, LocalDate.of(2024, 3, 2), BOULONNAIS);

        // the same day, the ESF deadline for recording an exit passes too (EsfExitAndImmersionAlertsTest)
        assertThat(ofKind(alerts, AlertKind.IDLE_PERIOD)).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(AlertKind.IDLE_PERIOD);
            assertThat(alert.severity()).isEqualTo(AlertSeverity.WARNING);
            assertThat(alert.parcours()).isEqualTo(Option.some(ONE_MOBILISATION_IN_JANUARY.id()));
            assertThat(alert.from()).isEqualTo(LocalDate.of(2024, 2, 1));
            assertThat(alert.to()).isEmpty();
            assertThat(alert.message())
                    .isEqualTo("Aucune étape en cours depuis le 01/02/2024 : 31 jours de veille, au-delà des 30 jours"
                            + " tolérés.");
            assertThat(alert.message(Locale.ENGLISH))
                    .isEqualTo("No step going on since 2024-02-01: 31 idle days, beyond the 30 days tolerated.");
        });
    }

    @Test
    void Seed002_APastIdlePeriodStaysOnRecordWithItsDates() {
        Parcours parcours = mobilisation(entered(), LocalDate.of(2024, 1, 8), LocalDate.of(2024, 1, 31))
                .step(new StepDetail.JobSearchWorkshop(), LocalDate.of(2024, 3, 15), Option.none())
                .build();

        List<Alert> alerts = Alerts.forParcours(parcours, LocalDate.of(2024, 4, 1), BOULONNAIS);

        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.severity()).isEqualTo(AlertSeverity.INFO);
            assertThat(alert.from()).isEqualTo(LocalDate.of(2024, 2, 1));
            assertThat(alert.to()).isEqualTo(Option.some(LocalDate.of(2024, 3, 14)));
            assertThat(alert.message())
                    .isEqualTo("Période de veille du 01/02/2024 au 14/03/2024 : 43 jours sans étape, au-delà des 30"
                            + " jours tolérés.");
        });
    }

    @Test
    void Seed002_StepsFollowingEachOtherLeaveNoIdlePeriod() {
        Parcours parcours = mobilisation(entered(), LocalDate.of(2024, 1, 8), LocalDate.of(2024, 2, 15))
                .step(
                        new StepDetail.JobSearchWorkshop(),
                        LocalDate.of(2024, 2, 16),
                        Option.some(LocalDate.of(2024, 3, 31)))
                .step(new StepDetail.Mobilisation(), LocalDate.of(2024, 3, 1), Option.none())
                .build();

        assertThat(Alerts.forParcours(parcours, LocalDate.of(2024, 9, 1), BOULONNAIS))
                .isEmpty();
    }

    @Test
    void Seed002_WaitingForAFirstStepAfterEntryIsAnIdlePeriod() {
        List<Alert> alerts = Alerts.forParcours(entered().build(), LocalDate.of(2024, 2, 8), BOULONNAIS);

        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.from()).isEqualTo(AlertFixtures.ENTRY);
            assertThat(alert.args()).containsExactly(AlertFixtures.ENTRY, 32L, 30);
        });
    }

    @Test
    void Seed002_PeopleInSubsidisedContractsAreContactedMonthly() {
        Parcours parcours = entered()
                .step(
                        contract(ContractType.PEC, Option.some(LocalDate.of(2025, 1, 31))),
                        LocalDate.of(2024, 2, 1),
                        Option.none())
                .interview(LocalDate.of(2024, 3, 5))
                .build();

        List<Alert> onTheDay = Alerts.forParcours(parcours, LocalDate.of(2024, 4, 5), BOULONNAIS);
        List<Alert> dayAfter = Alerts.forParcours(parcours, LocalDate.of(2024, 4, 6), BOULONNAIS);

        assertThat(onTheDay).isEmpty();
        assertThat(dayAfter).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(AlertKind.FOLLOW_UP_CONTACT_OVERDUE);
            assertThat(alert.step()).isEqualTo(Option.some(StepId.of("S1")));
            assertThat(alert.from()).isEqualTo(LocalDate.of(2024, 4, 5));
            assertThat(alert.message())
                    .isEqualTo(
                            "Contrat PEC en cours : dernier entretien le 05/03/2024, le suivant était attendu au plus"
                                    + " tard le 05/04/2024.");
        });
    }

    @Test
    void Seed002_AnInsertionContractWithoutAnyInterviewIsOverdueAMonthAfterItsStart() {
        Parcours parcours = entered()
                .step(contract(ContractType.CDDI, Option.none()), LocalDate.of(2024, 2, 1), Option.none())
                .build();

        List<Alert> alerts = Alerts.forParcours(parcours, LocalDate.of(2024, 3, 2), BOULONNAIS);

        assertThat(alerts)
                .singleElement()
                .satisfies(alert -> assertThat(alert.message(Locale.ENGLISH))
                        .isEqualTo("CDDI contract going on since 2024-02-01 without any interview: a contact was due by"
                                + " 2024-03-01."));
    }

    @Test
    void Seed002_OrdinaryContractsCallForNoMonthlyContact() {
        Parcours parcours = entered()
                .step(contract(ContractType.CDD, Option.none()), LocalDate.of(2024, 2, 1), Option.none())
                .build();

        assertThat(Alerts.forParcours(parcours, LocalDate.of(2024, 6, 1), BOULONNAIS))
                .isEmpty();
    }

    @Test
    void aPlieMayAskForAContactEveryTwoWeeks() {
        AlertPolicy fortnightly = AlertPolicy.from(BOULONNAIS)
                .withFollowUpContactInterval(Period.ofWeeks(2))
                .build();
        Parcours parcours = entered()
                .step(contract(ContractType.CIE, Option.none()), LocalDate.of(2024, 2, 1), Option.none())
                .interview(LocalDate.of(2024, 2, 10))
                .build();

        assertThat(Alerts.forParcours(parcours, LocalDate.of(2024, 2, 24), fortnightly))
                .isEmpty();
        assertThat(Alerts.forParcours(parcours, LocalDate.of(2024, 2, 25), fortnightly))
                .extracting(Alert::kind)
                .containsExactly(AlertKind.FOLLOW_UP_CONTACT_OVERDUE);
        assertThat(Alerts.forParcours(parcours, LocalDate.of(2024, 2, 25), AlertPolicy.GRAND_AMIENOIS))
                .as("seed 004 sets no contact rhythm")
                .isEmpty();
    }
}
