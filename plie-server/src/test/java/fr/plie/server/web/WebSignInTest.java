package fr.plie.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.servertest.ApiTestBase;
import fr.plie.servertest.Seed;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The web application's sign-in and sign-out as a browser sends them, and as a foreign page would forge them: every
 * form carries the session's CSRF token, and a form posted without it changes nothing.
 */
class WebSignInTest extends ApiTestBase {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** A browser: its own cookies, no redirect followed. */
    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + http().port() + path);
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).as("a CSRF token in the page's form").isTrue();
        return m.group(1);
    }

    private String credentials(String name) {
        return "nom=" + name + "&jeton=" + URLEncoder.encode(Seed.token(http().port(), name), StandardCharsets.UTF_8);
    }

    @Test
    void a_page_of_the_application_sends_an_unknown_visitor_to_the_login_page() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/connexion");
    }

    @Test
    void a_login_form_posted_without_its_csrf_token_is_refused_and_with_it_opens_the_dashboard() throws Exception {
        String token = csrf(get("/connexion"));

        assertThat(post("/connexion", credentials("coordinator")).statusCode()).isEqualTo(403);
        assertThat(get("/").statusCode()).as("still signed out").isEqualTo(302);

        HttpResponse<String> signedIn = post("/connexion", credentials("coordinator") + "&_csrf=" + token);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/");
        HttpResponse<String> dashboard = get("/");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("<h1>Tableau de bord</h1>");
    }

    @Test
    void a_wrong_token_goes_back_to_the_login_page_with_a_french_message() throws Exception {
        String token = csrf(get("/connexion"));
        HttpResponse<String> refused = post("/connexion", "nom=coordinator&jeton=faux&_csrf=" + token);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/connexion?erreur");
        assertThat(get("/connexion?erreur").body()).contains("Nom ou jeton inconnu");
        assertThat(get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void a_sign_out_forged_without_the_csrf_token_leaves_the_session_open() throws Exception {
        post("/connexion", credentials("REF-01") + "&_csrf=" + csrf(get("/connexion")));
        HttpResponse<String> dashboard = get("/");
        assertThat(dashboard.statusCode()).isEqualTo(200);

        assertThat(post("/deconnexion", "").statusCode()).isEqualTo(403);
        assertThat(get("/").statusCode()).as("still signed in").isEqualTo(200);

        HttpResponse<String> out = post("/deconnexion", "_csrf=" + csrf(dashboard));
        assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/connexion?sortie");
        assertThat(get("/").statusCode()).isEqualTo(302);
    }
}
