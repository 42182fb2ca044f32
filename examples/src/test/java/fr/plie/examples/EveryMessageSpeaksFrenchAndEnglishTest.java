package fr.plie.examples;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.internal.MessageBundle;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text of every module's bundle, found in the sources and read from the class path as the library ships it,
 * exists in French and English and renders: its placeholders filled (a stray apostrophe in a French text swallows
 * them), numbers written without grouping, never the raw key.
 */
class EveryMessageSpeaksFrenchAndEnglishTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Long NUMBER = 1548L;

    /** The base names of the bundles in every module's {@code src/main/resources}. */
    static Stream<String> bundles() throws IOException {
        try (Stream<Path> files = Files.find(
                Path.of(".."),
                9,
                (p, a) -> p.getFileName().toString().equals("messages.properties")
                        && p.toString().contains("src/main/resources"))) {
            List<String> names = files.map(p -> p.toString()
                            .replace('\\', '/')
                            .replaceFirst(".*src/main/resources/", "")
                            .replace(".properties", "")
                            .replace('/', '.'))
                    .sorted()
                    .toList();
            assertThat(names).as("the modules' bundles").hasSizeGreaterThan(10);
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyKeyRendersInFrenchAndEnglish(String baseName) {
        Properties french = load(baseName, "");
        Properties english = load(baseName, "_en");
        assertThat(english.stringPropertyNames()).as(baseName).isEqualTo(french.stringPropertyNames());
        MessageBundle bundle =
                new MessageBundle(baseName, EveryMessageSpeaksFrenchAndEnglishTest.class::getResourceAsStream);

        for (String key : french.stringPropertyNames()) {
            for (Properties texts : List.of(french, english)) {
                Locale locale = texts == french ? Locale.FRENCH : Locale.ENGLISH;
                String pattern = texts.getProperty(key);
                List<Object> args = Collections.nCopies(placeholders(pattern), NUMBER);

                String text = bundle.render(key, args, locale);

                String what = baseName + " " + key + " (" + locale + ")";
                assertThat(text).as(what).isNotBlank().doesNotStartWith(key + "[");
                assertThat(PLACEHOLDER.matcher(text).find())
                        .as(what + ": " + text)
                        .isFalse();
                if (pattern.matches("(?s).*\\{\\d+}.*")) {
                    assertThat(text).as(what).contains("1548");
                }
            }
        }
    }

    /** One more than the highest argument index the pattern cites. */
    private static int placeholders(String pattern) {
        int count = 0;
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            count = Math.max(count, Integer.parseInt(m.group(1)) + 1);
        }
        return count;
    }

    private static Properties load(String baseName, String suffix) {
        String name = "/" + baseName.replace('.', '/') + suffix + ".properties";
        Properties texts = new Properties();
        try (InputStream in = EveryMessageSpeaksFrenchAndEnglishTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name + " on the class path").isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
