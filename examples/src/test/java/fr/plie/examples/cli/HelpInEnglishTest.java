package fr.plie.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * Issue 13's "done when": {@code plie --lang en <command> --help} is English (usage_en.properties) for every
 * command and subcommand, French without {@code --lang}.
 */
class HelpInEnglishTest {
    /**
     * Every command and subcommand, walked from plie's command tree (a new command is checked without being
     * listed here), each as the words that call it, such as {@code esf check}.
     */
    static Stream<String> commands() {
        List<String> names = new ArrayList<>();
        walk(new CommandLine(new PlieCommand()), "", names);
        return names.stream();
    }

    private static void walk(CommandLine command, String prefix, List<String> names) {
        command.getSubcommands().forEach((name, sub) -> {
            String words = prefix + name;
            names.add(words);
            walk(sub, words + " ", names);
        });
    }

    @Test
    void theWalkFindsTheCommandsAndTheirSubcommands() {
        assertThat(commands())
                .contains("exit", "check", "report", "esf", "esf check", "serve")
                .hasSizeGreaterThan(11);
    }

    @ParameterizedTest
    @MethodSource("commands")
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
