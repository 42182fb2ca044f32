package fr.plie.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code plie --lang en <command> --help} is English (usage_en.properties), French without {@code --lang}. */
class HelpInEnglishTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "exit",
                "eligibility",
                "check",
                "report",
                "demo",
                "import",
                "export",
                "esf",
                "esf export",
                "esf check",
                "serve",
                "token"
            })
    void everyCommandsHelpIsEnglishWithLangEn(String command) {
        String[] words = command.split(" ");
        String[] en = new String[words.length + 3];
        en[0] = "--lang";
        en[1] = "en";
        System.arraycopy(words, 0, en, 2, words.length);
        en[en.length - 1] = "--help";
        String[] fr = java.util.Arrays.copyOf(words, words.length + 1);
        fr[words.length] = "--help";
        Run english = Run.of(en);
        Run french = Run.of(fr);

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
