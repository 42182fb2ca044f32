package fr.plie.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli's own errors on the command line (unknown option, missing value, bad value), said in the command's
 * language like its other errors: one line located by the command and the option, then where to find help. picocli
 * words them in English only; its exception types carry what is needed to say them again.
 */
final class ParameterErrors {
    private ParameterErrors() {}

    /** The one-line text of {@code e}, without the {@code Erreur : } prefix. */
    static String message(ParameterException e, String[] args, Locale locale) {
        String command = e.getCommandLine().getCommandSpec().qualifiedName();
        return Texts.get(locale, "param.where", command, describe(e, args, locale));
    }

    private static String describe(ParameterException e, String[] args, Locale locale) {
        if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String argument = u.getUnmatched().get(0);
            String suggestions = u.getSuggestions().isEmpty()
                    ? ""
                    : Texts.get(locale, "param.suggestion", String.join(", ", u.getSuggestions()));
            String key = u.isUnknownOption()
                    ? "param.unknown-option"
                    : e.getCommandLine().getSubcommands().isEmpty() ? "param.unmatched" : "param.unknown-command";
            return Texts.get(locale, key, argument, suggestions);
        }
        if (e instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
            ArgSpec missing = m.getMissing().get(0);
            if (missing instanceof OptionSpec option) {
                // given without its value, or not given at all
                boolean given = Arrays.stream(args)
                        .anyMatch(a -> List.of(option.names()).contains(a));
                return Texts.get(locale, given ? "param.missing-value" : "param.missing-option", option.longestName());
            }
            return Texts.get(locale, "param.missing-parameter", label(missing));
        }
        if (e instanceof OverwrittenOptionException o && o.getOverwritten() instanceof OptionSpec option) {
            return Texts.get(locale, "param.repeated", option.longestName());
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return Texts.get(
                    locale,
                    "param.invalid-value",
                    label(e.getArgSpec()),
                    e.getValue(),
                    Texts.get(
                            locale,
                            expected(e.getArgSpec().type()),
                            e.getArgSpec().type().getSimpleName()));
        }
        return e.getMessage(); // a case picocli adds later: its own English words rather than nothing
    }

    private static String label(ArgSpec arg) {
        return arg instanceof PositionalParamSpec p ? p.paramLabel() : ((OptionSpec) arg).longestName();
    }

    private static String expected(Class<?> type) {
        if (type == LocalDate.class) {
            return "param.type.date";
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "param.type.integer";
        }
        return type == Path.class ? "param.type.path" : "param.type.other";
    }
}
