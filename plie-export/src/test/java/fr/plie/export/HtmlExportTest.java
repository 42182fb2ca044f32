package fr.plie.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class HtmlExportTest {
    private static final Pattern IMAGE =
            Pattern.compile("<img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\" alt=\"([^\"]*)\">");

    private static String html(ExportSettings settings) throws IOException {
        return new String(ExportFixture.export(ReportExporters.html(), settings), StandardCharsets.UTF_8);
    }

    @Test
    void the_report_is_self_contained_with_four_charts_embedded_as_real_png_images() throws IOException {
        String html = html(ExportSettings.DEFAULT);

        Matcher images = IMAGE.matcher(html);
        List<String> alts = new ArrayList<>();
        while (images.find()) {
            var image =
                    ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(images.group(1))));
            assertThat(image).isNotNull();
            assertThat(image.getWidth()).isEqualTo(720);
            alts.add(images.group(2));
        }
        assertThat(alts)
                .containsExactly(
                        "Taux de sorties et objectifs",
                        "Entrées et sorties par mois",
                        "Typologie des emplois",
                        "Typologie des employeurs");
        assertThat(html).doesNotContain("http://", "https://");
    }

    @Test
    void tables_show_the_figures_in_french_by_default_and_in_english_on_request() throws IOException {
        assertThat(html(ExportSettings.DEFAULT))
                .contains("<html lang=\"fr\">")
                .contains(
                        "<tr data-code=\"rate.positive\"><td>Taux de sorties positives</td><td class=\"n\">60 %</td>");
        assertThat(html(ExportSettings.DEFAULT.inEnglish()))
                .contains("<tr data-code=\"rate.positive\"><td>Positive exit rate</td><td class=\"n\">60 %</td>");
    }

    @Test
    void a_published_report_shows_its_masks_and_says_why() throws IOException {
        String html = html(ExportSettings.DEFAULT.withDisclosure(Disclosure.maskBelow(5)));

        assertThat(html).contains("<p class=\"masked-legend\">Les effectifs de 1 à 4 sont masqués");
        assertThat(html)
                .contains(
                        "<tr data-code=\"exits-administrative\"><td>Sorties administratives</td><td class=\"n masked\">&lt; 5</td>");
    }
}
