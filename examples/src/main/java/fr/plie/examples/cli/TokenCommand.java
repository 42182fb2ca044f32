package fr.plie.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Unmatched;

/**
 * {@code plie token add --role ROLE --name NAME}: the server's API tokens, handled by plie-server itself (its
 * table, its hashing) in its own JVM; this command passes its arguments on.
 */
@Command(
        name = "token",
        description = "Jetons d'accès de plie serve : token add --role ROLE --name NOM, token revoke, token list.")
final class TokenCommand implements Callable<Integer> {
    @Unmatched
    List<String> arguments = new ArrayList<>();

    @Mixin
    Context context;

    @Override
    public Integer call() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                ServeCommand.serverJar(context.locale()).toString(),
                "token"));
        command.addAll(arguments);
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}
