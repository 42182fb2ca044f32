package fr.plie.server;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.servertest.ApiTestBase;
import fr.plie.servertest.DocExamples;
import fr.plie.servertest.Seed;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Every curl example of docs/server.md ({@link DocExamples}), run in order with curl against a test server of its
 * own; those of the OpenID Connect mode run in {@code OpenIdConnectApiTest}.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:plie-server-doc;DB_CLOSE_DELAY=-1")
class ServerDocTest extends ApiTestBase {
    @Test
    void every_curl_example_of_docs_server_md_answers_as_documented() throws Exception {
        List<DocExamples.Example> examples = DocExamples.all().stream()
                .filter(e -> !e.token().equals("oidc"))
                .toList();
        assertThat(examples).hasSizeGreaterThan(15);
        for (DocExamples.Example e : examples) {
            DocExamples.run(e, http().port(), Seed.token(http().port(), e.token()));
        }
    }
}
