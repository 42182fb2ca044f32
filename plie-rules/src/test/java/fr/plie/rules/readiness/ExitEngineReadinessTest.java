package fr.plie.rules.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.exit.Evidence;
import fr.plie.core.exit.EvidenceKind;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.step.ContractType;
import fr.plie.rules.alert.Alert;
import fr.plie.rules.alert.AlertKind;
import fr.plie.rules.alert.AlertPolicy;
import fr.plie.rules.alert.Alerts;
import fr.plie.rules.alert.Readiness;
import fr.plie.rules.exit.ExitPolicy;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExitEngineReadinessTest {
    private static final LocalDate ENTRY = LocalDate.of(2024, 1, 8);
    private static final LocalDate HIRED = LocalDate.of(2024, 3, 4);

    /** A full-time CDD of 8 months from March: more than 6 months, so positive under the national guide. */
    private static ParcoursFixture longFixedTermContract() {
        return ParcoursFixture.enteredOn(ENTRY)
                .employment(ContractType.CDD, HIRED, Option.some(HIRED.plusMonths(8)))
                .interview(HIRED.plusMonths(7));
    }

    @Test
    void aPositiveExitReachedButNotProposedRaisesTheExitAlertUnderTheEnginesPolicy() {
        Parcours parcours = longFixedTermContract().build();
        LocalDate asOf = HIRED.plusMonths(7).plusDays(10);

        Readiness readiness =
                ExitEngineReadiness.of(ExitPolicy.NATIONAL_GUIDE_2010).check(parcours, asOf);
        List<Alert> alerts = Alerts.forParcours(
                parcours, asOf, AlertPolicy.ALL, ExitEngineReadiness.of(ExitPolicy.NATIONAL_GUIDE_2010));

        assertThat(readiness.positiveExitPossible()).isTrue();
        assertThat(readiness.from().get()).isAfter(HIRED).isBeforeOrEqualTo(asOf);
        assertThat(alerts).extracting(Alert::kind).contains(AlertKind.EXIT_NOT_PROPOSED);
    }

    @Test
    void aContractStillShortOfTheThresholdRaisesNoExitAlert() {
        Parcours parcours = ParcoursFixture.enteredOn(ENTRY)
                .employment(ContractType.CDD, HIRED, Option.none())
                .build();
        LocalDate asOf = HIRED.plusMonths(2);

        List<Alert> alerts = Alerts.forParcours(
                parcours, asOf, AlertPolicy.ALL, ExitEngineReadiness.of(ExitPolicy.NATIONAL_GUIDE_2010));

        assertThat(ExitEngineReadiness.of(ExitPolicy.NATIONAL_GUIDE_2010)
                        .check(parcours, asOf)
                        .positiveExitPossible())
                .isFalse();
        assertThat(alerts)
                .extracting(Alert::kind)
                .doesNotContain(AlertKind.EXIT_NOT_PROPOSED, AlertKind.EVIDENCE_MISSING);
    }

    @Test
    void anExitProposedWithoutItsEvidenceNamesTheMissingKinds() {
        LocalDate exitDate = HIRED.plusMonths(7);
        Parcours parcours = longFixedTermContract()
                .proposeExit(
                        exitDate, ExitCategory.POSITIVE_EMPLOYMENT, new Evidence(EvidenceKind.OTHER, exitDate, "GED-1"))
                .build();

        Readiness readiness =
                ExitEngineReadiness.of(ExitPolicy.NATIONAL_GUIDE_2010).check(parcours, exitDate.plusDays(3));

        assertThat(readiness.positiveExitPossible()).isTrue();
        assertThat(readiness.missingEvidence()).isNotEmpty().doesNotContain(EvidenceKind.OTHER);
    }
}
