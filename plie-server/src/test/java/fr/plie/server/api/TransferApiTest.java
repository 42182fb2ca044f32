package fr.plie.server.api;

import static fr.plie.servertest.Http.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.servertest.ApiTestBase;
import fr.plie.servertest.Http.Reply;
import org.junit.jupiter.api.Test;

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
}
