package fr.plie.server.api;

import static fr.plie.servertest.Http.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.adapter.jdbc.PlieJdbc;
import fr.plie.adapter.json.ParcoursDocument;
import fr.plie.adapter.json.PlieDocument;
import fr.plie.adapter.json.PlieJson;
import fr.plie.core.esf.EsfAnswer;
import fr.plie.core.esf.EsfOperationId;
import fr.plie.core.esf.EsfQuestion;
import fr.plie.core.esf.EsfRecord;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.parcours.Parcours;
import fr.plie.servertest.ApiTestBase;
import fr.plie.servertest.Http.Reply;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** /v1/reports, /v1/alerts and /v1/policies: what reporting and coordinators read. */
class FiguresApiTest extends ApiTestBase {
    @Autowired
    PlieJdbc plie;

    @Test
    void reporting_reads_the_report_as_the_indicator_report_document() {
        Reply reply = http().get("/v1/reports?from=2024-01-01&to=2024-06-30")
                .as("reporting")
                .send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(PlieJson.create()
                        .read(PlieDocument.INDICATOR_REPORT, reply.body())
                        .isValid())
                .isTrue();
        assertThat(reply.json().get("period").get("from").asString()).isEqualTo("2024-01-01");
        assertThat(reply.body()).doesNotContain("Benali");
    }

    @Test
    void accept_chooses_csv_xlsx_or_html_as_plie_reporting_writes_them() {
        String path = "/v1/reports?from=2024-01-01&to=2024-06-30";
        Reply csv =
                http().get(path).as("reporting").header("Accept", "text/csv").send();
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("rapport-2024-01-01-2024-06-30.csv");
        Reply xlsx = http().get(path)
                .as("reporting")
                .header("Accept", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .send();
        assertThat(xlsx.raw().body()).startsWith((byte) 'P', (byte) 'K'); // a zip, as every XLSX
        Reply html =
                http().get(path).as("reporting").header("Accept", "text/html").send();
        assertThat(html.body()).contains("<html");
        Reply english = http().get(path)
                .as("reporting")
                .english()
                .header("Accept", "text/html")
                .send();
        assertThat(english.body()).isNotEqualTo(html.body());
        assertProblem(
                http().get(path).as("reporting").header("Accept", "image/png").send(), 406, "request.not-acceptable");
    }

    @Test
    void a_report_needs_a_valid_period() {
        assertProblem(
                http().get("/v1/reports?from=2024-01-01").as("reporting").send(), 400, "request.parameter-missing");
        assertProblem(
                http().get("/v1/reports?from=2024-06-30&to=2024-01-01")
                        .as("reporting")
                        .send(),
                400,
                "period.invalid");
    }

    @Test
    void alerts_are_those_of_the_parcours_followed_in_the_language_asked() {
        JsonNode ref02 = http().get("/v1/alerts").as("REF-02").send().json();
        assertThat(ref02.get("items").findValuesAsString("parcoursId")).containsOnly("PAR-B");
        JsonNode idle = http().get("/v1/alerts?kind=IDLE_PERIOD")
                .as("coordinator")
                .send()
                .json();
        assertThat(idle.get("items").findValuesAsString("kind")).containsOnly("IDLE_PERIOD");
        JsonNode fr = http().get("/v1/alerts?kind=IDLE_PERIOD")
                .as("coordinator")
                .send()
                .json();
        JsonNode en = http().get("/v1/alerts?kind=IDLE_PERIOD")
                .as("coordinator")
                .english()
                .send()
                .json();
        assertThat(en.get("items").get(0).get("message").asString())
                .isNotEqualTo(fr.get("items").get(0).get("message").asString());
        assertProblem(http().get("/v1/alerts").as("reporting").send(), 403, "auth.forbidden");
    }

    @Test
    void policies_give_the_plie_s_rules_presets_and_schedule() {
        JsonNode policies = http().get("/v1/policies").as("reporting").send().json();
        assertThat(policies.get("exitPolicy").get("name").asString()).isEqualTo("toulouse-2015-2020");
        assertThat(policies.get("exitPresets").toString()).contains("national-guide-2010");
        assertThat(policies.get("schedule").get("protocol").get("to").asString())
                .isEqualTo("2027-12-31");
        assertThat(policies.get("schedule")
                        .get("targets")
                        .get("protocolParticipants")
                        .asInt())
                .isEqualTo(1000);
    }

    @Test
    void alerts_remind_the_esf_situation_six_months_after_an_exit() {
        exitedOn31August("PAR-SIX");

        // six months after 31 August 2024 is 28 February 2025: due for four weeks, then overdue
        JsonNode before =
                http().get("/v1/alerts?asOf=2025-02-27").as("REF-01").send().json();
        assertThat(before.get("items").findValuesAsString("parcoursId")).doesNotContain("PAR-SIX");
        JsonNode due = http().get("/v1/alerts?kind=SIX_MONTH_SITUATION_DUE&asOf=2025-02-28")
                .as("REF-01")
                .send()
                .json();
        assertThat(due.get("items").findValuesAsString("parcoursId")).containsExactly("PAR-SIX");
        JsonNode overdue = http().get("/v1/alerts?kind=SIX_MONTH_SITUATION_OVERDUE&asOf=2025-06-30")
                .as("coordinator")
                .english()
                .send()
                .json();
        assertThat(overdue.get("items").get(0).get("message").asString())
                .startsWith("Situation six months after the exit of 2024-08-31 not collected");
    }

    @Test
    void an_esf_answer_entered_for_the_participant_in_another_operation_silences_the_six_month_alert() {
        Parcours exited = exitedOn31August("PAR-SIX-ESF");
        assertThat(overdueOn("2025-06-30")).contains("PAR-SIX-ESF");

        // the team collected the situation, recorded under the operation of 2025 (the parcours began in 2024)
        LocalDate on = LocalDate.of(2025, 3, 10);
        plie.repositories("REF-01")
                .esfRecords()
                .save(EsfRecord.empty(exited.participant(), EsfOperationId.of("OP-2025"), on)
                        .with(EsfQuestion.EMPLOYED_6_MONTHS, EsfAnswer.YES, on)
                        .with(EsfQuestion.IMPROVED_SITUATION_6_MONTHS, EsfAnswer.unreachable(), on));

        assertThat(overdueOn("2025-06-30")).doesNotContain("PAR-SIX-ESF");
    }

    /** An abandonment on 31 August 2024, validated on 5 September, created through the API. */
    private Parcours exitedOn31August(String id) {
        Parcours exited = ParcoursFixture.enteredOn(id, LocalDate.of(2024, 1, 15))
                .proposeExit(LocalDate.of(2024, 8, 31), ExitCategory.ABANDONMENT)
                .validateExit(LocalDate.of(2024, 9, 5))
                .build();
        Reply created = http().post("/v1/parcours")
                .as("REF-01")
                .json(PlieJson.create().writeAsString(PlieDocument.PARCOURS, ParcoursDocument.of(exited)))
                .send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return exited;
    }

    private java.util.List<String> overdueOn(String day) {
        return http().get("/v1/alerts?kind=SIX_MONTH_SITUATION_OVERDUE&size=100&asOf=" + day)
                .as("REF-01")
                .send()
                .json()
                .get("items")
                .findValuesAsString("parcoursId");
    }
}
