package fr.plie.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.servertest.ApiTestBase;
import fr.plie.servertest.Http.Reply;
import org.junit.jupiter.api.Test;

/** The security headers of the API and of the web application's login page, as a browser receives them. */
class SecurityHeadersTest extends ApiTestBase {
    @Test
    void api_and_web_pages_forbid_sniffing_framing_and_foreign_scripts() {
        Reply api = http().get("/v1/policies").as("coordinator").send();
        Reply login = http().get("/connexion").sendUnchecked();
        for (Reply reply : new Reply[] {api, login}) {
            assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(reply.header("Cache-Control")).contains("no-store");
        }
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("Content-Security-Policy")).contains("script-src 'self'", "frame-ancestors 'none'");
        assertThat(login.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(login.header("Referrer-Policy")).isEqualTo("no-referrer");
    }
}
