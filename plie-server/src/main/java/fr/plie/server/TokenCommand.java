package fr.plie.server;

import fr.plie.server.security.Role;
import fr.plie.server.security.Tokens;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code plie token add --role ROLE --name NAME}: creates an API token, prints it once and stores only its hash;
 * {@code plie token revoke --name NAME}; {@code plie token list}. A referent's token is named after their
 * referent id ({@code REF-01}): it is how the server knows whose participants they are.
 */
@Command(
        name = "token",
        mixinStandardHelpOptions = true,
        description = "Gère les jetons d'accès de plie serve.",
        subcommands = {TokenCommand.Add.class, TokenCommand.Revoke.class, TokenCommand.ListTokens.class})
final class TokenCommand {
    static final String DEFAULT_URL = "jdbc:h2:./plie-data/plie";

    static class Database {
        @Option(
                names = "--jdbc-url",
                defaultValue = DEFAULT_URL,
                description = "Base du serveur (défaut : ${DEFAULT-VALUE}).")
        String url;

        @Option(names = "--user", description = "Utilisateur de la base.")
        String user;

        @Option(names = "--password", description = "Mot de passe de la base.")
        String password;

        Tokens open() {
            DriverManagerDataSource ds = new DriverManagerDataSource(url);
            ds.setUsername(user);
            ds.setPassword(password);
            Tokens tokens = new Tokens(ds, Clock.systemUTC());
            tokens.migrate();
            return tokens;
        }
    }

    @Command(name = "add", description = "Crée un jeton, l'affiche une seule fois et n'en garde que l'empreinte.")
    static final class Add implements Callable<Integer> {
        @Option(names = "--role", required = true, description = "reporting, referent, coordinator ou admin.")
        String role;

        @Option(
                names = "--name",
                required = true,
                description = "Nom du jeton (l'identifiant du référent pour un référent).")
        String name;

        @CommandLine.Mixin
        Database database = new Database();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Role parsed = Role.parse(role);
            if (parsed == null) {
                spec.commandLine().getErr().println("Rôle inconnu : reporting, referent, coordinator ou admin.");
                return 2;
            }
            try {
                String token = database.open().add(name, parsed);
                spec.commandLine().getOut().println(token);
                spec.commandLine()
                        .getErr()
                        .println("Jeton « " + name + " » (" + parsed.code()
                                + ") créé : conservez-le, il ne sera plus affiché.");
                return 0;
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("Nom invalide : 1 à 64 lettres, chiffres ou . - _ :");
                return 2;
            }
        }
    }

    @Command(name = "revoke", description = "Révoque les jetons d'un nom.")
    static final class Revoke implements Callable<Integer> {
        @Option(names = "--name", required = true)
        String name;

        @CommandLine.Mixin
        Database database = new Database();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().getOut().println(database.open().revoke(name) + " jeton(s) révoqué(s).");
            return 0;
        }
    }

    @Command(name = "list", description = "Liste les noms et rôles des jetons (jamais les jetons).")
    static final class ListTokens implements Callable<Integer> {
        @CommandLine.Mixin
        Database database = new Database();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            database.open()
                    .list()
                    .forEach(h -> spec.commandLine()
                            .getOut()
                            .println(h.name() + "\t" + h.role().code()));
            return 0;
        }
    }

    /** Runs {@code token ...}; returns the exit code. */
    static int run(String[] args) {
        return run(
                args,
                new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    }

    static int run(String[] args, PrintWriter out, PrintWriter err) {
        // standard output carries the token alone: Flyway's progress stays quiet
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        CommandLine cli = new CommandLine(new TokenCommand());
        cli.setOut(out);
        cli.setErr(err);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
