package fr.plie.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code plie} command: the reference PLIE and the tools around the library. Exit codes: 0 success, 1
 * processing failure, 2 invalid input. Errors are one line each; {@code --debug} adds the stack trace.
 */
@Command(
        name = "plie",
        mixinStandardHelpOptions = true,
        version = "plie 0.1.0-SNAPSHOT",
        description = "Les règles des PLIE : démonstration, sorties, éligibilité, indicateurs.",
        subcommands = {DemoCommand.class})
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

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command in-process (tests use this) and returns its exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        PlieCommand root = new PlieCommand();
        CommandLine cli = new CommandLine(root);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> e instanceof InvalidInputException ? INVALID_INPUT : PROCESSING_FAILURE);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("Erreur : " + e.getMessage());
            return INVALID_INPUT;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("Erreur : " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            if (root.debug) {
                e.printStackTrace(err);
            }
            return e instanceof InvalidInputException ? INVALID_INPUT : PROCESSING_FAILURE;
        });
        return cli.execute(args);
    }

    /** Invalid input given to a command: exit code 2, one located line. */
    public static final class InvalidInputException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public InvalidInputException(String message) {
            super(message);
        }
    }
}
