package fr.plie.rules.exit;

import static fr.plie.rules.exit.Parcourses.day;
import static fr.plie.rules.exit.Parcourses.job;
import static fr.plie.rules.exit.Parcourses.ongoing;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.step.ContractType;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Seed 004: the exit is validated on "tout document officiel" / the contract or employer certificate. The
 * headline a committee reads first ({@code plie exit --explain}, the web page, the reports) says when the outcome
 * is reached but cannot be pronounced for want of those pieces, and what an awaited exit waits for.
 */
class Seed004_HeadlineSaysReachedButNotPronounceableTest {
    @Test
    void Seed004_PiecesJustificatives_aCdiWithoutItsContractIsReachedButNotPronounceable() {
        var parcours = Parcourses.of(ongoing("S1", job(ContractType.CDI, "35").build(), "2024-03-01"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-03-01"), ExitPolicy.GRAND_AMIENOIS);

        assertThat(assessment.headline(Locale.FRENCH))
                .isEqualTo("sortie positive atteinte (sortie positive vers l'emploi), non prononçable : pièces"
                        + " manquantes ou trop anciennes : contrat de travail / attestation employeur");
        assertThat(assessment.headline(Locale.ENGLISH))
                .isEqualTo("positive exit reached (positive exit to employment), cannot be pronounced: evidence"
                        + " missing or too old: employment contract / employer certificate");
    }

    @Test
    void Seed004_SortieEffectiveALaFinDeLaPeriodeDEssai_anAwaitedTrialPeriodEndIsNamedNotCoded() {
        var parcours = Parcourses.of(ongoing(
                "S1", job(ContractType.CDI, "35").trialPeriodEndUnknown(true).build(), "2024-03-01"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-12-01"), ExitPolicy.GRAND_AMIENOIS);

        assertThat(assessment.headline(Locale.FRENCH))
                .isEqualTo("en attente d'un fait non encore enregistré : fin de la période d'essai (étape S1)");
        assertThat(assessment.headline(Locale.ENGLISH))
                .isEqualTo("awaiting a fact not recorded yet: end of the trial period (step S1)");
    }

    @Test
    void aNegativeOutcomeIsItsLabelAlone() {
        var parcours = Parcourses.of(ongoing("S1", job(ContractType.CDD, "35").build(), "2024-03-01"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-03-02"), ExitPolicy.GRAND_AMIENOIS);

        assertThat(assessment.headline(Locale.ENGLISH)).isEqualTo("no positive exit yet");
    }
}
