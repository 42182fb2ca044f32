package fr.plie.servertest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser on the web application: its own cookies, no redirect followed, forms posted as a page posts them. */
public final class Browser {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public Browser(int port) {
        this.port = port;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    public HttpResponse<String> post(String path, String form) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    /** The form fields of a sign-in as {@code name} with its test token (no CSRF token). */
    public String credentials(String name) {
        return credentials(name, Seed.token(port, name));
    }

    private static String credentials(String name, String token) {
        return "nom=" + name + "&jeton=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** Signs in as {@code name} through the login form, with its CSRF token. */
    public Browser signIn(String name) {
        return signIn(name, Seed.token(port, name));
    }

    /** Signs in as {@code name} with {@code token}, a token of a server that {@link Seed} did not set up. */
    public Browser signIn(String name, String token) {
        post("/connexion", credentials(name, token) + "&_csrf=" + csrf(get("/connexion")));
        return this;
    }

    /** The CSRF token of the page's form. */
    public static String csrf(HttpResponse<String> page) {
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).as("a CSRF token in the page's form").isTrue();
        return m.group(1);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
