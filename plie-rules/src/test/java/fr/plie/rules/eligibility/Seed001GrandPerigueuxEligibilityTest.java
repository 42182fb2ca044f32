package fr.plie.rules.eligibility;

import static fr.plie.rules.eligibility.Candidates.AS_OF;
import static fr.plie.rules.eligibility.Candidates.BORDEAUX;
import static fr.plie.rules.eligibility.Candidates.PERIGUEUX;
import static fr.plie.rules.eligibility.Candidates.TRELISSAC;
import static fr.plie.rules.eligibility.Candidates.aged;
import static fr.plie.rules.eligibility.Candidates.criterion;
import static fr.plie.rules.eligibility.Candidates.neutralIn;
import static fr.plie.rules.eligibility.Candidates.registeredSince;
import static fr.plie.rules.eligibility.EligibilityPolicy.GRAND_PERIGUEUX_2022_2027;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.participant.Barrier;
import fr.plie.core.participant.BarrierKind;
import fr.plie.core.participant.MinimumIncome;
import fr.plie.core.participant.Profile;
import fr.plie.core.participant.ProtectionStatus;
import fr.plie.core.participant.QualificationLevel;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The eligibility clauses of seed 001, PLIE du Grand Périgueux 2022-2027. */
class Seed001GrandPerigueuxEligibilityTest {
    private static EligibilityResult check(Profile.Builder profile) {
        return EligibilityChecker.check(profile.build(), AS_OF, GRAND_PERIGUEUX_2022_2027);
    }

    @Test
    void Seed001_NobodyMeetingNoCriterionIsEligible() {
        EligibilityResult result = check(neutralIn(PERIGUEUX));

        assertThat(result.eligible()).isFalse();
        assertThat(result.residence().met()).isTrue();
        assertThat(result.criteriaMet()).isZero();
        assertThat(result.unmet()).hasSize(12);
    }

    @Test
    void Seed001_ResidentsOutsideTheTerritoryAreNotEligible() {
        EligibilityResult inBordeaux = check(neutralIn(BORDEAUX).addMinimumIncomes(MinimumIncome.RSA));
        EligibilityResult inTrelissac = check(neutralIn(TRELISSAC).addMinimumIncomes(MinimumIncome.RSA));

        assertThat(inBordeaux.eligible()).isFalse();
        assertThat(inBordeaux.residence().message())
                .isEqualTo("La commune de résidence 33063 n'est pas sur le territoire Grand Périgueux.");
        assertThat(inTrelissac.eligible()).isTrue();
        assertThat(inTrelissac.residence().message(Locale.ENGLISH))
                .isEqualTo("Lives in commune 24557, EPCI CA Le Grand Périgueux, in the territory Grand Périgueux.");
    }

    @Test
    void Seed001_SeniorsFrom50AreEligible() {
        Profile.Builder fiftyToday = registeredSince(aged(neutralIn(PERIGUEUX), 50, 0), AS_OF.minusMonths(2));
        Profile.Builder fiftyTomorrow = registeredSince(aged(neutralIn(PERIGUEUX), 50, -1), AS_OF.minusMonths(2));

        EligibilityResult today = check(fiftyToday);
        EligibilityResult dayBefore = check(fiftyTomorrow);

        assertThat(today.eligible()).isTrue();
        assertThat(criterion(today, CriterionKind.SENIOR).reason().message())
                .isEqualTo("Senior : 50 ans, à partir de 50 ans.");
        assertThat(dayBefore.eligible()).isFalse();
        assertThat(criterion(dayBefore, CriterionKind.SENIOR).reason().message(Locale.ENGLISH))
                .isEqualTo("Not a senior: 49 years old, from 50.");
    }

    @Test
    void Seed001_SeniorsMustBeJobSeekers() {
        EligibilityResult result = check(aged(neutralIn(PERIGUEUX), 56, 100));

        assertThat(result.eligible()).isFalse();
        assertThat(criterion(result, CriterionKind.SENIOR).reason().code())
                .isEqualTo("eligibility.criterion.senior.not-job-seeker");
    }

    @Test
    void Seed001_JobSeekersUnder30AreEligible() {
        Profile.Builder twentyNine = registeredSince(aged(neutralIn(PERIGUEUX), 29, 200), AS_OF.minusMonths(1));
        Profile.Builder thirtyToday = registeredSince(aged(neutralIn(PERIGUEUX), 30, 0), AS_OF.minusMonths(1));

        assertThat(check(twentyNine).eligible()).isTrue();
        assertThat(check(thirtyToday).eligible()).isFalse();
        assertThat(criterion(check(thirtyToday), CriterionKind.YOUNG).reason().message())
                .isEqualTo("Pas jeune au sens du PLIE : 30 ans, moins de 30 ans requis.");
    }

    @Test
    void Seed001_LongTermJobSeekersAfter12MonthsOfRegistrationAreEligible() {
        EligibilityResult exactly12Months = check(registeredSince(neutralIn(PERIGUEUX), AS_OF.minusMonths(12)));
        EligibilityResult oneDayShort = check(
                registeredSince(neutralIn(PERIGUEUX), AS_OF.minusMonths(12).plusDays(1)));

        assertThat(exactly12Months.eligible()).isTrue();
        assertThat(criterion(exactly12Months, CriterionKind.LONG_TERM_JOB_SEEKER)
                        .reason()
                        .message())
                .isEqualTo("Demandeur d'emploi de longue durée : inscrit depuis 12 mois, 12 mois requis.");
        assertThat(oneDayShort.eligible()).isFalse();
        assertThat(criterion(oneDayShort, CriterionKind.LONG_TERM_JOB_SEEKER)
                        .reason()
                        .message(Locale.ENGLISH))
                .isEqualTo("Not a long-term job seeker: registered for 11 months, 12 months required.");
    }

    @Test
    void Seed001_MinimumIncomeBeneficiariesAreEligible() {
        EligibilityResult result = check(neutralIn(PERIGUEUX).addMinimumIncomes(MinimumIncome.ASS));

        assertThat(result.eligible()).isTrue();
        assertThat(criterion(result, CriterionKind.MINIMUM_INCOME).reason().message())
                .isEqualTo("Bénéficiaire de minima sociaux (ASS).");
    }

    @Test
    void Seed001_ContratDeVilleNeighbourhoodResidentsAreEligible() {
        assertThat(check(neutralIn(PERIGUEUX).priorityNeighbourhood(true)).eligible())
                .isTrue();
    }

    @Test
    void Seed001_QualificationAtMostLevelVIsEligible() {
        EligibilityResult levelV = check(neutralIn(PERIGUEUX).qualificationLevel(QualificationLevel.LEVEL_3));
        EligibilityResult levelIV = check(neutralIn(PERIGUEUX).qualificationLevel(QualificationLevel.LEVEL_4));

        assertThat(levelV.eligible()).isTrue();
        assertThat(levelIV.eligible()).isFalse();
        assertThat(criterion(levelIV, CriterionKind.LOW_QUALIFICATION).reason().message())
                .isEqualTo("Niveau de qualification 4 (ancien niveau IV), au-dessus du niveau 3 (ancien niveau V).");
    }

    @Test
    void Seed001_DisabledWorkersWithRqthAreEligible() {
        assertThat(check(neutralIn(PERIGUEUX).recognisedDisabledWorker(true)).eligible())
                .isTrue();
    }

    @Test
    void Seed001_BeneficiariesOfInternationalProtectionAndAsylumSeekersAreEligible() {
        EligibilityResult refugee = check(neutralIn(PERIGUEUX).protection(ProtectionStatus.INTERNATIONAL_PROTECTION));
        EligibilityResult asylumSeeker = check(neutralIn(PERIGUEUX).protection(ProtectionStatus.ASYLUM_SEEKER));

        assertThat(refugee.eligible()).isTrue();
        assertThat(criterion(refugee, CriterionKind.INTERNATIONAL_PROTECTION).met())
                .isTrue();
        assertThat(criterion(refugee, CriterionKind.ASYLUM_SEEKER).met()).isFalse();
        assertThat(asylumSeeker.eligible()).isTrue();
        assertThat(criterion(asylumSeeker, CriterionKind.ASYLUM_SEEKER).met()).isTrue();
    }

    @Test
    void Seed001_SingleParentsAreEligible() {
        assertThat(check(neutralIn(PERIGUEUX).singleParent(true)).eligible()).isTrue();
    }

    @Test
    void Seed001_PeopleInCareerChangeAreEligible() {
        EligibilityResult inCareerChange = check(neutralIn(PERIGUEUX).careerChange(true));

        assertThat(inCareerChange.eligible()).isTrue();
        assertThat(criterion(inCareerChange, CriterionKind.CAREER_CHANGE)
                        .reason()
                        .message())
                .isEqualTo("En reconversion professionnelle.");
        assertThat(check(neutralIn(PERIGUEUX)).eligible())
                .as("the neutral profile meets no criterion")
                .isFalse();
    }

    @Test
    void Seed001_PeopleCumulatingTwoBarriersNotLiftedAreEligible() {
        LocalDate identified = AS_OF.minusMonths(3);
        Barrier housing = Barrier.identified(BarrierKind.HOUSING, identified);
        Barrier health = Barrier.identified(BarrierKind.HEALTH, identified);

        EligibilityResult two = check(neutralIn(PERIGUEUX).addBarriers(housing, health));
        EligibilityResult oneLifted = check(neutralIn(PERIGUEUX).addBarriers(housing, health.liftedOn(AS_OF)));
        EligibilityResult liftedLater =
                check(neutralIn(PERIGUEUX).addBarriers(housing, health.liftedOn(AS_OF.plusDays(1))));

        assertThat(two.eligible()).isTrue();
        assertThat(two.asValidation().get()).isSameAs(two);
        assertThat(oneLifted.eligible()).isFalse();
        assertThat(criterion(oneLifted, CriterionKind.CUMULATED_BARRIERS)
                        .reason()
                        .message())
                .isEqualTo("Freins à l'emploi non levés : 1, au moins 2 requis.");
        assertThat(liftedLater.eligible()).isTrue();
    }

    @Test
    void Seed001_EveryUnmetConditionIsReportedNotOnlyTheFirst() {
        EligibilityResult result = check(aged(neutralIn(BORDEAUX), 15, 10));

        assertThat(result.eligible()).isFalse();
        assertThat(result.residence().met()).isFalse();
        assertThat(result.age().message()).isEqualTo("Trop jeune pour le PLIE : 15 ans, à partir de 16 ans.");
        assertThat(result.criteria()).hasSize(12);
        assertThat(result.summary().message())
                .isEqualTo("Non éligible : 0 critère(s) rempli(s), 1 requis ; 3 condition(s) non remplie(s).");
        assertThat(result.asValidation().isInvalid()).isTrue();
        assertThat(result.asValidation().getError()).hasSize(2 + 12 + 1);
        assertThat(result.explain(Locale.ENGLISH))
                .hasSize(2 + 12 + 1)
                .last()
                .isEqualTo("Not eligible: 0 criteria met, 1 required; 3 condition(s) not met.");
    }

    @Test
    void Seed001_ReasonsGiveAgesAndDurationsButNeitherBirthNorRegistrationDates() {
        Profile.Builder candidate = registeredSince(aged(neutralIn(PERIGUEUX), 50, 3), AS_OF.minusYears(2))
                .addMinimumIncomes(MinimumIncome.RSA);
        EligibilityResult result = check(candidate);

        String french = String.join(" ", result.explain(Locale.FRENCH));
        String english = String.join(" ", result.explain(Locale.ENGLISH));
        assertThat(french).contains("50 ans", "24 mois").doesNotContain("1974", "2022");
        assertThat(english).contains("50 years old", "24 months").doesNotContain("1974", "2022");
    }
}
