package fr.plie.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code plie --lang en <command> --help} is English (usage_en.properties), French without {@code --lang}. */
class HelpInEnglishTest {
    @ParameterizedTest
    @ValueSource(strings = {"exit", "eligibility", "check", "report", "demo", "import", "export", "esf", "serve"})
    void everyCommandsHelpIsEnglishWithLangEn(String command) {
        Run english = Run.of("--lang", "en", command, "--help");
        Run french = Run.of(command, "--help");

        assertThat(english.code()).isZero();
        // French words and letters of the annotations would show through any key the bundle lacks
        assertThat(english.out()).doesNotContainPattern("[éèàçêô]|défaut|Affiche| : ");
        assertThat(english.out()).contains("Show this help and exit.");
        assertThat(french.out()).contains("Affiche cette aide et termine.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h"})
    void theRootHelpIsEnglishToo(String help) {
        assertThat(Run.of("--lang", "en", help).out())
                .contains("The rules of the PLIE", "Show this help and exit.", "Assesses the positive exit of parcours")
                .doesNotContain("Affiche", "Évalue");
    }
}
