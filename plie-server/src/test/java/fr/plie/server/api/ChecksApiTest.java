package fr.plie.server.api;

import static fr.plie.servertest.Http.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.servertest.ApiTestBase;
import fr.plie.servertest.Http.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /v1/checks}: the control of recorded exits of {@code plie check}, over the API. PAR-A holds a CDI since
 * 2024-03-01 with no exit recorded: once the contract has lasted six months, a positive exit is reached and not
 * proposed.
 */
class ChecksApiTest extends ApiTestBase {
    @Test
    void a_positive_exit_reached_but_not_proposed_is_listed_once_the_contract_has_lasted() {
        JsonNode june = http().get("/v1/checks").as("coordinator").send().json();
        assertThat(june.get("asOf").asString()).isEqualTo("2024-06-30");
        assertThat(june.get("policy").asString()).isEqualTo("toulouse-2015-2020");
        assertThat(june.get("findings").findValuesAsString("parcoursId")).doesNotContain("PAR-A");
        assertThat(june.get("totals").get("parcours").asLong()).isGreaterThanOrEqualTo(3);

        JsonNode december = http().get("/v1/checks?asOf=2024-12-31")
                .as("coordinator")
                .send()
                .json();
        JsonNode a = finding(december, "PAR-A");
        assertThat(a.get("list").asString()).isEqualTo("POSITIVE_EXIT_NOT_PROPOSED");
        assertThat(a.get("outcome").asString()).isEqualTo("POSITIVE_EMPLOYMENT");
        assertThat(a.has("exitDate")).isFalse();
        assertThat(a.get("reason").asString()).contains("non proposée");
        assertThat(december.get("totals").get("notProposed").asLong()).isGreaterThanOrEqualTo(1);

        JsonNode national = http().get("/v1/checks?asOf=2024-12-31&policy=national-guide-2010")
                .as("coordinator")
                .send()
                .json();
        assertThat(national.get("policy").asString()).isEqualTo("national-guide-2010");
        JsonNode english = http().get("/v1/checks?asOf=2024-12-31")
                .as("admin")
                .english()
                .send()
                .json();
        assertThat(finding(english, "PAR-A").get("reason").asString())
                .isNotEqualTo(a.get("reason").asString());
    }

    @Test
    void csv_holds_the_same_lines_as_json() {
        Reply csv = http().get("/v1/checks?asOf=2024-12-31")
                .as("coordinator")
                .header("Accept", "text/csv")
                .send();
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0))
                .isEqualTo(
                        "list,parcoursId,verdict,recordedCategory,exitDate,outcome,rulesDate,missingEvidence,reason");
        JsonNode json = http().get("/v1/checks?asOf=2024-12-31")
                .as("coordinator")
                .send()
                .json();
        List<String> ids = new ArrayList<>();
        lines.subList(1, lines.size()).forEach(l -> ids.add(l.split(",")[1]));
        assertThat(ids).isEqualTo(json.get("findings").findValuesAsString("parcoursId"));
        assertThat(lines).anyMatch(l -> l.startsWith("POSITIVE_EXIT_NOT_PROPOSED,PAR-A,POSITIVE_NOT_RECORDED,,,"));
    }

    @Test
    void only_those_who_see_every_parcours_run_the_control_with_known_rules_and_a_valid_day() {
        assertProblem(http().get("/v1/checks").as("REF-01").send(), 403, "auth.forbidden");
        assertProblem(http().get("/v1/checks").as("reporting").send(), 403, "auth.forbidden");
        assertProblem(http().get("/v1/checks").send(), 401, "auth.required");
        assertProblem(http().get("/v1/checks?policy=nowhere").as("coordinator").send(), 400, "policy.unknown");
        assertProblem(http().get("/v1/checks?asOf=2024-13-01").as("coordinator").send(), 400, "date.invalid");
    }

    private static JsonNode finding(JsonNode report, String parcours) {
        for (JsonNode f : report.get("findings")) {
            if (f.get("parcoursId").asString().equals(parcours)) {
                return f;
            }
        }
        throw new AssertionError(parcours + " not in " + report);
    }
}
