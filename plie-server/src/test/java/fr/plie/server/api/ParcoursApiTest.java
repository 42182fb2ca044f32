package fr.plie.server.api;

import static fr.plie.servertest.Http.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.adapter.jdbc.AuditRecord;
import fr.plie.adapter.jdbc.PlieJdbc;
import fr.plie.adapter.json.ParcoursDocument;
import fr.plie.adapter.json.PlieDocument;
import fr.plie.adapter.json.PlieJson;
import fr.plie.core.participant.ParticipantId;
import fr.plie.servertest.ApiTestBase;
import fr.plie.servertest.Http.Reply;
import fr.plie.servertest.Seed;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** /v1/parcours: lists, the document and its ETag, creation, and commands under optimistic locking. */
class ParcoursApiTest extends ApiTestBase {
    private static final PlieJson JSON = PlieJson.create();

    @Autowired
    PlieJdbc plie;

    private String create(String id) {
        Reply reply = http().post("/v1/parcours")
                .as("REF-01")
                .json(JSON.writeAsString(PlieDocument.PARCOURS, ParcoursDocument.of(Seed.fresh(id))))
                .send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.header("ETag");
    }

    private static String interview(String synthesis) {
        return "{\"type\": \"RecordInterview\", \"date\": \"2024-02-01\", \"mode\": \"PHONE\", \"synthesis\": \""
                + synthesis + "\", \"author\": \"REF-01\"}";
    }

    @Test
    void a_coordinator_lists_every_parcours_a_referent_only_those_they_follow() {
        JsonNode all =
                http().get("/v1/parcours?size=500").as("coordinator").send().json();
        assertThat(all.get("items").findValuesAsString("id")).contains("PAR-A", "PAR-B", "PAR-C");
        JsonNode own = http().get("/v1/parcours?size=500").as("REF-02").send().json();
        assertThat(own.get("items").findValuesAsString("id")).containsExactly("PAR-B");
    }

    @Test
    void lists_filter_on_status_referent_and_alert_kind_and_paginate() {
        JsonNode active = http().get("/v1/parcours?status=REFERRED")
                .as("coordinator")
                .send()
                .json();
        assertThat(active.get("items").findValuesAsString("id"))
                .contains("PAR-C")
                .doesNotContain("PAR-A");
        JsonNode ref02 = http().get("/v1/parcours?referent=REF-02")
                .as("coordinator")
                .send()
                .json();
        assertThat(ref02.get("items").findValuesAsString("id")).containsExactly("PAR-B");
        JsonNode idle = http().get("/v1/parcours?alert=IDLE_PERIOD")
                .as("coordinator")
                .send()
                .json();
        assertThat(idle.get("items").findValuesAsString("id")).contains("PAR-B").doesNotContain("PAR-C");
        JsonNode first =
                http().get("/v1/parcours?size=1").as("coordinator").send().json();
        JsonNode second = http().get(first.get("next").asString())
                .as("coordinator")
                .send()
                .json();
        assertThat(first.get("items")).hasSize(1);
        assertThat(second.get("items").get(0).get("id").asString())
                .isGreaterThan(first.get("items").get(0).get("id").asString());
        assertProblem(http().get("/v1/parcours?size=0").as("coordinator").send(), 400, "page.invalid");
        assertProblem(
                http().get("/v1/parcours?status=ASLEEP").as("coordinator").send(), 400, "request.parameter-invalid");
    }

    @Test
    void a_cursor_the_server_did_not_write_is_400_in_french_or_english_and_a_page_number_is_refused() {
        Reply fr = http().get("/v1/parcours?cursor=bm90LWEtY3Vyc29y")
                .as("coordinator")
                .send();
        assertProblem(fr, 400, "cursor.invalid");
        assertThat(fr.json().get("detail").asString()).startsWith("Le paramètre cursor n'est pas un curseur");
        Reply en = http().get("/v1/parcours?cursor=%25%25")
                .as("coordinator")
                .english()
                .send();
        assertProblem(en, 400, "cursor.invalid");
        assertThat(en.json().get("detail").asString()).startsWith("The cursor parameter is not a cursor");
        assertProblem(http().get("/v1/parcours?page=1").as("coordinator").send(), 400, "page.cursor");
    }

    @Test
    void a_parcours_reads_as_its_document_with_its_version_as_etag() {
        Reply reply = http().get("/v1/parcours/PAR-A").as("REF-01").send();
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("ETag"))
                .isEqualTo("\"" + reply.json().get("version").asLong() + "\"");
        assertThat(JSON.read(PlieDocument.PARCOURS, reply.body()).isValid()).isTrue();
    }

    @Test
    void a_parcours_another_referent_follows_is_404_as_one_that_does_not_exist() {
        assertProblem(http().get("/v1/parcours/PAR-B").as("REF-01").send(), 404, "parcours.not-found");
        assertProblem(http().get("/v1/parcours/PAR-NONE").as("coordinator").send(), 404, "parcours.not-found");
        assertProblem(http().get("/v1/parcours/PAR-A").as("reporting").send(), 403, "auth.forbidden");
    }

    @Test
    void the_stored_parcours_is_assessed_by_the_plie_s_exit_policy() {
        Reply reply =
                http().get("/v1/parcours/PAR-A/exit-assessment").as("REF-01").send();
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("policy").asString()).isEqualTo("toulouse-2015-2020");
    }

    @Test
    void a_parcours_created_twice_is_409_the_second_time() {
        create("PAR-DUP");
        Reply again = http().post("/v1/parcours")
                .as("REF-01")
                .json(JSON.writeAsString(PlieDocument.PARCOURS, ParcoursDocument.of(Seed.fresh("PAR-DUP"))))
                .send();
        assertProblem(again, 409, "parcours.exists");
    }

    @Test
    void a_command_without_if_match_is_428_and_changes_nothing() {
        String etag = create("PAR-428");
        assertProblem(
                http().post("/v1/parcours/PAR-428/commands")
                        .as("REF-01")
                        .json(interview("Point"))
                        .send(),
                428,
                "precondition.required");
        assertThat(http().get("/v1/parcours/PAR-428").as("REF-01").send().header("ETag"))
                .isEqualTo(etag);
    }

    @Test
    void a_command_with_the_current_etag_is_applied_and_recorded_with_its_actor() {
        String etag = create("PAR-OK");
        Reply reply = http().post("/v1/parcours/PAR-OK/commands")
                .as("REF-01")
                .header("If-Match", etag)
                .json(interview("Point d'étape"))
                .send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("interviews")).hasSize(1);
        assertThat(reply.header("ETag")).isNotEqualTo(etag);
        List<AuditRecord> trail = plie.auditTrail(ParticipantId.of("P-PAR-OK"));
        assertThat(trail.get(trail.size() - 1).toString()).contains("REF-01");
    }

    @Test
    void a_command_on_a_stale_etag_is_412_naming_the_current_version() {
        String etag = create("PAR-412");
        http().post("/v1/parcours/PAR-412/commands")
                .as("REF-01")
                .header("If-Match", etag)
                .json(interview("Un"))
                .send();
        Reply stale = http().post("/v1/parcours/PAR-412/commands")
                .as("REF-01")
                .header("If-Match", etag)
                .json(interview("Deux"))
                .send();
        assertProblem(stale, 412, "precondition.failed");
        assertThat(http().get("/v1/parcours/PAR-412").as("REF-01").send().json().get("interviews"))
                .hasSize(1);
        assertProblem(
                http().post("/v1/parcours/PAR-412/commands")
                        .as("REF-01")
                        .header("If-Match", "trois")
                        .json(interview("x"))
                        .send(),
                400,
                "if-match.invalid");
    }

    @Test
    void a_command_the_lifecycle_refuses_is_409_with_the_library_s_code_in_french_or_english() {
        String etag = create("PAR-409");
        String end = "{\"type\": \"EndStep\", \"stepId\": \"S9\", \"end\": \"2024-05-31\"}";
        Reply fr = http().post("/v1/parcours/PAR-409/commands")
                .as("REF-01")
                .header("If-Match", etag)
                .json(end)
                .send();
        assertThat(fr.status()).as(fr.body()).isEqualTo(409);
        assertThat(fr.code()).isEqualTo("step.unknown");
        Reply en = http().post("/v1/parcours/PAR-409/commands")
                .as("REF-01")
                .english()
                .header("If-Match", etag)
                .json(end)
                .send();
        assertThat(en.code()).isEqualTo(fr.code());
        assertThat(en.json().get("detail").asString())
                .isNotEqualTo(fr.json().get("detail").asString());
        assertThat(http().get("/v1/parcours/PAR-409").as("REF-01").send().header("ETag"))
                .isEqualTo(etag);
    }

    @Test
    void a_malformed_command_is_400_with_the_pointer_of_each_field() {
        String etag = create("PAR-400");
        Reply unknown = http().post("/v1/parcours/PAR-400/commands")
                .as("REF-01")
                .header("If-Match", etag)
                .json("{\"type\": \"Teleport\"}")
                .send();
        assertProblem(unknown, 400, "command.invalid");
        assertThat(unknown.json().get("errors").get(0).get("pointer").asString())
                .isEqualTo("/type");
        Reply fields = http().post("/v1/parcours/PAR-400/commands")
                .as("REF-01")
                .header("If-Match", etag)
                .json("{\"type\": \"EndStep\", \"end\": \"31/05/2024\"}")
                .send();
        assertThat(fields.json().get("errors").findValuesAsString("pointer")).containsExactly("/stepId", "/end");
        Reply step = http().post("/v1/parcours/PAR-400/commands")
                .as("REF-01")
                .header("If-Match", etag)
                .json(
                        "{\"type\": \"StartStep\", \"step\": {\"id\": \"S1\", \"start\": \"2024-02-01\", \"detail\": {\"kind\": \"TRAINING\"}}}")
                .send();
        assertThat(step.json().get("errors").findValuesAsString("pointer")).contains("/step/detail/qualifying");
    }

    @Test
    void a_step_started_through_the_api_reads_back_in_the_parcours() {
        String etag = create("PAR-STEP");
        Reply reply = http().post("/v1/parcours/PAR-STEP/commands")
                .as("REF-01")
                .header("If-Match", etag)
                .json(
                        "{\"type\": \"StartStep\", \"step\": {\"id\": \"S1\", \"start\": \"2024-02-01\", \"detail\": {\"kind\": \"MOBILISATION\"}}}")
                .send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("steps").get(0).get("detail").get("kind").asString())
                .isEqualTo("MOBILISATION");
    }
}
