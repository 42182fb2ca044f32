package fr.plie.adapter.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import fr.plie.core.fixture.ProfileFixture;
import fr.plie.rules.eligibility.EligibilityChecker;
import fr.plie.rules.eligibility.EligibilityPolicy;
import fr.plie.rules.exit.ExitEngine;
import fr.plie.rules.exit.ExitPolicy;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A stored or exchanged result that was edited by hand, or that disagrees with itself, is refused with located
 * errors in French and English, never read half-way.
 */
class ResultBadInputTest {
    private final PlieJson json = PlieJson.create();
    private final String assessment = json.writeAsString(
            PlieDocument.EXIT_ASSESSMENT,
            ExitEngine.assess(
                    Samples.exitedParcours().parcours(), LocalDate.of(2024, 3, 5), ExitPolicy.TOULOUSE_2015_2020));
    private final String eligibility = json.writeAsString(
            PlieDocument.ELIGIBILITY_RESULT,
            EligibilityChecker.check(
                    ProfileFixture.longTermJobSeeker().build(),
                    LocalDate.of(2024, 6, 1),
                    EligibilityPolicy.GRAND_AMIENOIS));

    private <T> List<JsonError> errors(PlieDocument<T> type, String text) {
        ReadResult<T> read = json.read(type, text);
        assertThat(read.value().isEmpty()).as("no value when there are errors").isTrue();
        return read.errors();
    }

    @Test
    void the_sample_documents_read_as_they_are() {
        assertThat(json.read(PlieDocument.EXIT_ASSESSMENT, assessment).errors()).isEmpty();
        assertThat(json.read(PlieDocument.ELIGIBILITY_RESULT, eligibility).errors())
                .isEmpty();
    }

    @Test
    void an_argument_that_does_not_match_its_type_is_located_in_its_line() {
        String bad = assessment.replace(
                "\"args\":[\"S1\",\"2023-06-30\"],\"argTypes\":[\"STEP\",\"DATE\"]",
                "\"args\":[\"S1\",\"30/06/2023\"],\"argTypes\":[\"STEP\",\"DATE\"]");
        assertThat(bad).isNotEqualTo(assessment);

        List<JsonError> errors = errors(PlieDocument.EXIT_ASSESSMENT, bad);

        assertThat(errors)
                .extracting(JsonError::code, JsonError::pointer)
                .containsExactly(tuple(JsonErrorCode.VALUE_ARGUMENT, "/explanation/1/args/1"));
        assertThat(errors.get(0).message()).contains("DATE");
        assertThat(errors.get(0).message(Locale.ENGLISH)).startsWith("The argument does not match its type (DATE).");
    }

    @Test
    void an_unknown_type_code_or_a_missing_type_is_refused() {
        String unknown = assessment.replace("\"argTypes\":[\"STEP\",\"DATE\"]", "\"argTypes\":[\"STEP\",\"WHEN\"]");
        assertThat(errors(PlieDocument.EXIT_ASSESSMENT, unknown))
                .extracting(JsonError::code, JsonError::pointer)
                .containsExactly(tuple(JsonErrorCode.VALUE_ARGUMENT, "/explanation/1/args/1"));
        String shorter = assessment.replace("\"argTypes\":[\"STEP\",\"DATE\"]", "\"argTypes\":[\"STEP\"]");
        assertThat(errors(PlieDocument.EXIT_ASSESSMENT, shorter))
                .extracting(JsonError::code, JsonError::pointer)
                .containsExactly(tuple(JsonErrorCode.VALUE_ARGUMENT, "/explanation/1/args/1"));
    }

    @Test
    void fields_that_disagree_with_the_outcome_are_each_reported() {
        String bad = assessment.replace("\"outcome\":\"POSITIVE_TRAINING\"", "\"outcome\":\"NOT_POSITIVE\"");
        assertThat(bad).isNotEqualTo(assessment);

        assertThat(errors(PlieDocument.EXIT_ASSESSMENT, bad))
                .extracting(JsonError::code, JsonError::pointer)
                .containsExactly(
                        tuple(JsonErrorCode.RULE_OUTCOME, "/pronounceableFrom"),
                        tuple(JsonErrorCode.RULE_OUTCOME, "/qualifyingSteps"),
                        tuple(JsonErrorCode.RULE_OUTCOME, "/missingEvidence"));
    }

    @Test
    void a_derived_field_edited_by_hand_is_refused() {
        assertThat(errors(
                        PlieDocument.EXIT_ASSESSMENT,
                        assessment.replace("\"readyToPronounce\":false", "\"readyToPronounce\":true")))
                .extracting(JsonError::code, JsonError::pointer)
                .containsExactly(tuple(JsonErrorCode.RULE_DERIVED, "/readyToPronounce"));
        assertThat(errors(
                        PlieDocument.ELIGIBILITY_RESULT,
                        eligibility.replace("\"eligible\":false", "\"eligible\":true")))
                .extracting(JsonError::code, JsonError::pointer)
                .containsExactly(tuple(JsonErrorCode.RULE_DERIVED, "/eligible"));
    }

    @Test
    void a_criterion_given_twice_or_a_reason_missing_its_key_is_located() {
        String twice = eligibility.replace("\"criterion\":\"SEEKING_WORK\"", "\"criterion\":\"JOB_SEEKER\"");
        assertThat(twice).isNotEqualTo(eligibility);
        assertThat(errors(PlieDocument.ELIGIBILITY_RESULT, twice))
                .extracting(JsonError::code, JsonError::pointer)
                .containsExactly(tuple(JsonErrorCode.RULE_DUPLICATE, "/criteria"));
        String noKey = eligibility.replaceFirst("\"key\":\"eligibility\\.residence\\.[a-z]+\",", "");
        assertThat(errors(PlieDocument.ELIGIBILITY_RESULT, noKey))
                .extracting(JsonError::code, JsonError::pointer)
                .containsExactly(tuple(JsonErrorCode.FIELD_REQUIRED, "/residence/key"));
    }

    @Test
    void the_texts_are_rendered_again_so_an_older_wording_still_reads() {
        String reworded = assessment.replaceFirst("\"fr\":\"[^\"]*\"", "\"fr\":\"Ancienne formulation.\"");
        assertThat(reworded).isNotEqualTo(assessment);
        assertThat(json.read(PlieDocument.EXIT_ASSESSMENT, reworded).value().get())
                .isEqualTo(json.read(PlieDocument.EXIT_ASSESSMENT, assessment)
                        .value()
                        .get());
    }

    @Test
    void an_unknown_type_code_is_not_quoted_in_the_error() {
        String bad = assessment.replace(
                "\"argTypes\":[\"STEP\",\"DATE\"]", "\"argTypes\":[\"STEP\",\"Jean Dupont 1980-02-01\"]");
        assertThat(bad).isNotEqualTo(assessment);

        List<JsonError> errors = errors(PlieDocument.EXIT_ASSESSMENT, bad);

        assertThat(errors)
                .extracting(JsonError::code, JsonError::pointer)
                .containsExactly(tuple(JsonErrorCode.VALUE_ARGUMENT, "/explanation/1/args/1"));
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            assertThat(errors.get(0).message(locale)).doesNotContain("Dupont").contains("DATE, PERIOD, STEP");
        }
    }

    @Test
    void a_line_whose_text_cannot_cite_its_argument_is_refused_rather_than_failing_when_written() {
        // evidence.no-exit-proposed counts its argument ({0,choice,...}): a text there cannot be rendered
        String bad = assessment.replaceFirst("\"key\":\"policy\\.applied\"", "\"key\":\"evidence.no-exit-proposed\"");
        assertThat(bad).isNotEqualTo(assessment);

        assertThat(errors(PlieDocument.EXIT_ASSESSMENT, bad))
                .extracting(JsonError::code, JsonError::pointer)
                .containsExactly(tuple(JsonErrorCode.VALUE_ARGUMENT, "/explanation/0/args/0"));
    }

    @Test
    void a_count_out_of_range_is_reported_with_the_bounds_it_may_take() {
        String negative = eligibility.replaceFirst("\"criteriaMet\":[0-9]+", "\"criteriaMet\":-1");
        assertThat(negative).isNotEqualTo(eligibility);

        List<JsonError> errors = errors(PlieDocument.ELIGIBILITY_RESULT, negative);

        // 0 is allowed: the message must not say "above 0"
        assertThat(errors).extracting(JsonError::code).containsExactly(JsonErrorCode.VALUE_RANGE);
        assertThat(errors.get(0).message(Locale.ENGLISH))
                .startsWith("Value out of range: expected above -1 and at most");
    }

    @Test
    void an_argument_nested_deeper_than_one_list_is_refused_by_the_schema_as_by_the_reader() {
        String nested =
                assessment.replace("\"args\":[\"S1\",\"2023-06-30\"]", "\"args\":[[\"S1\",[\"x\"]],\"2023-06-30\"]");
        assertThat(nested).isNotEqualTo(assessment);
        String objectInList = eligibility.replaceFirst("\"args\":\\[", "\"args\":[[{}],");
        assertThat(objectInList).isNotEqualTo(eligibility);

        assertThat(errors(PlieDocument.EXIT_ASSESSMENT, nested))
                .extracting(JsonError::code, JsonError::pointer)
                .containsExactly(tuple(JsonErrorCode.VALUE_TYPE, "/explanation/1/args/0/1"));
        assertThat(Schemas.violations(PlieDocument.EXIT_ASSESSMENT, nested)).isNotEmpty();
        assertThat(errors(PlieDocument.ELIGIBILITY_RESULT, objectInList))
                .extracting(JsonError::code, JsonError::pointer)
                .containsExactly(tuple(JsonErrorCode.VALUE_TYPE, "/residence/args/0/0"));
        assertThat(Schemas.violations(PlieDocument.ELIGIBILITY_RESULT, objectInList))
                .isNotEmpty();
    }

    @Test
    void the_schema_and_the_reader_agree_on_the_texts() {
        String blankPolicy = assessment.replaceFirst("\"policy\":\"[^\"]*\"", "\"policy\":\" \"");
        String longKey = assessment.replaceFirst("\"key\":\"[^\"]*\"", "\"key\":\"" + "k".repeat(201) + "\"");
        String blankText = assessment.replaceFirst("\"fr\":\"[^\"]*\"", "\"fr\":\" \"");
        assertThat(List.of(blankPolicy, longKey, blankText)).doesNotContain(assessment);

        assertThat(errors(PlieDocument.EXIT_ASSESSMENT, blankPolicy))
                .extracting(JsonError::code)
                .containsExactly(JsonErrorCode.VALUE_BLANK);
        assertThat(Schemas.violations(PlieDocument.EXIT_ASSESSMENT, blankPolicy))
                .isNotEmpty();
        assertThat(errors(PlieDocument.EXIT_ASSESSMENT, longKey))
                .extracting(JsonError::code)
                .containsExactly(JsonErrorCode.VALUE_TOO_LONG);
        assertThat(Schemas.violations(PlieDocument.EXIT_ASSESSMENT, longKey)).isNotEmpty();
        // the texts are rendered again: a blank one is as good as an empty one
        assertThat(json.read(PlieDocument.EXIT_ASSESSMENT, blankText).errors()).isEmpty();
        assertThat(Schemas.violations(PlieDocument.EXIT_ASSESSMENT, blankText)).isEmpty();
    }
}
