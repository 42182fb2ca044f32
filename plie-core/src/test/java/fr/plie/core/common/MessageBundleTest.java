package fr.plie.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.plie.core.internal.MessageBundle;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class MessageBundleTest {
    @Test
    void aRejectionShowsItsDatesAsFrenchReadersWriteThemAndIsoInEnglish() {
        Rejection rejection =
                Rejection.of("step.before-entry", "S1", LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 5));

        assertThat(rejection.message())
                .isEqualTo("L'étape S1 (31/01/2024) ne peut pas commencer avant l'entrée dans le PLIE (05/02/2024).");
        assertThat(rejection.message(Locale.ENGLISH))
                .isEqualTo("Step S1 (2024-01-31) cannot start before entry into the PLIE (2024-02-05).");
        assertThat(rejection.code() + rejection.args()).isEqualTo(rejection.toString());
    }

    @Test
    void everyDateReadsBackToItselfInBothLanguages() {
        DateTimeFormatter french = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        qt().forAll(integers().between(-200_000, 200_000)).checkAssert(days -> {
            LocalDate date = LocalDate.of(2000, 1, 1).plusDays(days);

            assertThat(LocalDate.parse(MessageBundle.date(date, Locale.FRENCH), french))
                    .isEqualTo(date);
            assertThat(MessageBundle.date(date, Locale.FRANCE)).isEqualTo(MessageBundle.date(date, Locale.FRENCH));
            assertThat(LocalDate.parse(MessageBundle.date(date, Locale.UK))).isEqualTo(date);
        });
    }

    @Test
    void argumentsOtherThanDatesAreLeftAsTheyAre() {
        MessageBundle core = new MessageBundle("fr.plie.core.messages", MessageBundleTest.class::getResourceAsStream);

        assertThat(core.render("parcours.stale-version", List.of("PAR-1", 3, 4), Locale.FRENCH))
                .isEqualTo("Le parcours PAR-1 a été modifié entre-temps : version attendue 3, version enregistrée 4.");
    }

    @Test
    void wholeNumbersAreWrittenWithoutGroupingInBothLanguages() {
        qt().forAll(integers().all(), longs().all()).checkAssert((expected, stored) -> {
            Rejection stale = Rejection.of("parcours.stale-version", "PAR-1", expected, stored);

            assertThat(stale.message(Locale.FRENCH))
                    .endsWith("version attendue " + expected + ", version enregistrée " + stored + ".");
            assertThat(stale.message(Locale.ENGLISH))
                    .endsWith("expected version " + expected + ", stored version " + stored + ".");
        });
    }

    @Test
    void aChoiceWritesTheNumbersItCitesWithoutGrouping() {
        MessageBundle bundle =
                new MessageBundle("fr.plie.core.test-messages", MessageBundleTest.class::getResourceAsStream);

        qt().forAll(longs().between(2, Long.MAX_VALUE))
                .checkAssert(count -> assertThat(bundle.render("count", List.of(count), Locale.FRENCH))
                        .isEqualTo(count + " lignes"));
        assertThat(bundle.render("count", List.of(1), Locale.ENGLISH)).isEqualTo("one line");
    }

    @Test
    void textsRenderedFromManyThreadsAtOnceAreTheTextsOfOneThread() throws Exception {
        MessageBundle bundle =
                new MessageBundle("fr.plie.core.test-messages", MessageBundleTest.class::getResourceAsStream);
        List<Locale> locales = List.of(Locale.FRENCH, Locale.ENGLISH);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> rendered = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                rendered.add(threads.submit(() -> {
                    List<String> texts = new ArrayList<>();
                    for (int i = 0; i < 2_000; i++) {
                        Locale locale = locales.get(i % 2);
                        texts.add(bundle.render("count", List.of(i % 7), locale));
                        texts.add(bundle.render("share", List.of(1_000L + i, i / 2_000.0), locale));
                    }
                    return texts;
                }));
            }
            List<String> alone = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                Locale locale = locales.get(i % 2);
                alone.add(bundle.render("count", List.of(i % 7), locale));
                alone.add(bundle.render("share", List.of(1_000L + i, i / 2_000.0), locale));
            }
            assertThat(alone)
                    .contains("4 lignes", "one line", "1999 of 50%")
                    .anyMatch(text -> text.matches("2000 sur 50\\h%"));
            for (Future<List<String>> texts : rendered) {
                assertThat(texts.get()).isEqualTo(alone);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
