package fr.plie.examples.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every subcommand takes from the {@code plie} command it runs under, mixed in with {@code @Mixin}: the
 * language of its texts, standard input and output, and whether long steps draw a progress bar. Adds no option
 * (picocli takes as a mixin only a class annotated for it, hence the empty {@code @Command}).
 */
@Command
final class Context {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    PlieCommand root() {
        return (PlieCommand) command.root().userObject();
    }

    /** French unless {@code --lang en}. */
    Locale locale() {
        return root().locale();
    }

    /** What {@code -} reads: standard input, replaced in tests. */
    InputStream in() {
        return root().in;
    }

    PrintWriter out() {
        return command.commandLine().getOut();
    }

    PrintWriter err() {
        return command.commandLine().getErr();
    }

    boolean progress() {
        return root().progress;
    }
}
