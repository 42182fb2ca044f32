package fr.plie.examples.cli;

import fr.plie.adapter.json.PlieDocument;
import fr.plie.core.admission.Referent;
import fr.plie.examples.cli.PlieCommand.ProcessingException;
import fr.plie.examples.demo.SyntheticPlie;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code plie serve}: runs the plie server (module plie-server, its own runnable jar) on a database, with {@code
 * --demo} the reference PLIE of {@code plie demo} stored there first (once: a database that already holds
 * parcours is served as it is) and the demo PLIE's rules, protocol, targets and referents handed to the server.
 * The server runs in its own JVM: the {@code plie} jar stays free of the web stack.
 */
@Command(
        name = "serve",
        description = "Lance le serveur plie : l'API HTTP v1 et l'application web (http://localhost:8080).")
final class ServeCommand implements Callable<Integer> {
    static final String DEFAULT_URL = "jdbc:h2:./plie-data/plie";

    @Option(names = "--port", defaultValue = "8080", description = "Port HTTP (défaut : ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--jdbc-url",
            paramLabel = "URL",
            defaultValue = DEFAULT_URL,
            description = "Base du serveur, H2, PostgreSQL ou MariaDB (défaut : ${DEFAULT-VALUE}).")
    String jdbcUrl;

    @Option(names = "--user", description = "Utilisateur de la base.")
    String user;

    @Option(names = "--password", description = "Mot de passe de la base.")
    String password;

    @Option(names = "--demo", description = "Charge d'abord le PLIE de démonstration de plie demo.")
    boolean demo;

    @Mixin
    Context context;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Locale locale = context.locale();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                serverJar(locale).toString(),
                "--port=" + port,
                "--jdbc-url=" + jdbcUrl));
        if (user != null) {
            command.add("--user=" + user);
        }
        if (password != null) {
            command.add("--password=" + password);
        }
        if (demo) {
            command.addAll(demo(locale));
        }
        Process server = new ProcessBuilder(command).inheritIO().start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::destroy));
        return server.waitFor();
    }

    /** Stores the reference PLIE unless the database holds parcours, and returns the demo PLIE's settings. */
    private List<String> demo(Locale locale) throws IOException {
        SyntheticPlie.Plie plie = new SyntheticPlie(
                        DemoCommand.SEED, DemoCommand.clock(), DemoCommand.PROTOCOL.from(), DemoCommand.AS_OF)
                .generate(DemoCommand.PARTICIPANTS, DemoCommand.REFERENTS);
        try (Store store = new Store(DatabaseUrl.check(jdbcUrl, locale), user, password, DemoCommand.clock(), locale)) {
            boolean empty;
            try (Stream<?> all =
                    store.plie.repositories("plie-serve").parcours().streamAll()) {
                empty = all.findAny().isEmpty();
            }
            if (empty) {
                DemoCommand.store(store, plie, context, locale);
            }
        }
        // the demo territory as the starter's eligibility preset with overrides: every field of the policy document
        String eligibility =
                Inputs.JSON.writeAsString(PlieDocument.ELIGIBILITY_POLICY, DemoCommand.eligibilityPolicy());
        String json = "{\"plie\":{\"eligibility\":{\"preset\":\"grand-perigueux-2022-2027\",\"overrides\":"
                + eligibility.replaceFirst("\"formatVersion\"\\s*:\\s*\"1\"\\s*,", "") + "}}}";
        var targets = DemoCommand.TARGETS;
        List<String> settings = new ArrayList<>(List.of(
                "--plie.demo-token=true",
                "--plie.as-of=" + DemoCommand.AS_OF,
                "--plie.exit.preset=" + DemoCommand.POLICY,
                "--spring.application.json=" + json,
                "--plie.protocol-from=" + DemoCommand.PROTOCOL.from(),
                "--plie.protocol-to=" + DemoCommand.PROTOCOL.to()));
        targets.positiveExitRate().forEach(v -> settings.add("--plie.targets.positive-exit-rate=" + v));
        targets.employmentExitRate().forEach(v -> settings.add("--plie.targets.employment-exit-rate=" + v));
        targets.trainingExitRate().forEach(v -> settings.add("--plie.targets.training-exit-rate=" + v));
        targets.protocolParticipants().forEach(v -> settings.add("--plie.targets.protocol-participants=" + v));
        for (Referent r : plie.referents()) {
            settings.add("--plie.referents." + r.id().value() + "=" + r.fte());
        }
        return settings;
    }

    /** plie-server's runnable jar, beside this one in the source tree ({@code ./plie} builds both). */
    static Path serverJar(Locale locale) {
        String given = System.getProperty("plie.server.jar");
        Path jar;
        if (given != null) {
            jar = Path.of(given);
        } else {
            try {
                Path self = Path.of(ServeCommand.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI());
                jar = self.getParent().getParent().getParent().resolve("plie-server/target/plie-server-exec.jar");
            } catch (java.net.URISyntaxException e) {
                throw new ProcessingException(e.getMessage(), e);
            }
        }
        if (!Files.isRegularFile(jar)) {
            throw new ProcessingException(Texts.get(locale, "serve.no-server", jar), null);
        }
        return jar;
    }
}
