package fr.plie.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.servertest.ApiTestBase;
import fr.plie.servertest.Browser;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The web application's sign-in and sign-out as a browser sends them, and as a foreign page would forge them: every
 * form carries the session's CSRF token, and a form posted without it changes nothing.
 */
class WebSignInTest extends ApiTestBase {
    /** A browser per test (JUnit makes an instance per test): its own cookies. */
    private Browser browser;

    private Browser browser() {
        if (browser == null) {
            browser = new Browser(http().port());
        }
        return browser;
    }

    @Test
    void a_page_of_the_application_sends_an_unknown_visitor_to_the_login_page() throws Exception {
        HttpResponse<String> home = browser().get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/connexion");
    }

    @Test
    void a_login_form_posted_without_its_csrf_token_is_refused_and_with_it_opens_the_dashboard() throws Exception {
        String token = Browser.csrf(browser().get("/connexion"));

        assertThat(browser()
                        .post("/connexion", browser().credentials("coordinator"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(browser().get("/").statusCode()).as("still signed out").isEqualTo(302);

        HttpResponse<String> signedIn =
                browser().post("/connexion", browser().credentials("coordinator") + "&_csrf=" + token);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/");
        HttpResponse<String> dashboard = browser().get("/");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("<h1>Tableau de bord</h1>");
    }

    @Test
    void a_wrong_token_goes_back_to_the_login_page_with_a_french_message() throws Exception {
        String token = Browser.csrf(browser().get("/connexion"));
        HttpResponse<String> refused = browser().post("/connexion", "nom=coordinator&jeton=faux&_csrf=" + token);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/connexion?erreur");
        assertThat(browser().get("/connexion?erreur").body()).contains("Nom ou jeton inconnu");
        assertThat(browser().get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void a_sign_out_forged_without_the_csrf_token_leaves_the_session_open() throws Exception {
        browser()
                .post(
                        "/connexion",
                        browser().credentials("REF-01") + "&_csrf="
                                + Browser.csrf(browser().get("/connexion")));
        HttpResponse<String> dashboard = browser().get("/");
        assertThat(dashboard.statusCode()).isEqualTo(200);

        assertThat(browser().post("/deconnexion", "").statusCode()).isEqualTo(403);
        assertThat(browser().get("/").statusCode()).as("still signed in").isEqualTo(200);

        HttpResponse<String> out = browser().post("/deconnexion", "_csrf=" + Browser.csrf(dashboard));
        assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/connexion?sortie");
        assertThat(browser().get("/").statusCode()).isEqualTo(302);
    }
}
