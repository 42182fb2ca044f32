package fr.plie.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class HtmlExportTest {
    private static final String NBSP = "\u00a0";

    private static String html(ExportSettings settings) throws IOException {
        return new String(ExportFixture.export(ReportExporters.html(), settings), StandardCharsets.UTF_8);
    }

    @Test
    void the_title_reads_the_period_in_french_words_and_in_english_on_request() throws IOException {
        assertThat(html(ExportSettings.DEFAULT))
                .contains("<html lang=\"fr\">")
                .contains("<h1>Indicateurs du PLIE du 1er janvier 2024 au 31 décembre 2024</h1>")
                .contains("Données arrêtées au 31 mars 2025.");
        assertThat(html(ExportSettings.DEFAULT.inEnglish()))
                .contains("<h1>PLIE indicators from 1 January 2024 to 31 December 2024</h1>");
    }

    @Test
    void the_summary_comes_first_then_the_charts_then_the_tables() throws IOException {
        String html = html(ExportSettings.DEFAULT);

        int summary = html.indexOf("<h2>Synthèse</h2>");
        int charts = html.indexOf("<svg");
        int tables = html.indexOf("<tr data-code=");
        assertThat(summary).isPositive().isLessThan(charts);
        assertThat(charts).isLessThan(tables);
        // seed 004: 50 % positive exits, reached with 60 %; under its own policy, the engine confirms 3 of 10
        assertThat(html.substring(summary, charts))
                .contains("<th scope=\"row\">Taux de sorties positives</th><td class=\"n\">60" + NBSP
                        + "%</td><td class=\"n\">50" + NBSP + "%</td><td class=\"reached\">atteint</td>")
                .contains("<th scope=\"row\">Taux de sorties positives selon la politique grand-amienois</th>"
                        + "<td class=\"n\">30" + NBSP + "%</td><td class=\"n\">50" + NBSP
                        + "%</td><td class=\"not-reached\">non atteint</td>");
    }

    @Test
    void the_charts_are_inline_accessible_svg_and_nothing_is_fetched_from_elsewhere() throws IOException {
        String html = html(ExportSettings.DEFAULT);

        List<String> ids = Pattern.compile("<svg id='([a-z]+)-chart'[^>]*role=\"img\"")
                .matcher(html)
                .results()
                .map(m -> m.group(1))
                .toList();
        assertThat(ids).containsExactly("rates", "months", "jobs", "employers", "sectors");
        assertThat(html).contains("<title id=\"jobs-title\">Typologie des emplois</title>");
        assertThat(html).doesNotContainPattern("(src|href)=\"https?:");
        assertThat(html).doesNotContain("<img");
    }

    @Test
    void typologies_show_each_share_beside_its_count_and_state_their_whole() throws IOException {
        String html = html(ExportSettings.DEFAULT);

        assertThat(html)
                .contains("<tr data-code=\"job-cdi\"><td>Emploi en CDI</td><td class=\"n\">1</td>\n"
                        + "<td class=\"n\">20" + NBSP + "%</td>")
                .contains("<tr data-code=\"whole/job\"><td>Base des parts : sorties positives en emploi"
                        + " (création incluse)</td><td class=\"n\">5</td>");
    }

    @Test
    void the_page_is_well_formed_xhtml_which_the_pdf_renderer_reads() throws Exception {
        byte[] bytes = ExportFixture.export(ReportExporters.html(), ExportSettings.DEFAULT);

        Document document =
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        assertThat(document.getElementsByTagName("table").getLength()).isGreaterThan(10);
    }

    @Test
    void the_eu_co_funding_is_mentioned_and_the_emblem_given_fills_its_slot() throws IOException {
        assertThat(html(ExportSettings.DEFAULT))
                .contains("Cofinancé par l'Union européenne")
                .contains("<div class=\"emblem empty\"></div>");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        assertThat(html(ExportSettings.DEFAULT.withEmblem("image/png", png)))
                .contains("<img src=\"data:image/png;base64,iVBORw==\" alt=\"Emblème de l&#39;Union européenne\"/>");
    }

    @Test
    void a_published_report_shows_its_masks_and_says_why() throws IOException {
        String html = html(ExportSettings.DEFAULT.withDisclosure(Disclosure.maskBelow(5)));

        assertThat(html).contains("<p class=\"legend masked-legend\">Les effectifs de 1 à 4 sont masqués");
        assertThat(html)
                .contains("<tr data-code=\"exits-administrative\"><td>Sorties administratives</td>"
                        + "<td class=\"n masked\">&lt; 5</td>");
    }
}
