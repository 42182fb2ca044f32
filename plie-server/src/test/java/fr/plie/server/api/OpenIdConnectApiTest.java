package fr.plie.server.api;

import static fr.plie.servertest.Http.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.adapter.jdbc.AuditRecord;
import fr.plie.adapter.jdbc.PlieJdbc;
import fr.plie.adapter.json.ParcoursDocument;
import fr.plie.adapter.json.PlieDocument;
import fr.plie.adapter.json.PlieJson;
import fr.plie.core.participant.ParticipantId;
import fr.plie.servertest.DocExamples;
import fr.plie.servertest.Http;
import fr.plie.servertest.Http.Reply;
import fr.plie.servertest.Issuer;
import fr.plie.servertest.Seed;
import fr.plie.servertest.ServerTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The OpenID Connect resource-server mode ({@code plie.oidc-issuer}): the API takes the JWTs of the PLIE's identity
 * provider, with plie's role in the {@code plie_roles} claim and the user in {@code preferred_username}, and
 * refuses everything else, plie's own tokens included.
 */
@ServerTest
class OpenIdConnectApiTest {
    private static final Issuer ISSUER = Issuer.start();

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("plie.oidc-issuer", ISSUER::url);
        // a server of its own, on a database of its own
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:plie-server-oidc;DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void stop() {
        ISSUER.close();
    }

    @Autowired
    Environment environment;

    @Autowired
    PlieJdbc plie;

    private Http http() {
        return new Http(Integer.parseInt(environment.getRequiredProperty("local.server.port")));
    }

    private static String jwt(String user, String... roles) {
        return ISSUER.token(user, List.of(roles), UnaryOperator.identity());
    }

    private Http.Call get(String path, String jwt) {
        return http().get(path).header("Authorization", "Bearer " + jwt);
    }

    @Test
    void a_coordinator_of_the_identity_provider_reads_personal_data_and_reporting_does_not() {
        Reply coordinator =
                get("/v1/participants/P-PAR-A", jwt("c.martin", "coordinator")).send();
        assertThat(coordinator.status()).as(coordinator.body()).isEqualTo(200);
        assertThat(coordinator.json().get("personalData").get("lastName").asString())
                .isEqualTo("Benali");

        String reporting = jwt("financeur", "reporting");
        assertProblem(get("/v1/participants/P-PAR-A", reporting).send(), 403, "auth.forbidden");
        Reply figures =
                get("/v1/reports?from=2024-01-01&to=2024-12-31", reporting).send();
        assertThat(figures.status()).as(figures.body()).isEqualTo(200);
        assertThat(figures.body()).doesNotContain("Benali");
    }

    @Test
    void a_referent_is_the_user_named_by_preferred_username() {
        assertThat(get("/v1/participants/P-PAR-A", jwt("REF-01", "referent"))
                        .send()
                        .status())
                .isEqualTo(200);
        assertProblem(get("/v1/participants/P-PAR-A", jwt("REF-02", "referent")).send(), 404, "participant.not-found");
    }

    @Test
    void the_highest_of_several_roles_applies_and_unknown_roles_are_ignored() {
        Reply reply = get("/v1/participants/P-PAR-A", jwt("c.martin", "superviseur", "reporting", "coordinator"))
                .send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertProblem(
                get("/v1/participants/P-PAR-A", jwt("c.martin", "superviseur")).send(), 403, "auth.forbidden");
    }

    @Test
    void a_change_is_recorded_in_the_audit_trail_under_the_user_s_name() {
        String referent = jwt("REF-01", "referent");
        Reply created = http().post("/v1/parcours")
                .header("Authorization", "Bearer " + referent)
                .json(PlieJson.create()
                        .writeAsString(PlieDocument.PARCOURS, ParcoursDocument.of(Seed.fresh("PAR-OIDC"))))
                .send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Reply changed = http().post("/v1/parcours/PAR-OIDC/commands")
                .header("Authorization", "Bearer " + referent)
                .header("If-Match", created.header("ETag"))
                .json("{\"type\": \"RecordInterview\", \"date\": \"2024-02-01\", \"mode\": \"PHONE\","
                        + " \"synthesis\": \"Point\", \"author\": \"REF-01\"}")
                .send();
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        List<AuditRecord> trail = plie.auditTrail(ParticipantId.of("P-PAR-OIDC"));
        assertThat(trail).extracting(AuditRecord::actor).containsOnly("REF-01");
    }

    @Test
    void a_jwt_without_a_plie_role_is_403_in_french_or_english() {
        String none = jwt("c.martin");
        Reply fr = get("/v1/parcours", none).send();
        assertProblem(fr, 403, "auth.forbidden");
        assertThat(fr.json().get("detail").asString()).isEqualTo("Le rôle de ce jeton ne permet pas cette opération.");
        Reply en = get("/v1/parcours", none).english().send();
        assertProblem(en, 403, "auth.forbidden");
        assertThat(en.json().get("detail").asString())
                .isEqualTo("The role of this token does not allow this operation.");
    }

    @Test
    void a_forged_signature_an_expired_jwt_and_another_issuer_s_are_401() {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        List<String> refused = List.of(
                ISSUER.forged("c.martin", List.of("coordinator")),
                ISSUER.token(
                        "c.martin",
                        List.of("coordinator"),
                        c -> c.issueTime(Date.from(past)).expirationTime(Date.from(past.plusSeconds(300)))),
                ISSUER.token("c.martin", List.of("coordinator"), c -> c.issuer("http://127.0.0.1:9/realms/autre")),
                "pas-un-jwt");
        for (String token : refused) {
            Reply fr = get("/v1/participants/P-PAR-A", token).send();
            assertProblem(fr, 401, "auth.invalid-token");
            assertThat(fr.body()).doesNotContain("Benali");
            assertThat(fr.json().get("detail").asString()).startsWith("Le jeton présenté");
            assertThat(fr.header("WWW-Authenticate")).startsWith("Bearer");
            Reply en = get("/v1/participants/P-PAR-A", token).english().send();
            assertProblem(en, 401, "auth.invalid-token");
            assertThat(en.json().get("detail").asString()).startsWith("The token presented");
        }
    }

    @Test
    void plie_s_own_tokens_are_refused_by_the_api_in_this_mode() {
        String own = Seed.token(http().port(), "coordinator");
        assertProblem(get("/v1/participants/P-PAR-A", own).send(), 401, "auth.invalid-token");
    }

    @Test
    void the_examples_of_docs_server_md_for_this_mode_answer_as_documented() throws Exception {
        List<DocExamples.Example> examples =
                DocExamples.all().stream().filter(e -> e.token().equals("oidc")).toList();
        assertThat(examples).isNotEmpty();
        for (DocExamples.Example e : examples) {
            DocExamples.run(e, http().port(), jwt("c.martin", "coordinator"));
        }
    }

    @Test
    void without_a_token_the_api_asks_for_one_and_the_openapi_document_stays_public() {
        assertProblem(http().get("/v1/parcours").send(), 401, "auth.required");
        assertThat(http().get("/v1/openapi.json").sendUnchecked().status()).isEqualTo(200);
    }
}
