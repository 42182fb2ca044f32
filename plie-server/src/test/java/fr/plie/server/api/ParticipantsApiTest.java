package fr.plie.server.api;

import static fr.plie.servertest.Http.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.servertest.ApiTestBase;
import fr.plie.servertest.Http.Reply;
import org.junit.jupiter.api.Test;

/** /v1/participants: personal data to those who follow the participant; erasure by an admin only. */
class ParticipantsApiTest extends ApiTestBase {
    @Test
    void the_referent_who_follows_a_participant_reads_their_personal_data() {
        Reply reply = http().get("/v1/participants/P-PAR-A").as("REF-01").send();
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("personalData").get("lastName").asString()).isEqualTo("Benali");
    }

    @Test
    void another_referent_gets_404_and_reporting_403() {
        assertProblem(http().get("/v1/participants/P-PAR-A").as("REF-02").send(), 404, "participant.not-found");
        assertProblem(http().get("/v1/participants/P-PAR-A").as("reporting").send(), 403, "auth.forbidden");
    }

    @Test
    void an_admin_erases_personal_data_and_the_profile_stays() {
        assertProblem(
                http().delete("/v1/participants/P-PAR-C/personal-data")
                        .as("coordinator")
                        .send(),
                403,
                "auth.forbidden");
        assertThat(http().delete("/v1/participants/P-PAR-C/personal-data")
                        .as("admin")
                        .send()
                        .status())
                .isEqualTo(204);
        Reply after = http().get("/v1/participants/P-PAR-C").as("coordinator").send();
        assertThat(after.json().has("personalData")).isFalse();
        assertThat(after.json().get("profile").get("birthDate").asString()).isEqualTo("1978-03-14");
        assertProblem(
                http().delete("/v1/participants/P-NOBODY/personal-data")
                        .as("admin")
                        .send(),
                404,
                "participant.not-found");
    }
}
