package fr.plie.rules.alert;

import static fr.plie.rules.alert.AlertFixtures.contract;
import static fr.plie.rules.alert.AlertFixtures.entered;
import static fr.plie.rules.alert.AlertFixtures.ofKind;
import static fr.plie.rules.alert.AlertPolicy.BOULONNAIS;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.parcours.Parcours;
import fr.plie.core.step.ContractType;
import fr.plie.core.step.StepId;
import fr.plie.core.step.Training;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Seed 002 asks the referent to anticipate "la suite de parcours après chaque étape": a contract or a training
 * ending within 30 days raises an alert, the end day included.
 */
class Seed002EndingSoonAlertsTest {
    private static final LocalDate CONTRACT_END = LocalDate.of(2024, 7, 1);
    private static final Parcours CDD = entered()
            .step(contract(ContractType.CDD, Option.some(CONTRACT_END)), LocalDate.of(2024, 1, 15), Option.none())
            .build();

    @Test
    void Seed002_AContractEndingExactly30DaysAheadRaisesAnAlert() {
        List<Alert> alerts = Alerts.forParcours(CDD, CONTRACT_END.minusDays(30), BOULONNAIS);

        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(AlertKind.ENDING_SOON);
            assertThat(alert.severity()).isEqualTo(AlertSeverity.INFO);
            assertThat(alert.step()).isEqualTo(Option.some(StepId.of("S1")));
            assertThat(alert.from()).isEqualTo(LocalDate.of(2024, 6, 1));
            assertThat(alert.to()).isEqualTo(Option.some(CONTRACT_END));
            assertThat(alert.message())
                    .isEqualTo("Le contrat CDD se termine le 01/07/2024, dans 30 jours : préparer la suite du"
                            + " parcours.");
        });
    }

    @Test
    void Seed002_AContractEnding31DaysAheadRaisesNoAlertYet() {
        assertThat(Alerts.forParcours(CDD, CONTRACT_END.minusDays(31), BOULONNAIS))
                .isEmpty();
    }

    @Test
    void Seed002_AContractEndingTodayStillRaisesTheAlertAndNotAfterwards() {
        assertThat(ofKind(Alerts.forParcours(CDD, CONTRACT_END, BOULONNAIS), AlertKind.ENDING_SOON))
                .singleElement()
                .satisfies(alert -> assertThat(alert.args()).containsExactly(ContractType.CDD, CONTRACT_END, 0L));
        assertThat(ofKind(Alerts.forParcours(CDD, CONTRACT_END.plusDays(1), BOULONNAIS), AlertKind.ENDING_SOON))
                .as("the planned end is past: the contract is no longer ending soon")
                .isEmpty();
    }

    @Test
    void Seed002_ATrainingEndingWithin30DaysRaisesAnAlert() {
        Parcours parcours = entered()
                .step(
                        Training.qualifying("RNCP35305", LocalDate.of(2024, 6, 20)),
                        LocalDate.of(2024, 2, 5),
                        Option.none())
                .build();

        List<Alert> alerts = Alerts.forParcours(parcours, LocalDate.of(2024, 6, 1), BOULONNAIS);

        assertThat(alerts)
                .singleElement()
                .satisfies(alert -> assertThat(alert.message(Locale.ENGLISH))
                        .isEqualTo(
                                "The training ends on 2024-06-20, in 19 days: prepare the next step of the parcours."));
    }

    @Test
    void Seed002_TheRecordedEndOfAStepPrevailsOverItsPlannedEnd() {
        Parcours endedEarly = entered()
                .step(
                        contract(ContractType.TEMPORARY_MISSION, Option.some(LocalDate.of(2024, 9, 30))),
                        LocalDate.of(2024, 3, 1),
                        Option.some(LocalDate.of(2024, 6, 14)))
                .build();

        assertThat(ofKind(Alerts.forParcours(endedEarly, LocalDate.of(2024, 6, 1), BOULONNAIS), AlertKind.ENDING_SOON))
                .singleElement()
                .satisfies(alert -> assertThat(alert.message())
                        .isEqualTo("Le contrat de mission d'intérim se termine le 14/06/2024, dans 13 jours : préparer"
                                + " la suite du parcours."));
    }

    @Test
    void anOpenEndedContractNeverEndsSoon() {
        Parcours cdi = entered()
                .step(contract(ContractType.CDI, Option.none()), LocalDate.of(2024, 2, 1), Option.none())
                .build();

        assertThat(Alerts.forParcours(cdi, LocalDate.of(2024, 6, 1), BOULONNAIS))
                .isEmpty();
    }
}
