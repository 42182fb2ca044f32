package fr.plie.rules.alert;

import static fr.plie.rules.alert.AlertFixtures.contract;
import static fr.plie.rules.alert.AlertFixtures.entered;
import static fr.plie.rules.alert.AlertPolicy.BOULONNAIS;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.exit.Evidence;
import fr.plie.core.exit.EvidenceKind;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.step.ContractType;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Seed 002: the referent must "transmettre au PLIE les documents justifiant une sortie positive et proposer la
 * sortie au comité de suivi", the evidence attesting the situation at the exit date. The exit rules are a
 * stand-in here: a lambda saying a CDI counts from six months after its start, with the payslip still missing.
 */
class Seed002ExitAlertsTest {
    private static final LocalDate CDI_START = LocalDate.of(2024, 2, 1);
    private static final LocalDate SIX_MONTHS_LATER = CDI_START.plusMonths(6);

    /** Ready six months after the first CDI started, payslip missing unless one is attached to the exit. */
    private static final ExitReadiness SIX_MONTHS_OF_CDI = (parcours, asOf) -> parcours.steps().stream()
            .filter(s -> s.employment().exists(e -> e.contractType() == ContractType.CDI))
            .map(s -> s.start().plusMonths(6))
            .filter(from -> !from.isAfter(asOf))
            .findFirst()
            .map(from ->
                    parcours.exit().exists(e -> e.evidence().stream().anyMatch(ev -> ev.kind() == EvidenceKind.PAYSLIP))
                            ? Readiness.readyFrom(from)
                            : Readiness.readyFrom(from, EvidenceKind.PAYSLIP, EvidenceKind.EMPLOYER_CERTIFICATE))
            .orElse(Readiness.notReady());

    private static ParcoursFixture inCdi() {
        return entered().step(contract(ContractType.CDI, Option.none()), CDI_START, Option.none());
    }

    @Test
    void Seed002_AnExitThatCanBePronouncedButIsNotProposedRaisesAnAlert() {
        List<Alert> dayBefore =
                Alerts.forParcours(inCdi().build(), SIX_MONTHS_LATER.minusDays(1), BOULONNAIS, SIX_MONTHS_OF_CDI);
        List<Alert> onTheDay = Alerts.forParcours(inCdi().build(), SIX_MONTHS_LATER, BOULONNAIS, SIX_MONTHS_OF_CDI);

        assertThat(dayBefore).isEmpty();
        assertThat(onTheDay)
                .extracting(Alert::kind)
                .containsExactly(AlertKind.EXIT_NOT_PROPOSED, AlertKind.EVIDENCE_MISSING);
        assertThat(onTheDay.get(0).from()).isEqualTo(SIX_MONTHS_LATER);
        assertThat(onTheDay.get(0).message())
                .isEqualTo("Une sortie positive peut être prononcée depuis le 01/08/2024 (0 jours) mais n'a pas été"
                        + " proposée au comité.");
        assertThat(onTheDay.get(1).message())
                .isEqualTo("Sortie positive possible mais pièces probantes manquantes : bulletin de salaire,"
                        + " attestation employeur.");
        assertThat(onTheDay.get(1).message(Locale.ENGLISH))
                .isEqualTo("Positive exit possible but evidence missing: payslip, employer certificate.");
    }

    @Test
    void Seed002_OnceProposedOnlyTheMissingEvidenceRemains() {
        Parcours proposedWithoutPayslip = inCdi().proposeExit(
                        SIX_MONTHS_LATER.plusDays(3),
                        ExitCategory.POSITIVE_EMPLOYMENT,
                        new Evidence(EvidenceKind.EMPLOYMENT_CONTRACT, CDI_START, "GED-2024-0815"))
                .build();

        List<Alert> alerts = Alerts.forParcours(
                proposedWithoutPayslip, SIX_MONTHS_LATER.plusDays(10), BOULONNAIS, SIX_MONTHS_OF_CDI);

        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(AlertKind.EVIDENCE_MISSING);
            assertThat(alert.code()).isEqualTo("alert.evidence-missing.proposed");
        });
    }

    @Test
    void Seed002_AProposedExitWithItsEvidenceRaisesNoAlert() {
        Parcours proposed = inCdi().proposeExit(
                        SIX_MONTHS_LATER.plusDays(3),
                        ExitCategory.POSITIVE_EMPLOYMENT,
                        new Evidence(EvidenceKind.PAYSLIP, SIX_MONTHS_LATER, "GED-2024-0816"))
                .build();

        assertThat(Alerts.forParcours(proposed, SIX_MONTHS_LATER.plusDays(10), BOULONNAIS, SIX_MONTHS_OF_CDI))
                .isEmpty();
    }

    @Test
    void aPlieMayGiveItsReferentsTimeBeforeTheProposalIsReportedMissing() {
        AlertPolicy monthlyCommittee =
                AlertPolicy.from(BOULONNAIS).withExitProposalDelayDays(30).build();

        assertThat(Alerts.forParcours(
                        inCdi().build(), SIX_MONTHS_LATER.plusDays(29), monthlyCommittee, SIX_MONTHS_OF_CDI))
                .extracting(Alert::kind)
                .containsExactly(AlertKind.EVIDENCE_MISSING);
        assertThat(Alerts.forParcours(
                        inCdi().build(), SIX_MONTHS_LATER.plusDays(30), monthlyCommittee, SIX_MONTHS_OF_CDI))
                .extracting(Alert::kind)
                .containsExactly(AlertKind.EXIT_NOT_PROPOSED, AlertKind.EVIDENCE_MISSING);
    }

    @Test
    void aParcoursThatHasExitedRaisesNoAlertAndIsNotAssessed() {
        Parcours exited = inCdi().proposeExit(SIX_MONTHS_LATER, ExitCategory.POSITIVE_EMPLOYMENT)
                .validateExit(SIX_MONTHS_LATER.plusDays(5))
                .build();
        AtomicInteger assessed = new AtomicInteger();
        ExitReadiness counting = (parcours, asOf) -> {
            assessed.incrementAndGet();
            return SIX_MONTHS_OF_CDI.check(parcours, asOf);
        };

        assertThat(Alerts.forParcours(exited, SIX_MONTHS_LATER.plusMonths(3), AlertPolicy.ALL, counting))
                .isEmpty();
        assertThat(assessed).hasValue(0);
    }

    @Test
    void withoutExitRulesNoExitAlertIsRaised() {
        assertThat(Alerts.forParcours(inCdi().build(), SIX_MONTHS_LATER.plusMonths(1), BOULONNAIS))
                .isEmpty();
    }
}
