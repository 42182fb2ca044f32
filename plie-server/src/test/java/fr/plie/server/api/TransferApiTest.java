package fr.plie.server.api;

import static fr.plie.servertest.Http.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.servertest.ApiTestBase;
import fr.plie.servertest.Http.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** /v1/export and /v1/import: NDJSON out and in, all lines or none. */
class TransferApiTest extends ApiTestBase {
    @Test
    void an_export_holds_every_parcours_and_pseudonymised_no_personal_data() {
        Reply full = http().get("/v1/export").as("coordinator").send();
        assertThat(full.status()).isEqualTo(200);
        assertThat(full.lines()).extracting(l -> l.get("id").asString()).contains("PAR-A", "PAR-B");
        assertThat(full.body()).contains("Benali");
        Reply pseudonymous =
                http().get("/v1/export?pseudonymise=true").as("coordinator").send();
        assertThat(pseudonymous.body()).doesNotContain("Benali").contains("PAR-A");
        assertProblem(http().get("/v1/export").as("REF-01").send(), 403, "auth.forbidden");
    }

    @Test
    void an_import_stores_every_line_or_none_and_says_which_lines_are_wrong() {
        String export = example("export.ndjson");
        Reply bad = http().post("/v1/import")
                .as("admin")
                .ndjson(export + "{\"formatVersion\": \"1\"}\n")
                .send();
        assertProblem(bad, 400, "import.invalid");
        assertThat(bad.json().get("errors").get(0).get("line").asInt()).isEqualTo(3);
        assertProblem(http().get("/v1/parcours/PAR-2023-0042").as("admin").send(), 404, "parcours.not-found");

        Reply ok = http().post("/v1/import").as("admin").ndjson(export).send();
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().get("parcours").asInt()).isEqualTo(2);
        assertThat(http().get("/v1/parcours/PAR-2023-0042").as("admin").send().status())
                .isEqualTo(200);
        assertProblem(http().post("/v1/import").as("admin").ndjson(export).send(), 409, "import.duplicate");
        assertProblem(http().post("/v1/import").as("coordinator").ndjson(export).send(), 403, "auth.forbidden");
    }

    @Test
    void a_line_already_stored_refuses_the_whole_import_and_stores_no_participant_of_it() {
        String line = example("export.ndjson").lines().findFirst().orElseThrow();
        String fresh = line.replace("PAR-2023-0042", "PAR-T-1");
        // line 2: the seed's PAR-A again, with a participant of its own
        String clash =
                line.replace("P-PAR-2023-0042", "P-PAR-T-2").replace("\"id\":\"PAR-2023-0042\"", "\"id\":\"PAR-A\"");
        String body = fresh + "\n" + clash + "\n";

        Reply english =
                http().post("/v1/import").as("admin").english().ndjson(body).send();
        assertProblem(http().get("/v1/parcours/PAR-T-1").as("admin").send(), 404, "parcours.not-found");
        for (String participant : List.of("P-PAR-T-1", "P-PAR-T-2")) {
            assertProblem(
                    http().get("/v1/participants/" + participant).as("admin").send(), 404, "participant.not-found");
        }
        assertProblem(english, 409, "import.duplicate");
        JsonNode error = english.json().get("errors").get(0);
        assertThat(english.json().get("errors")).hasSize(1);
        assertThat(error.get("code").asString()).isEqualTo("jdbc.import.parcours-exists");
        assertThat(error.get("line").asInt()).isEqualTo(2);
        assertThat(error.get("pointer").asString()).isEqualTo("/id");
        assertThat(error.get("detail").asString()).startsWith("Parcours PAR-A is already stored (version ");
        assertThat(english.json().get("detail").asString())
                .isEqualTo(
                        "A parcours or participant of the import is already stored (see errors); nothing was stored.");

        Reply french = http().post("/v1/import").as("admin").ndjson(body).send();
        assertThat(french.json().get("errors").get(0).get("detail").asString())
                .startsWith("Le parcours PAR-A est déjà enregistré (version ");
    }

    @Test
    void a_participant_stored_with_other_content_is_not_overwritten_by_an_import() {
        String line = example("export.ndjson").lines().findFirst().orElseThrow();
        Reply first = http().post("/v1/import")
                .as("admin")
                .ndjson(line.replace("PAR-2023-0042", "PAR-T-3") + "\n")
                .send();
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("participants").asInt()).isEqualTo(1);
        String renamed = line.replace("PAR-2023-0042", "PAR-T-4")
                .replace("P-PAR-T-4", "P-PAR-T-3")
                .replace("Benali", "Martin");

        Reply again =
                http().post("/v1/import").as("admin").ndjson(renamed + "\n").send();

        assertThat(http().get("/v1/participants/P-PAR-T-3").as("admin").send().body())
                .contains("Benali")
                .doesNotContain("Martin");
        assertProblem(again, 409, "import.duplicate");
        JsonNode error = again.json().get("errors").get(0);
        assertThat(error.get("code").asString()).isEqualTo("jdbc.import.participant-differs");
        assertThat(error.get("pointer").asString()).isEqualTo("/participant");
        assertThat(error.get("detail").asString())
                .isEqualTo("Le participant P-PAR-T-3 est déjà enregistré avec un autre contenu.");
        assertProblem(http().get("/v1/parcours/PAR-T-4").as("admin").send(), 404, "parcours.not-found");
    }
}
