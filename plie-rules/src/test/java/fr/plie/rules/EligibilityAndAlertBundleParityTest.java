package fr.plie.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every French text of the eligibility and alert bundles has its English translation, and the reverse. */
class EligibilityAndAlertBundleParityTest {
    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = EligibilityAndAlertBundleParityTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/fr/plie/rules/eligibility/messages",
                "/fr/plie/rules/alert/messages",
                "/fr/plie/rules/audit/messages"
            })
    void frenchAndEnglishBundlesHaveTheSameKeys(String baseName) throws IOException {
        Properties french = load(baseName + ".properties");
        Properties english = load(baseName + "_en.properties");

        assertThat(french).isNotEmpty();
        assertThat(english.keySet()).isEqualTo(french.keySet());
    }
}
