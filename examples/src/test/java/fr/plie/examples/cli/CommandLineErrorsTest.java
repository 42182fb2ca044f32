package fr.plie.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a user sees when picocli refuses the command line: one line in the command's language, and nothing done. */
class CommandLineErrorsTest {
    static final String EXITED = ExitCommandTest.EXITED.toString();

    private static void refusedOnOneLine(Run run) {
        assertThat(run.code()).isEqualTo(PlieCommand.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).hasLineCount(1);
        assertThat(run.hasStackTrace()).isFalse();
    }

    @Test
    void anUnknownOptionIsNamedWithTheNearestOneAndWhereHelpIs() {
        Run french = Run.of("exit", EXITED, "--as-off", "2024-06-30");

        refusedOnOneLine(french);
        assertThat(french.err())
                .startsWith("Erreur : plie exit : option inconnue « --as-off » (vouliez-vous dire --as-of ?)")
                .contains("aide : plie exit --help");
    }

    @Test
    void theLanguageAskedForAfterTheErrorStillChoosesTheLanguageOfTheError() {
        Run english = Run.of("exit", EXITED, "--as-off", "2024-06-30", "--lang", "en");
        Run equals = Run.of("--lang=en", "frobnicate");

        refusedOnOneLine(english);
        assertThat(english.err())
                .startsWith("Error: plie exit: unknown option \"--as-off\" (did you mean --as-of?)")
                .contains("help: plie exit --help");
        refusedOnOneLine(equals);
        assertThat(equals.err()).startsWith("Error: plie: unknown command \"frobnicate\"");
    }

    @Test
    void aBadValueSaysWhatWasExpected() {
        Run date = Run.of("exit", EXITED, "--as-of", "2024-13-01");
        Run number = Run.of("--lang", "en", "demo", "--participants", "many");

        refusedOnOneLine(date);
        assertThat(date.err())
                .startsWith("Erreur : plie exit : valeur invalide pour --as-of : « 2024-13-01 » n'est pas une date "
                        + "AAAA-MM-JJ");
        refusedOnOneLine(number);
        assertThat(number.err())
                .startsWith("Error: plie demo: invalid value for --participants: \"many\" is not a whole number");
    }

    @Test
    void aMissingValueOptionOrFileIsNamed() {
        Run value = Run.of("exit", EXITED, "--policy");
        Run option = Run.of("report", "--ndjson", EXITED, "--to", "2024-12-31");
        Run file = Run.of("--lang", "en", "exit");

        refusedOnOneLine(value);
        assertThat(value.err()).startsWith("Erreur : plie exit : valeur").contains("manquante après --policy");
        refusedOnOneLine(option);
        assertThat(option.err())
                .startsWith("Erreur : plie report : option obligatoire --from")
                .contains("manquante");
        refusedOnOneLine(file);
        assertThat(file.err()).startsWith("Error: plie exit: parameter FICHIER missing");
    }

    @Test
    void aRepeatedOptionAndAnArgumentTooManyAreRefused() {
        Run repeated = Run.of("exit", EXITED, "--policy", "boulonnais", "--policy", "grand-amienois");
        Run extra = Run.of("exit", EXITED, EXITED);

        refusedOnOneLine(repeated);
        assertThat(repeated.err()).startsWith("Erreur : plie exit : l'option --policy est donnée plusieurs fois");
        refusedOnOneLine(extra);
        assertThat(extra.err()).startsWith("Erreur : plie exit : argument en trop « " + EXITED + " »");
    }

    @Test
    void theHelpTheErrorsPointToExistsOnEveryCommand() {
        for (String command : new String[] {"demo", "exit", "eligibility", "report", "import", "export"}) {
            Run help = Run.of(command, "--help");

            assertThat(help.code()).as(command).isZero();
            assertThat(help.out())
                    .as(command)
                    .startsWith("Usage: plie " + command)
                    .contains("--lang");
        }
        assertThat(Run.of("exit", "--help").out())
                .contains("--as-of=AAAA-MM-JJ")
                .contains("FICHIER");
        assertThat(Run.of("report", "--help").out()).contains("--as-of=AAAA-MM-JJ");
    }
}
