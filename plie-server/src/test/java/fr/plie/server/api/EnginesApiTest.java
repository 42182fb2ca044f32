package fr.plie.server.api;

import static fr.plie.servertest.Http.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.servertest.ApiTestBase;
import fr.plie.servertest.Http;
import fr.plie.servertest.Http.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** POST /v1/exit-assessments and /v1/eligibility-results: one document, or an NDJSON batch line by line. */
class EnginesApiTest extends ApiTestBase {
    @Test
    void a_parcours_document_gives_its_exit_assessment_under_the_policy_named() {
        Reply reply = http().post("/v1/exit-assessments?policy=national-guide-2010&asOf=2024-06-30")
                .as("REF-01")
                .json(example("parcours-exited-with-participant.json"))
                .send();
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("policy").asString()).isEqualTo("national-guide-2010");
        assertThat(reply.json().get("asOf").asString()).isEqualTo("2024-06-30");
        assertThat(reply.json().get("explanation").size()).isPositive();
    }

    @Test
    void without_a_policy_the_plie_s_own_applies() {
        Reply reply = http().post("/v1/exit-assessments")
                .as("coordinator")
                .json(example("parcours-minimal.json"))
                .send();
        assertThat(reply.json().get("policy").asString()).isEqualTo("toulouse-2015-2020");
        assertThat(reply.json().get("asOf").asString()).isEqualTo("2024-06-30");
    }

    @Test
    void an_ndjson_batch_answers_every_line_and_a_bad_line_does_not_stop_it() {
        String good = example("parcours-minimal.json").replaceAll("\\s*\\n\\s*", "");
        String batch = good + "\n" + "{\"formatVersion\": \"1\", \"id\": 12}\n" + "not json\n\n" + good + "\n";
        Reply reply =
                http().post("/v1/exit-assessments").as("REF-01").ndjson(batch).send();
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/x-ndjson");
        List<JsonNode> lines = reply.lines();
        assertThat(lines).extracting(l -> l.get("line").asInt()).containsExactly(1, 2, 3, 5);
        assertThat(lines.get(0).get("parcoursId").asString()).isEqualTo("PAR-MIN-1");
        assertThat(lines.get(0).has("exitAssessment")).isTrue();
        JsonNode bad = lines.get(1).get("errors");
        assertThat(bad.findValuesAsString("code")).contains("value.type", "field.required");
        assertThat(bad.get(0).get("line").asInt()).isEqualTo(2);
        assertThat(bad.get(0).get("column").asInt()).isPositive();
        assertThat(lines.get(2).get("errors").get(0).get("code").asString()).isEqualTo("json.syntax");
        assertThat(lines.get(3).has("exitAssessment")).isTrue();
    }

    @Test
    void an_invalid_document_is_a_400_with_located_errors_in_french_by_default() {
        Reply reply = http().post("/v1/exit-assessments")
                .as("REF-01")
                .json("{\"formatVersion\": \"1\",\n \"id\": \"PAR-1\", \"status\": \"ASLEEP\"}")
                .send();
        assertProblem(reply, 400, "document.invalid");
        assertThat(reply.json().get("title").asString()).isEqualTo("Requête invalide");
        JsonNode status = find(reply.json().get("errors"), "/status");
        assertThat(status.get("code").asString()).isEqualTo("value.enum");
        assertThat(status.get("line").asInt()).isEqualTo(2);
        assertThat(status.get("column").asInt()).isPositive();
        assertThat(status.get("detail").asString()).contains("ligne 2");
    }

    @Test
    void the_same_problem_reads_in_english_with_accept_language_en() {
        Reply reply = http().post("/v1/exit-assessments")
                .as("REF-01")
                .english()
                .json("{\"formatVersion\": \"1\", \"id\": \"PAR-1\", \"status\": \"ASLEEP\"}")
                .send();
        assertProblem(reply, 400, "document.invalid");
        assertThat(reply.json().get("title").asString()).isEqualTo("Bad request");
        assertThat(reply.json().get("detail").asString()).startsWith("The document has");
        assertThat(find(reply.json().get("errors"), "/status").get("detail").asString())
                .contains("line 1");
        assertThat(reply.header("Content-Language")).isEqualTo("en");
    }

    @Test
    void an_unknown_policy_or_date_is_a_400_naming_the_parameter() {
        assertProblem(
                http().post("/v1/exit-assessments?policy=lyon")
                        .as("REF-01")
                        .json(example("parcours-minimal.json"))
                        .send(),
                400,
                "policy.unknown");
        Reply date = http().post("/v1/exit-assessments?asOf=30/06/2024")
                .as("REF-01")
                .json(example("parcours-minimal.json"))
                .send();
        assertProblem(date, 400, "date.invalid");
        assertThat(date.json().get("detail").asString()).contains("asOf");
    }

    @Test
    void without_a_token_it_is_401_and_with_an_unknown_one_too() {
        Reply none = http().post("/v1/exit-assessments")
                .json(example("parcours-minimal.json"))
                .send();
        assertProblem(none, 401, "auth.required");
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
        Reply unknown = http().post("/v1/exit-assessments")
                .header("Authorization", "Bearer plie_not-a-token")
                .json(example("parcours-minimal.json"))
                .send();
        assertProblem(unknown, 401, "auth.invalid-token");
    }

    @Test
    void reporting_sees_figures_only_not_the_engines_on_parcours() {
        assertProblem(
                http().post("/v1/exit-assessments")
                        .as("reporting")
                        .json(example("parcours-minimal.json"))
                        .send(),
                403,
                "auth.forbidden");
    }

    @Test
    void a_body_over_the_limit_is_413_and_another_media_type_415() {
        String huge = "{\"formatVersion\": \"1\", \"id\": \"" + "x".repeat(250_000) + "\"}";
        assertProblem(
                http().post("/v1/exit-assessments").as("REF-01").json(huge).send(), 413, "request.too-large");
        assertProblem(
                http().post("/v1/exit-assessments")
                        .as("REF-01")
                        .body("text/plain", "bonjour")
                        .send(),
                415,
                "request.media-type");
    }

    @Test
    void an_ndjson_batch_declared_over_the_limit_is_413_before_any_line_in_the_language_asked() {
        String good = example("parcours-minimal.json").replaceAll("\\s*\\n\\s*", "");
        String batch = (good + "\n").repeat(200_000 / good.length() + 50); // the test server takes 200,000 bytes
        for (boolean english : new boolean[] {false, true}) {
            Http.Call call = http().post("/v1/exit-assessments").as("REF-01").ndjson(batch);
            Reply reply = (english ? call.english() : call).send();
            assertProblem(reply, 413, "request.too-large");
            assertThat(reply.json().get("detail").asString())
                    .contains(english ? "larger than the maximum" : "dépasse la taille maximale");
        }
    }

    @Test
    void a_participant_document_gives_its_eligibility_result_and_a_batch_one_line_each() {
        Reply one = http().post("/v1/eligibility-results?asOf=2024-06-30")
                .as("REF-01")
                .json(example("participant.json"))
                .send();
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().has("eligible")).isTrue();
        String line = example("participant.json").replaceAll("\\s*\\n\\s*", "");
        Reply batch = http().post("/v1/eligibility-results?policy=grand-amienois")
                .as("REF-01")
                .ndjson(line + "\n{}\n" + line + "\n")
                .send();
        List<JsonNode> lines = batch.lines();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get("participantId").asString()).isEqualTo("P-PAR-2023-0042");
        assertThat(lines.get(1).get("errors").findValuesAsString("code")).contains("field.required");
        assertThat(lines.get(2).has("eligibilityResult")).isTrue();
    }

    private static JsonNode find(JsonNode errors, String pointer) {
        for (JsonNode e : errors) {
            if (e.get("pointer").asString().equals(pointer)) {
                return e;
            }
        }
        throw new AssertionError("no error at " + pointer + " in " + errors);
    }
}
