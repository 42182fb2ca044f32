package fr.plie.adapter.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import fr.plie.core.participant.Participant;
import fr.plie.core.participant.ProfileFact;
import fr.plie.rules.eligibility.CriterionKind;
import fr.plie.rules.eligibility.CriterionResult;
import fr.plie.rules.eligibility.EligibilityChecker;
import fr.plie.rules.eligibility.EligibilityPolicy;
import fr.plie.rules.eligibility.EligibilityResult;
import fr.plie.rules.eligibility.EligibilityStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * "Unknown is not unmet" in format v1, a backward-compatible addition: a profile's {@code unknownFacts}, and the
 * eligibility result's {@code status} and {@code missingFacts}; documents without them read as before.
 */
class UnknownFactsFormatTest {
    private final PlieJson json = PlieJson.create();

    /** Seed 004, a referral from Amiens that records neither the registration nor the labour-market status. */
    private static final String REFERRAL = "{\"formatVersion\":\"1\",\"id\":\"P-7\",\"profile\":{"
            + "\"birthDate\":\"1984-03-02\",\"sex\":\"FEMALE\",\"residenceCommune\":\"80021\","
            + "\"qualificationLevel\":\"LEVEL_4\",\"minimumIncomes\":[],"
            + "\"unknownFacts\":[\"JOB_SEEKER_REGISTRATION\",\"LABOUR_MARKET_STATUS\"]}}";

    private Participant referral() {
        return json.read(PlieDocument.PARTICIPANT, REFERRAL).value().get();
    }

    @Test
    void a_profile_lists_the_facts_it_does_not_record_and_writes_them_without_their_fields() {
        Participant read = referral();

        assertThat(read.profile().unknownFacts())
                .containsExactlyInAnyOrder(ProfileFact.JOB_SEEKER_REGISTRATION, ProfileFact.LABOUR_MARKET_STATUS);
        String written = json.writeAsString(PlieDocument.PARTICIPANT, read);
        assertThat(written)
                .contains("\"unknownFacts\":[\"JOB_SEEKER_REGISTRATION\",\"LABOUR_MARKET_STATUS\"]")
                .doesNotContain("labourMarketStatus")
                .contains("\"singleParent\":false");
        assertThat(Schemas.violations(PlieDocument.PARTICIPANT, written)).isEmpty();
        assertThat(json.read(PlieDocument.PARTICIPANT, written).value().get()).isEqualTo(read);
    }

    @Test
    void a_field_given_for_a_fact_said_unknown_is_located_in_french_and_english() {
        String contradiction = REFERRAL.replace("\"minimumIncomes\":[]", "\"labourMarketStatus\":\"INACTIVE\"");

        List<JsonError> errors =
                json.read(PlieDocument.PARTICIPANT, contradiction).errors();

        assertThat(errors)
                .extracting(JsonError::code, JsonError::pointer)
                .containsExactly(tuple(JsonErrorCode.RULE_UNKNOWN_FACT, "/profile/labourMarketStatus"));
        assertThat(errors.get(0).message()).contains("labourMarketStatus").contains("inconnu");
        assertThat(errors.get(0).message(Locale.ENGLISH)).contains("not recorded");
    }

    @Test
    void an_incomplete_result_carries_its_status_and_missing_facts_and_reads_back_equal() {
        EligibilityResult result = EligibilityChecker.check(
                referral().profile(), LocalDate.of(2024, 6, 3), EligibilityPolicy.GRAND_AMIENOIS);
        assertThat(result.status()).isEqualTo(EligibilityStatus.INCOMPLETE);

        String written = json.writeAsString(PlieDocument.ELIGIBILITY_RESULT, result);

        assertThat(written)
                .contains(
                        "\"status\":\"INCOMPLETE\",\"missingFacts\":[\"JOB_SEEKER_REGISTRATION\",\"LABOUR_MARKET_STATUS\"]}")
                .contains("\"criterion\":\"JOB_SEEKER\",\"met\":false")
                .contains("\"status\":\"UNKNOWN\",\"missingFacts\":[\"JOB_SEEKER_REGISTRATION\"]");
        assertThat(Schemas.violations(PlieDocument.ELIGIBILITY_RESULT, written)).isEmpty();
        EligibilityResult read =
                json.read(PlieDocument.ELIGIBILITY_RESULT, written).value().get();
        assertThat(read).isEqualTo(result);
        assertThat(read.criteria().stream().filter(c -> c.criterion() == CriterionKind.SEEKING_WORK))
                .extracting(CriterionResult::status)
                .containsExactly(CriterionResult.Status.UNKNOWN);
    }

    @Test
    void a_result_written_before_the_status_existed_reads_as_before() {
        String everythingRecorded =
                REFERRAL.replace(",\"unknownFacts\":[\"JOB_SEEKER_REGISTRATION\",\"LABOUR_MARKET_STATUS\"]", "");
        EligibilityResult result = EligibilityChecker.check(
                json.read(PlieDocument.PARTICIPANT, everythingRecorded)
                        .value()
                        .get()
                        .profile(),
                LocalDate.of(2024, 6, 3),
                EligibilityPolicy.GRAND_AMIENOIS);
        String older = json.writeAsString(PlieDocument.ELIGIBILITY_RESULT, result)
                .replaceAll(",\"status\":\"[A-Z_]+\",\"missingFacts\":\\[[^\\]]*\\]", "");
        assertThat(older).doesNotContain("\"status\"").doesNotContain("missingFacts");

        EligibilityResult read =
                json.read(PlieDocument.ELIGIBILITY_RESULT, older).value().get();

        assertThat(read).isEqualTo(result);
        assertThat(read.status()).isEqualTo(EligibilityStatus.ELIGIBLE);
    }

    @Test
    void a_status_edited_by_hand_is_refused() {
        EligibilityResult result = EligibilityChecker.check(
                referral().profile(), LocalDate.of(2024, 6, 3), EligibilityPolicy.GRAND_AMIENOIS);
        String edited = json.writeAsString(PlieDocument.ELIGIBILITY_RESULT, result)
                .replace("\"status\":\"INCOMPLETE\"", "\"status\":\"NOT_ELIGIBLE\"");

        assertThat(json.read(PlieDocument.ELIGIBILITY_RESULT, edited).errors())
                .extracting(JsonError::code, JsonError::pointer)
                .containsExactly(tuple(JsonErrorCode.RULE_DERIVED, "/status"));
    }
}
