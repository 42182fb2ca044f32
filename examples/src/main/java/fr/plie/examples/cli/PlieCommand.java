package fr.plie.examples.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code plie} command: the reference PLIE and the tools around the library (issue 7). Exit codes: 0
 * success, 1 processing failure, 2 invalid input. Errors are one line each, located (file:line, JSON pointer);
 * {@code --debug} adds the stack trace.
 */
@Command(
        name = "plie",
        mixinStandardHelpOptions = true,
        scope = CommandLine.ScopeType.INHERIT, // --help and --version on every subcommand too
        resourceBundle = "fr.plie.examples.cli.usage",
        version = "plie 0.1.0-SNAPSHOT",
        description = "Les règles des PLIE : démonstration, sorties, éligibilité, indicateurs.",
        subcommands = {
            DemoCommand.class,
            ExitCommand.class,
            EligibilityCommand.class,
            ReportCommand.class,
            CheckCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            EsfCommand.class,
            ServeCommand.class,
            TokenCommand.class
        })
public final class PlieCommand implements Runnable {
    /** Exit code of a processing failure. */
    public static final int PROCESSING_FAILURE = 1;
    /** Exit code of invalid input. */
    public static final int INVALID_INPUT = 2;

    @Option(
            names = "--debug",
            description = "Affiche la trace complète des erreurs.",
            scope = CommandLine.ScopeType.INHERIT)
    boolean debug;

    @Option(
            names = "--lang",
            defaultValue = "fr",
            description = "Langue des textes : fr ou en (défaut : ${DEFAULT-VALUE}).",
            scope = CommandLine.ScopeType.INHERIT)
    String lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Standard input, replaceable in tests. */
    InputStream in = System.in;

    /** Whether long steps draw a progress bar on standard error (the real terminal only, never in tests). */
    boolean progress;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    Locale locale() {
        return locale(lang);
    }

    /** The language of the texts: English for {@code en}, French otherwise. */
    static Locale locale(String lang) {
        return "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.FRENCH;
    }

    /**
     * The language {@code args} ask for, read before picocli parses them: a command line it refuses may stop
     * before {@code --lang}, whose value must still choose the language of the error.
     */
    static Locale locale(String[] args) {
        String lang = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                lang = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                lang = args[i].substring("--lang=".length());
            }
        }
        return locale(lang);
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(execute(args, System.in, out, err, System.console() != null));
    }

    /** Runs the command in-process (tests use this) with no progress bar, and returns its exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, InputStream.nullInputStream(), out, err, false);
    }

    /** Runs the command in-process reading {@code -} from {@code in}, and returns its exit code. */
    public static int execute(String[] args, InputStream in, PrintWriter out, PrintWriter err, boolean progress) {
        quietLogging();
        PlieCommand root = new PlieCommand();
        root.in = in;
        root.progress = progress;
        CommandLine cli = new CommandLine(root);
        // the help in the language asked for: the French of the annotations, or usage_en.properties
        cli.setResourceBundle(java.util.ResourceBundle.getBundle(
                "fr.plie.examples.cli.usage",
                locale(args),
                java.util.ResourceBundle.Control.getNoFallbackControl(
                        java.util.ResourceBundle.Control.FORMAT_PROPERTIES)));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> e instanceof InvalidInputException ? INVALID_INPUT : PROCESSING_FAILURE);
        cli.setParameterExceptionHandler((e, a) -> {
            Locale locale = locale(a);
            err.println(Texts.get(locale, "error", ParameterErrors.message(e, a, locale)));
            return INVALID_INPUT;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // a database failure says which SQL state, in the user's language, never the driver's English
            String message = e instanceof fr.plie.adapter.jdbc.PlieJdbcException failure
                    ? Texts.get(root.locale(), "db.failed", failure.sqlState())
                    : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            message.lines().forEach(line -> err.println(Texts.get(root.locale(), "error", line)));
            if (root.debug) {
                e.printStackTrace(err);
            }
            err.flush();
            return e instanceof InvalidInputException ? INVALID_INPUT : PROCESSING_FAILURE;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** POI logs through Log4j: the command routes it to Log4j's simple logger, switched off, unless told otherwise. */
    private static void quietLogging() {
        if (System.getProperty("log4j2.provider") == null) {
            System.setProperty("log4j2.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
            System.setProperty("log4j2.simplelogLevel", "OFF");
        }
    }

    /** Invalid input given to a command: exit code 2, one located line. */
    public static final class InvalidInputException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public InvalidInputException(String message) {
            super(message);
        }
    }

    /** A processing failure (a database that cannot be reached, a file that cannot be written): exit code 1. */
    public static final class ProcessingException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ProcessingException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
