package fr.plie.rules.eligibility;

import static fr.plie.rules.eligibility.Candidates.AMIENS;
import static fr.plie.rules.eligibility.Candidates.AS_OF;
import static fr.plie.rules.eligibility.Candidates.PERIGUEUX;
import static fr.plie.rules.eligibility.Candidates.PICQUIGNY;
import static fr.plie.rules.eligibility.Candidates.aged;
import static fr.plie.rules.eligibility.Candidates.criterion;
import static fr.plie.rules.eligibility.Candidates.neutralIn;
import static fr.plie.rules.eligibility.Candidates.registeredSince;
import static fr.plie.rules.eligibility.EligibilityPolicy.GRAND_AMIENOIS;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.participant.Barrier;
import fr.plie.core.participant.BarrierKind;
import fr.plie.core.participant.LabourMarketStatus;
import fr.plie.core.participant.MinimumIncome;
import fr.plie.core.participant.Profile;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The eligibility clauses of seed 004, PLIE du Grand Amiénois carried by the MLIFE. */
class Seed004GrandAmienoisEligibilityTest {
    private static EligibilityResult check(Profile.Builder profile) {
        return EligibilityChecker.check(profile.build(), AS_OF, GRAND_AMIENOIS);
    }

    @Test
    void Seed004_ResidentsOfTheFiveEpcisAreInTheTerritory() {
        EligibilityResult amiens = check(neutralIn(AMIENS).recognisedDisabledWorker(true));
        EligibilityResult picquigny = check(neutralIn(PICQUIGNY).recognisedDisabledWorker(true));
        EligibilityResult perigueux = check(neutralIn(PERIGUEUX).recognisedDisabledWorker(true));

        assertThat(amiens.eligible()).isTrue();
        assertThat(amiens.residence().message())
                .isEqualTo("Réside dans la commune 80021, EPCI Amiens Métropole, sur le territoire Grand Amiénois.");
        assertThat(picquigny.residence().args()).contains("Nièvre et Somme");
        assertThat(perigueux.eligible()).isFalse();
        assertThat(GRAND_AMIENOIS.territory().epcis())
                .extracting(Epci::name)
                .containsExactlyInAnyOrder(
                        "Somme Sud-Ouest",
                        "Val de Somme",
                        "Nièvre et Somme",
                        "Territoire Nord Picardie",
                        "Amiens Métropole");
    }

    @Test
    void Seed004_AdultsFrom26AreServed() {
        EligibilityResult twentySixToday = check(aged(neutralIn(AMIENS), 26, 0).addMinimumIncomes(MinimumIncome.RSA));
        EligibilityResult twentyFive = check(aged(neutralIn(AMIENS), 26, -1).addMinimumIncomes(MinimumIncome.RSA));

        assertThat(twentySixToday.eligible()).isTrue();
        assertThat(twentyFive.eligible()).isFalse();
        assertThat(twentyFive.criteriaMet()).isEqualTo(1);
        assertThat(twentyFive.age().message(Locale.ENGLISH))
                .isEqualTo("Too young for the PLIE: 25 years old, from 26.");
    }

    @Test
    void Seed004_SeniorsFrom45AreEligible() {
        EligibilityResult fortyFiveToday = check(aged(neutralIn(AMIENS), 45, 0));
        EligibilityResult fortyFourStill = check(aged(neutralIn(AMIENS), 45, -1));

        assertThat(fortyFiveToday.eligible()).isTrue();
        assertThat(criterion(fortyFiveToday, CriterionKind.SENIOR).reason().message())
                .isEqualTo("Senior : 45 ans, à partir de 45 ans.");
        assertThat(fortyFourStill.eligible()).isFalse();
    }

    @Test
    void Seed004_RegisteredJobSeekersAreEligible() {
        EligibilityResult result = check(registeredSince(neutralIn(AMIENS), AS_OF.minusMonths(3)));

        assertThat(result.eligible()).isTrue();
        assertThat(criterion(result, CriterionKind.JOB_SEEKER).reason().message())
                .isEqualTo("Demandeur d'emploi inscrit depuis 3 mois.");
    }

    @Test
    void Seed004_PeopleSeekingWorkWithoutRegistrationAreEligible() {
        EligibilityResult result = check(neutralIn(AMIENS).labourMarketStatus(LabourMarketStatus.UNEMPLOYED));

        assertThat(result.eligible()).isTrue();
        assertThat(criterion(result, CriterionKind.JOB_SEEKER).met()).isFalse();
        assertThat(criterion(result, CriterionKind.SEEKING_WORK).met()).isTrue();
        assertThat(criterion(check(neutralIn(AMIENS)), CriterionKind.SEEKING_WORK)
                        .reason()
                        .message())
                .isEqualTo("Pas en recherche d'emploi : inactif.");
    }

    @Test
    void Seed004_MinimumIncomeBeneficiariesAreEligible() {
        assertThat(check(neutralIn(AMIENS).addMinimumIncomes(MinimumIncome.AAH)).eligible())
                .isTrue();
    }

    @Test
    void Seed004_DisabledWorkersWithRqthAreEligible() {
        assertThat(check(neutralIn(AMIENS).recognisedDisabledWorker(true)).eligible())
                .isTrue();
    }

    @Test
    void Seed004_OneBarrierNotLiftedIsEnough() {
        Barrier housing = Barrier.identified(BarrierKind.HOUSING, AS_OF.minusMonths(1));

        assertThat(check(neutralIn(AMIENS).addBarriers(housing)).eligible()).isTrue();
        assertThat(check(neutralIn(AMIENS).addBarriers(housing.liftedOn(AS_OF.minusDays(1))))
                        .eligible())
                .isFalse();
        assertThat(check(neutralIn(AMIENS).addBarriers(Barrier.identified(BarrierKind.HEALTH, AS_OF.plusDays(1))))
                        .eligible())
                .as("a barrier identified after the check does not count yet")
                .isFalse();
    }

    @Test
    void Seed004_CriteriaOfSeed001AloneDoNotMakeSomeoneEligible() {
        EligibilityResult singleParentInQpv =
                check(neutralIn(AMIENS).singleParent(true).careerChange(true).priorityNeighbourhood(true));

        assertThat(singleParentInQpv.eligible()).isFalse();
        assertThat(singleParentInQpv.criteria())
                .extracting(CriterionResult::criterion)
                .doesNotContain(
                        CriterionKind.SINGLE_PARENT, CriterionKind.CAREER_CHANGE, CriterionKind.PRIORITY_NEIGHBOURHOOD);
    }
}
