package fr.plie.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.adapter.json.ParcoursDocument;
import fr.plie.adapter.json.PlieDocument;
import fr.plie.adapter.json.PlieJson;
import fr.plie.core.admission.ReferentId;
import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursCommand;
import fr.plie.server.PlieServer;
import fr.plie.server.security.Role;
import fr.plie.servertest.Browser;
import fr.plie.servertest.Databases;
import fr.plie.servertest.Http;
import fr.plie.servertest.Http.Reply;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * Walking {@code GET /v1/parcours} by its next links, on a server and a database of its own: every parcours the
 * caller may see comes once, in id order, whatever the filter, and parcours stored during the walk neither hide
 * nor repeat one. The same on PostgreSQL and MariaDB when their URLs are set ({@link Databases}); the web list's
 * "Page suivante" link walks it the same way.
 */
class ParcoursListPagingTest {
    private static final PlieJson JSON = PlieJson.create();
    private static final int STORED = 47;
    private static final Pattern NEXT = Pattern.compile("href=\"(/parcours\\?[^\"]*)\">Page suivante<");
    private static final Pattern ROW = Pattern.compile("<th scope=\"row\"><a href=\"/parcours/([^\"]+)\"");

    /** PAR-00 to PAR-46: every third only referred, every other followed by REF-02 (else REF-01). */
    private static Parcours parcours(int i) {
        String id = String.format("PAR-%02d", i);
        ParcoursFixture f = i % 3 == 0
                ? ParcoursFixture.referredOn(id, LocalDate.of(2024, 5, 2))
                        .then(new ParcoursCommand.AssignReferent(ParcoursFixture.REFERENT, LocalDate.of(2024, 5, 2)))
                : ParcoursFixture.enteredOn(id, LocalDate.of(2024, 1, 15));
        return i % 2 == 0
                ? f.then(new ParcoursCommand.AssignReferent(ReferentId.of("REF-02"), LocalDate.of(2024, 6, 1)))
                        .build()
                : f.build();
    }

    private static void store(Http http, String token, Parcours p) {
        Reply created = http.post("/v1/parcours")
                .bearer(token)
                .json(JSON.writeAsString(PlieDocument.PARCOURS, ParcoursDocument.of(p)))
                .send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    /** The ids of every page from {@code first}, following next; {@code between} runs after each page. */
    private static List<String> walk(Http http, String token, String first, Runnable between) {
        List<String> ids = new ArrayList<>();
        String next = first;
        for (int pages = 0; next != null; pages++) {
            assertThat(pages).as("pages walked").isLessThan(100);
            Reply reply = http.get(next).bearer(token).send();
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            JsonNode body = reply.json();
            body.get("items").forEach(i -> ids.add(i.get("id").asString()));
            next = body.has("next") ? body.get("next").asString() : null;
            assertThat(reply.header("Link")).isEqualTo(next == null ? null : "<" + next + ">; rel=\"next\"");
            between.run();
        }
        return ids;
    }

    private static List<String> expected(java.util.function.Predicate<Parcours> keep) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < STORED; i++) {
            if (keep.test(parcours(i))) {
                ids.add(parcours(i).id().value());
            }
        }
        return ids;
    }

    private static PlieServer.Running start(Databases database) {
        return PlieServer.start(
                "--port=0",
                "--server.address=127.0.0.1",
                "--spring.datasource.url=" + database.url(),
                "--plie.as-of=2024-06-30",
                "--plie.referents.REF-01=1.0",
                "--plie.referents.REF-02=1.0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void every_parcours_comes_once_in_id_order_page_after_page_even_while_others_are_stored(String kind)
            throws Exception {
        try (Databases database = Databases.create(kind);
                PlieServer.Running server = start(database)) {
            Http http = new Http(server.port());
            String coordinator = server.tokens().add("coordinator", Role.COORDINATOR);
            String ref02 = server.tokens().add("REF-02", Role.REFERENT);
            for (int i = 0; i < STORED; i++) {
                store(http, coordinator, parcours(i));
            }

            assertThat(walk(http, coordinator, "/v1/parcours?size=5", () -> {}))
                    .containsExactlyElementsOf(expected(p -> true));
            assertThat(walk(http, ref02, "/v1/parcours?size=4", () -> {}))
                    .containsExactlyElementsOf(expected(p -> p.referents().size() > 1));
            assertThat(walk(http, coordinator, "/v1/parcours?status=REFERRED&referent=REF-01&size=3", () -> {}))
                    .containsExactlyElementsOf(expected(p ->
                            p.referents().size() == 1 && p.status() == fr.plie.core.parcours.ParcoursStatus.REFERRED));
            // a REF-02 token asking for REF-01's parcours gets none
            assertThat(walk(http, ref02, "/v1/parcours?referent=REF-01", () -> {}))
                    .isEmpty();

            // one new parcours after each page, half sorting before the walk's position, half after
            int[] added = {0};
            List<String> seen = walk(http, coordinator, "/v1/parcours?size=6", () -> {
                int n = added[0]++;
                store(
                        http,
                        coordinator,
                        ParcoursFixture.enteredOn((n % 2 == 0 ? "PAR-00-" : "PAR-99-") + n, LocalDate.of(2024, 1, 15))
                                .build());
            });
            assertThat(seen).doesNotHaveDuplicates().containsAll(expected(p -> true));
            assertThat(seen).isSorted();
            assertThat(seen.stream().filter(id -> id.startsWith("PAR-99-"))).isNotEmpty();
        }
    }

    @Test
    void the_web_list_s_next_page_link_walks_every_parcours_once() throws Exception {
        try (Databases database = Databases.create("h2");
                PlieServer.Running server = start(database)) {
            Http http = new Http(server.port());
            String coordinator = server.tokens().add("coordinator", Role.COORDINATOR);
            for (int i = 0; i < STORED; i++) {
                store(http, coordinator, parcours(i));
            }
            Browser browser = new Browser(server.port()).signIn("coordinator", coordinator);
            List<String> ids = new ArrayList<>();
            TreeSet<String> captions = new TreeSet<>();
            for (String next = "/parcours"; next != null; ) {
                HttpResponse<String> page = browser.get(next);
                assertThat(page.statusCode()).isEqualTo(200);
                String html = HtmlUtils.htmlUnescape(page.body());
                ROW.matcher(html).results().forEach(r -> ids.add(r.group(1)));
                Matcher m = Pattern.compile("<caption>Parcours, page <span>(\\d+)</span>")
                        .matcher(html);
                assertThat(m.find()).isTrue();
                captions.add(m.group(1));
                Matcher link = NEXT.matcher(html);
                next = link.find() ? link.group(1) : null;
            }
            assertThat(ids).containsExactlyElementsOf(expected(p -> true));
            assertThat(captions).containsExactly("1", "2"); // 25 a page
            assertThat(browser.get("/parcours?apres=pas-un-curseur").statusCode())
                    .isEqualTo(400);
        }
    }
}
