package fr.plie.adapter.json;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.adapter.json.JsonError.Severity;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Bad documents give every located error at once, in French and English, and never a half-built value. */
class BadInputTest {
    private final PlieJson json = PlieJson.create();
    private final String valid = json.writeAsString(PlieDocument.PARCOURS, Samples.exitedParcours());

    private List<JsonError> errors(String text) {
        ReadResult<ParcoursDocument> read = json.readParcours(text);
        assertThat(read.value().isEmpty()).as("no value when there are errors").isTrue();
        return read.errors();
    }

    @Test
    void every_missing_required_field_is_reported_with_its_pointer_not_only_the_first() {
        assertThat(errors("{\"formatVersion\":\"1\",\"referral\":{}}"))
                .extracting(JsonError::code, JsonError::pointer)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(JsonErrorCode.FIELD_REQUIRED, "/referral/prescriberKind"),
                        org.assertj.core.groups.Tuple.tuple(
                                JsonErrorCode.FIELD_REQUIRED, "/referral/prescriberOrganisation"),
                        org.assertj.core.groups.Tuple.tuple(JsonErrorCode.FIELD_REQUIRED, "/referral/date"),
                        org.assertj.core.groups.Tuple.tuple(JsonErrorCode.FIELD_REQUIRED, "/id"),
                        org.assertj.core.groups.Tuple.tuple(JsonErrorCode.FIELD_REQUIRED, "/participantId"),
                        org.assertj.core.groups.Tuple.tuple(JsonErrorCode.FIELD_REQUIRED, "/version"),
                        org.assertj.core.groups.Tuple.tuple(JsonErrorCode.FIELD_REQUIRED, "/status"));
    }

    @Test
    void every_unknown_code_is_reported_in_one_read() {
        String bad = valid.replace("\"status\":\"EXITED\"", "\"status\":\"GONE\"")
                .replace("\"kind\":\"TRAINING\"", "\"kind\":\"COURSE\"")
                .replace("\"sex\":\"FEMALE\"", "\"sex\":\"F\"");
        assertThat(errors(bad))
                .extracting(JsonError::code, JsonError::pointer)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(JsonErrorCode.VALUE_ENUM, "/status"),
                        org.assertj.core.groups.Tuple.tuple(JsonErrorCode.VALUE_ENUM, "/steps/0/detail/kind"),
                        org.assertj.core.groups.Tuple.tuple(JsonErrorCode.VALUE_ENUM, "/participant/profile/sex"));
    }

    @Test
    void a_bad_insee_code_or_siret_is_a_located_error_with_line_and_column() {
        String text = """
                {"formatVersion": "1",
                 "id": "P-9",
                 "profile": {"birthDate": "1990-05-02", "sex": "MALE",
                   "residenceCommune": "3155",
                   "qualificationLevel": "LEVEL_4"}}""";
        List<JsonError> errors = json.readParticipant(text).errors();
        assertThat(errors).hasSize(1);
        JsonError e = errors.get(0);
        assertThat(e.code()).isEqualTo(JsonErrorCode.VALUE_INSEE);
        assertThat(e.pointer()).isEqualTo("/profile/residenceCommune");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(24);
        assertThat(errors(valid.replace("\"kind\":\"PRIVATE\"", "\"siret\":\"1234\",\"kind\":\"PRIVATE\"")))
                .extracting(JsonError::code, JsonError::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        JsonErrorCode.VALUE_SIRET, "/steps/1/detail/employer/siret"));
    }

    @Test
    void a_training_result_without_its_date_is_a_history_error_located_at_its_step() {
        assertThat(valid).contains(",\"resultOn\":\"2023-06-30\"");
        List<JsonError> errors = errors(valid.replace(",\"resultOn\":\"2023-06-30\"", ""));
        assertThat(errors)
                .extracting(JsonError::code, JsonError::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(JsonErrorCode.RULE_HISTORY, "/steps/0"));
        assertThat(errors.get(0).message()).contains("training.result-without-date", "/steps/0");
        assertThat(errors.get(0).message(Locale.ENGLISH))
                .startsWith("No sequence of accepted commands produces this parcours history"
                        + " (training.result-without-date).");
    }

    @Test
    void messages_say_what_and_where_in_french_and_english() {
        String bad = valid.replace("\"version\":9", "\"version\":\"neuf\"");
        JsonError e = errors(bad).get(0);
        int column = bad.indexOf("\"neuf\"") + 1;
        assertThat(e.message())
                .isEqualTo("Type de valeur incorrect : integer attendu. (champ /version, ligne 1, colonne " + column
                        + ")");
        assertThat(e.message(Locale.ENGLISH))
                .isEqualTo("Wrong type of value: integer expected. (field /version, line 1, column " + column + ")");
    }

    @Test
    void positions_beyond_999_are_printed_without_grouping() {
        String bad = " ".repeat(1500) + valid.replace("\"version\":9", "\"version\":\"neuf\"");
        JsonError e = errors(bad).get(0);
        String column = String.valueOf(bad.indexOf("\"neuf\"") + 1);
        assertThat(e.message()).endsWith("colonne " + column + ")");
        assertThat(e.message(Locale.ENGLISH)).endsWith("column " + column + ")");
    }

    @Test
    void messages_never_repeat_the_values_of_the_document() {
        String bad = valid.replace("nadia.benali@example.org", "nadia.benali-at-example.org")
                .replace("\"Benali\"", "\"" + "Benali".repeat(30) + "\"");
        List<JsonError> errors = errors(bad);
        assertThat(errors)
                .extracting(JsonError::code)
                .containsExactly(JsonErrorCode.VALUE_TOO_LONG, JsonErrorCode.VALUE_EMAIL);
        assertThat(errors)
                .allSatisfy(e -> assertThat(e.message() + e.message(Locale.ENGLISH) + e)
                        .doesNotContain("nadia")
                        .doesNotContain("Benali"));
    }

    @Test
    void a_step_ending_before_it_starts_is_refused_at_its_end() {
        String bad = valid.replace("\"end\":\"2023-06-30\"", "\"end\":\"2023-01-30\"");
        assertThat(errors(bad))
                .extracting(JsonError::code, JsonError::pointer, JsonError::args)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        JsonErrorCode.RULE_DATE_ORDER, "/steps/0/end", List.of("end", "start")));
    }

    @Test
    void impossible_stored_data_is_refused_status_against_exit_duplicate_steps_foreign_participant() {
        String bad = valid.replace("\"status\":\"EXITED\"", "\"status\":\"ACTIVE\"")
                .replace("\"id\":\"S2\"", "\"id\":\"S1\"")
                .replace("\"id\":\"P-PAR-2023-0042\"", "\"id\":\"P-OTHER\"");
        assertThat(errors(bad))
                .extracting(JsonError::code, JsonError::pointer)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(JsonErrorCode.RULE_STATUS, "/exit"),
                        org.assertj.core.groups.Tuple.tuple(JsonErrorCode.RULE_DUPLICATE_STEP, "/steps/1/id"),
                        org.assertj.core.groups.Tuple.tuple(JsonErrorCode.RULE_PARTICIPANT, "/participant/id"));
    }

    @Test
    void fields_of_another_step_kind_and_missing_fields_of_this_kind_are_reported() {
        String bad = valid.replace(
                "\"kind\":\"TRAINING\",\"qualifying\":true", "\"kind\":\"TRAINING\",\"barrier\":\"HEALTH\"");
        assertThat(errors(bad))
                .extracting(JsonError::code, JsonError::pointer)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(JsonErrorCode.FIELD_NOT_ALLOWED, "/steps/0/detail/barrier"),
                        org.assertj.core.groups.Tuple.tuple(
                                JsonErrorCode.FIELD_REQUIRED, "/steps/0/detail/qualifying"));
    }

    @Test
    void unknown_fields_are_refused_by_default_and_only_warned_about_in_lenient_mode() {
        String extra = valid.replace("\"version\":9", "\"version\":9,\"colour\":{\"deep\":[1,2]}");
        assertThat(errors(extra))
                .extracting(JsonError::code, JsonError::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(JsonErrorCode.FIELD_UNKNOWN, "/colour"));
        ReadResult<ParcoursDocument> lenient = PlieJson.create(new PlieJacksonModule().withLenientUnknownFields(true))
                .readParcours(extra);
        assertThat(lenient.value().get()).isEqualTo(Samples.exitedParcours());
        assertThat(lenient.warnings())
                .extracting(JsonError::severity, JsonError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.WARNING, JsonErrorCode.FIELD_UNKNOWN));
    }

    @Test
    void a_duplicated_field_and_an_unsupported_format_version_are_refused() {
        assertThat(errors(valid.replace("\"formatVersion\":\"1\"", "\"formatVersion\":\"2\",\"id\":\"X\"")))
                .extracting(JsonError::code)
                .containsExactly(JsonErrorCode.FORMAT_VERSION, JsonErrorCode.FIELD_DUPLICATE);
    }

    @Test
    void hours_beyond_48_with_too_many_decimals_or_as_a_huge_exponent_are_refused() {
        String employment = "\"weeklyHours\":35,";
        assertThat(errors(valid.replace(employment, "\"weeklyHours\":49,")))
                .extracting(JsonError::code)
                .containsExactly(JsonErrorCode.VALUE_RANGE);
        assertThat(errors(valid.replace(employment, "\"weeklyHours\":17.125,")))
                .extracting(JsonError::code)
                .containsExactly(JsonErrorCode.VALUE_PRECISION);
        assertThat(errors(valid.replace(employment, "\"weeklyHours\":1e999999999,")))
                .extracting(JsonError::code)
                .containsExactly(JsonErrorCode.VALUE_RANGE);
        assertThat(json.readParcours(valid.replace(employment, "\"weeklyHours\":35.00,"))
                        .isValid())
                .isTrue();
    }

    @Test
    void malformed_documents_give_one_documented_error_each() {
        assertThat(errors(valid.substring(0, valid.length() / 2)))
                .extracting(JsonError::code)
                .containsExactly(JsonErrorCode.TRUNCATED);
        assertThat(errors("{\"formatVersion\": tru}"))
                .extracting(JsonError::code)
                .containsExactly(JsonErrorCode.SYNTAX);
        assertThat(errors("  ")).extracting(JsonError::code).containsExactly(JsonErrorCode.EMPTY);
        assertThat(errors(valid + " {}")).extracting(JsonError::code).containsExactly(JsonErrorCode.TRAILING_CONTENT);
        assertThat(errors("[1]")).extracting(JsonError::code).containsExactly(JsonErrorCode.VALUE_TYPE);
        byte[] bytes = valid.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int accent = valid.indexOf("entrées") + 4;
        bytes[accent] = (byte) 0xC3;
        bytes[accent + 1] = (byte) 0x28;
        ReadResult<ParcoursDocument> read = json.read(PlieDocument.PARCOURS, bytes);
        assertThat(read.errors()).extracting(JsonError::code).containsExactly(JsonErrorCode.ENCODING);
    }

    @Test
    void each_limit_against_hostile_input_gives_its_own_error() {
        assertThat(limited(JsonLimits.DEFAULTS.withMaxArrayLength(1))
                        .readParcours(valid)
                        .errors())
                .extracting(JsonError::code, JsonError::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(JsonErrorCode.LIMIT_ARRAY_LENGTH, "/steps/1"));
        String deep = valid.replace("\"version\":9", "\"version\":9,\"x\":" + "[".repeat(40) + "]".repeat(40));
        // the unknown field is reported, then the parser stops in its depths
        assertThat(limited(JsonLimits.DEFAULTS.withMaxNestingDepth(8))
                        .readParcours(deep)
                        .errors())
                .extracting(JsonError::code)
                .containsExactly(JsonErrorCode.FIELD_UNKNOWN, JsonErrorCode.LIMIT_NESTING_DEPTH);
        String longString = valid.replace("GED-2023-118", "G".repeat(400));
        assertThat(limited(JsonLimits.DEFAULTS.withMaxStringLength(300))
                        .readParcours(longString)
                        .errors())
                .extracting(JsonError::code, JsonError::args)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(JsonErrorCode.LIMIT_STRING_LENGTH, List.of(300)));
        String longNumber = valid.replace("\"version\":9", "\"version\":123456789012345");
        assertThat(limited(JsonLimits.DEFAULTS.withMaxNumberLength(10))
                        .readParcours(longNumber)
                        .errors())
                .extracting(JsonError::code)
                .containsExactly(JsonErrorCode.LIMIT_NUMBER_LENGTH);
        assertThat(limited(JsonLimits.DEFAULTS.withMaxDocumentLength(500))
                        .readParcours(valid)
                        .errors())
                .extracting(JsonError::code)
                .containsExactly(JsonErrorCode.LIMIT_DOCUMENT_LENGTH);
    }

    private static PlieJson limited(JsonLimits limits) {
        return PlieJson.create(new PlieJacksonModule().withLimits(limits));
    }
}
