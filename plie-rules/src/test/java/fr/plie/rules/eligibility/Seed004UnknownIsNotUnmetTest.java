package fr.plie.rules.eligibility;

import static fr.plie.rules.eligibility.Candidates.AMIENS;
import static fr.plie.rules.eligibility.Candidates.AS_OF;
import static fr.plie.rules.eligibility.Candidates.BORDEAUX;
import static fr.plie.rules.eligibility.Candidates.PERIGUEUX;
import static fr.plie.rules.eligibility.Candidates.aged;
import static fr.plie.rules.eligibility.Candidates.criterion;
import static fr.plie.rules.eligibility.Candidates.neutralIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plie.core.participant.InseeCode;
import fr.plie.core.participant.LabourMarketStatus;
import fr.plie.core.participant.Profile;
import fr.plie.core.participant.ProfileFact;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Unknown is not unmet: the criteria lists of seeds 004 ("et être soit demandeur d'emploi, soit ...") and 001
 * ("demandeurs d'emploi de plus de 50 ans") read on referrals that do not record every fact.
 */
class Seed004UnknownIsNotUnmetTest {
    /** A 40-year-old in {@code commune} whose referral records neither the registration nor the situation. */
    private static Profile.Builder situationNotRecordedIn(InseeCode commune) {
        return aged(neutralIn(commune), 40, 10)
                .labourMarketStatus(LabourMarketStatus.UNEMPLOYED)
                .addUnknownFacts(
                        ProfileFact.JOB_SEEKER_REGISTRATION,
                        ProfileFact.LABOUR_MARKET_STATUS,
                        ProfileFact.MINIMUM_INCOMES);
    }

    @Test
    void Seed004_EtEtreSoit_AReferralWithoutTheSituationIsIncompleteNotRefused() {
        EligibilityResult result = EligibilityChecker.check(
                situationNotRecordedIn(AMIENS).build(), AS_OF, EligibilityPolicy.GRAND_AMIENOIS);

        assertThat(result.status()).isEqualTo(EligibilityStatus.INCOMPLETE);
        assertThat(result.eligible()).isFalse();
        assertThat(result.missingFacts())
                .containsExactly(
                        ProfileFact.JOB_SEEKER_REGISTRATION,
                        ProfileFact.MINIMUM_INCOMES,
                        ProfileFact.LABOUR_MARKET_STATUS);
        assertThat(criterion(result, CriterionKind.JOB_SEEKER).status()).isEqualTo(CriterionResult.Status.UNKNOWN);
        assertThat(criterion(result, CriterionKind.SENIOR).status()).isEqualTo(CriterionResult.Status.UNMET);
        assertThat(criterion(result, CriterionKind.SEEKING_WORK).reason().message())
                .isEqualTo("Situation sur le marché du travail non renseignée.");
        assertThat(result.summary().message())
                .isEqualTo("Éligibilité incomplète : 0 critère(s) rempli(s), 1 requis ; 3 critère(s) inconnu(s),"
                        + " 3 information(s) à renseigner.");
        assertThat(result.summary().message(Locale.ENGLISH))
                .isEqualTo(
                        "Eligibility incomplete: 0 criteria met, 1 required; 3 criteria unknown, 3 facts to record.");
    }

    @Test
    void Seed004_EtEtreSoit_OneCriterionMetSettlesItWhateverIsMissing() {
        EligibilityResult result = EligibilityChecker.check(
                situationNotRecordedIn(AMIENS).recognisedDisabledWorker(true).build(),
                AS_OF,
                EligibilityPolicy.GRAND_AMIENOIS);

        assertThat(result.status()).isEqualTo(EligibilityStatus.ELIGIBLE);
        assertThat(result.missingFacts()).isEmpty();
        assertThat(result.unknown()).hasSize(3);
    }

    @Test
    void Seed004_ResidentsOfTheFiveEpcis_OutsideTheTerritoryIsNotEligibleWhateverIsMissing() {
        EligibilityResult result = EligibilityChecker.check(
                situationNotRecordedIn(BORDEAUX).build(), AS_OF, EligibilityPolicy.GRAND_AMIENOIS);

        assertThat(result.status()).isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
        assertThat(result.missingFacts()).isEmpty();
    }

    @Test
    void Seed001_DemandeursDEmploiDePlusDe50Ans_AgeSettlesWhatItCanAndTheRegistrationIsAskedFor() {
        Profile over50 = aged(neutralIn(PERIGUEUX), 55, 3)
                .addUnknownFacts(ProfileFact.JOB_SEEKER_REGISTRATION)
                .build();

        EligibilityResult result = EligibilityChecker.check(over50, AS_OF, EligibilityPolicy.GRAND_PERIGUEUX_2022_2027);

        assertThat(result.status()).isEqualTo(EligibilityStatus.INCOMPLETE);
        assertThat(result.missingFacts()).containsExactly(ProfileFact.JOB_SEEKER_REGISTRATION);
        assertThat(criterion(result, CriterionKind.SENIOR).reason().message(Locale.ENGLISH))
                .isEqualTo("Senior (55 years old, from 50) but registration as a job seeker not recorded.");
        // under 30 is settled by the age alone, registration or not
        assertThat(criterion(result, CriterionKind.YOUNG).status()).isEqualTo(CriterionResult.Status.UNMET);
    }

    @Test
    void anUnknownFactHoldingAValueIsRefused() {
        Profile.Builder contradiction = neutralIn(AMIENS).singleParent(true).addUnknownFacts(ProfileFact.SINGLE_PARENT);

        assertThatThrownBy(contradiction::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SINGLE_PARENT");
    }
}
