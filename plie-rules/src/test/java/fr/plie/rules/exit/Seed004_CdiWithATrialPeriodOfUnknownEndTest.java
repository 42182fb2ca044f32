package fr.plie.rules.exit;

import static fr.plie.rules.exit.Parcourses.day;
import static fr.plie.rules.exit.Parcourses.job;
import static fr.plie.rules.exit.Parcourses.ongoing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plie.core.step.ContractType;
import fr.plie.core.step.Employment;
import fr.plie.core.step.StepId;
import io.vavr.control.Option;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Seed 004: "un Contrat à Durée Indéterminé (sortie effective à la fin de la période d'essai ...)". When the CDI
 * has a trial period whose end is not recorded, the stated rule is to wait for that date (AWAITING_FACT,
 * {@code TRIAL_PERIOD_END}), neither counting the CDI from its start nor calling it a failure.
 */
class Seed004_CdiWithATrialPeriodOfUnknownEndTest {
    private static Employment cdiWithTrialOfUnknownEnd() {
        return job(ContractType.CDI, "35").trialPeriodEndUnknown(true).build();
    }

    @Test
    void Seed004_SortieEffectiveALaFinDeLaPeriodeDEssai_anUnknownEndIsAwaitedNotGuessed() {
        var parcours = Parcourses.of(ongoing("S1", cdiWithTrialOfUnknownEnd(), "2024-03-01"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-12-01"), ExitPolicy.GRAND_AMIENOIS);

        assertThat(assessment.outcome()).isEqualTo(ExitOutcome.AWAITING_FACT);
        assertThat(assessment.awaiting())
                .containsExactly(new AwaitedFact(
                        AwaitedFact.Fact.TRIAL_PERIOD_END, StepId.of("S1"), ExitOutcome.POSITIVE_EMPLOYMENT));
        assertThat(assessment.explanation().render())
                .contains("a une période d'essai dont la fin n'est pas renseignée : la sortie attend cette date");
        assertThat(assessment.explanation().render(Locale.ENGLISH))
                .contains("has a trial period whose end is not recorded: the exit waits for that date");
    }

    @Test
    void Seed004_SortieEffectiveALaFinDeLaPeriodeDEssai_noTrialPeriodStillCountsFromTheStart() {
        var noTrial = Parcourses.of(ongoing("S1", job(ContractType.CDI, "35").build(), "2024-03-01"));

        assertThat(ExitEngine.assess(noTrial, day("2024-03-01"), ExitPolicy.GRAND_AMIENOIS)
                        .outcome())
                .isEqualTo(ExitOutcome.POSITIVE_EMPLOYMENT);
    }

    @Test
    void NationalGuide2010_underAMilestoneThatIgnoresTheTrialPeriodItsUnknownEndChangesNothing() {
        var unknown = Parcourses.of(ongoing("S1", cdiWithTrialOfUnknownEnd(), "2024-03-01"));
        var noTrial = Parcourses.of(ongoing("S1", job(ContractType.CDI, "35").build(), "2024-03-01"));

        assertThat(ExitEngine.assess(unknown, day("2024-12-01"), ExitPolicy.NATIONAL_GUIDE_2010))
                .isEqualTo(ExitEngine.assess(noTrial, day("2024-12-01"), ExitPolicy.NATIONAL_GUIDE_2010));
    }

    @Test
    void severalAwaitedTrialPeriodsAreListedInTheOrderOfTheirContractsWhateverTheOrderRecorded() {
        var parcours = Parcourses.of(
                ongoing("S9", cdiWithTrialOfUnknownEnd(), "2024-05-02"),
                ongoing("S2", cdiWithTrialOfUnknownEnd(), "2024-03-01"),
                ongoing("S1", cdiWithTrialOfUnknownEnd(), "2024-05-02"));

        ExitAssessment assessment = ExitEngine.assess(parcours, day("2024-12-01"), ExitPolicy.GRAND_AMIENOIS);

        assertThat(assessment.awaiting()).extracting(a -> a.step().value()).containsExactly("S2", "S1", "S9");
    }

    @Test
    void aTrialPeriodCannotBothEndOnADateAndHaveAnUnknownEnd() {
        var both = job(ContractType.CDI, "35")
                .trialPeriodEnd(Option.some(day("2024-04-30")))
                .trialPeriodEndUnknown(true);

        assertThatThrownBy(both::build).isInstanceOf(IllegalArgumentException.class);
    }
}
