package fr.plie.export;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.common.MessageBundle;
import fr.plie.reporting.indicator.Indicator;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every row of an export reads in French by default and in English on request, never as a raw code. */
class LabelsTest {
    @Test
    void every_row_of_a_report_has_a_french_and_an_english_label() {
        for (Locale locale : new Locale[] {MessageBundle.FRENCH, Locale.ENGLISH}) {
            for (Indicator indicator : Indicator.values()) {
                assertThat(ReportTable.LABELS.hasKey(indicator.code(), locale))
                        .as(indicator + " " + locale)
                        .isTrue();
            }
            for (ReportRow row :
                    ReportTable.rows(ExportFixture.REPORT, new ExportSettings(locale, Disclosure.maskBelow(5)))) {
                assertThat(row.label()).as(row.code()).doesNotContain("[]").isNotBlank();
                assertThat(ReportTable.LABELS.hasKey("section." + row.section(), locale))
                        .isTrue();
            }
        }
    }

    @Test
    void french_and_english_labels_differ_where_the_languages_do() {
        assertThat(ReportTable.label("exits", Locale.FRENCH)).isEqualTo("Sorties prononcées");
        assertThat(ReportTable.label("exits", Locale.ENGLISH)).isEqualTo("Exits pronounced");
        assertThat(ReportTable.label("entries", Locale.FRENCH)).isEqualTo("Entrées (contrats d'engagement signés)");
    }
}
