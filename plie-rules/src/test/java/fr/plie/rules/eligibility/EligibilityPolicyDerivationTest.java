package fr.plie.rules.eligibility;

import static fr.plie.rules.eligibility.Candidates.AMIENS;
import static fr.plie.rules.eligibility.Candidates.AS_OF;
import static fr.plie.rules.eligibility.Candidates.BORDEAUX;
import static fr.plie.rules.eligibility.Candidates.aged;
import static fr.plie.rules.eligibility.Candidates.neutralIn;
import static fr.plie.rules.eligibility.EligibilityPolicy.GRAND_AMIENOIS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plie.core.participant.MinimumIncome;
import fr.plie.core.participant.Profile;
import org.junit.jupiter.api.Test;

/** A PLIE derives its own policy from a preset, and the preset stays as it was. */
class EligibilityPolicyDerivationTest {
    @Test
    void aPlieRaisesTheSeniorAgeOfAPresetWithoutTouchingThePreset() {
        EligibilityPolicy from50 = EligibilityPolicy.from(GRAND_AMIENOIS)
                .name("PLIE dérivé")
                .withCriterion(new Criterion.Senior(50, false))
                .build();
        Profile fortySeven = aged(neutralIn(AMIENS), 47, 10).build();

        assertThat(EligibilityChecker.check(fortySeven, AS_OF, GRAND_AMIENOIS).eligible())
                .isTrue();
        assertThat(EligibilityChecker.check(fortySeven, AS_OF, from50).eligible())
                .isFalse();
        assertThat(from50.criteria())
                .extracting(Criterion::kind)
                .isEqualTo(
                        GRAND_AMIENOIS.criteria().stream().map(Criterion::kind).toList());
    }

    @Test
    void aPlieCanRequireTwoCriteria() {
        EligibilityPolicy two =
                EligibilityPolicy.from(GRAND_AMIENOIS).withCriteriaRequired(2).build();
        Profile.Builder rsaOnly = neutralIn(AMIENS).addMinimumIncomes(MinimumIncome.RSA);

        assertThat(EligibilityChecker.check(rsaOnly.build(), AS_OF, two).eligible())
                .isFalse();
        assertThat(EligibilityChecker.check(
                                rsaOnly.recognisedDisabledWorker(true).build(), AS_OF, two)
                        .eligible())
                .isTrue();
    }

    @Test
    void aPlieExtendsItsTerritoryWithItsOwnCommunes() {
        EligibilityPolicy withBordeaux = EligibilityPolicy.from(GRAND_AMIENOIS)
                .withEpci(Epci.of("Bordeaux Métropole", "33063"))
                .build();
        Profile rsaInBordeaux =
                neutralIn(BORDEAUX).addMinimumIncomes(MinimumIncome.RSA).build();

        assertThat(EligibilityChecker.check(rsaInBordeaux, AS_OF, GRAND_AMIENOIS)
                        .eligible())
                .isFalse();
        assertThat(EligibilityChecker.check(rsaInBordeaux, AS_OF, withBordeaux).eligible())
                .isTrue();
    }

    @Test
    void aPolicyCannotRequireMoreCriteriaThanItLists() {
        EligibilityPolicy.Builder builder = EligibilityPolicy.from(GRAND_AMIENOIS)
                .withoutCriterion(CriterionKind.SENIOR)
                .withCriteriaRequired(6);

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 0 and the number of criteria (5)");
    }

    @Test
    void aCommuneCannotBelongToTwoEpcis() {
        assertThatThrownBy(() -> Territory.of("T", Epci.of("A", "80021"), Epci.of("B", "80021")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("80021");
    }
}
