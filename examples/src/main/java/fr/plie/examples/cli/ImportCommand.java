package fr.plie.examples.cli;

import fr.plie.adapter.json.ParcoursDocument;
import fr.plie.adapter.json.PlieDocument;
import fr.plie.core.participant.Participant;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code plie import}: stores the parcours of an NDJSON export (with their participants) in a database through
 * plie-adapter-jdbc. The whole file is read and checked first; the parcours are then stored in one transaction,
 * all or none.
 */
@Command(name = "import", description = "Importe un NDJSON de parcours dans une base (H2 par défaut).")
final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FICHIER", description = "Export NDJSON, ou - (entrée standard).")
    String input;

    @Option(
            names = "--jdbc-url",
            defaultValue = Store.DEFAULT_URL,
            description = "Base de données (défaut : ${DEFAULT-VALUE}).")
    String jdbcUrl;

    @Option(names = "--user", description = "Utilisateur de la base.")
    String user;

    @Option(names = "--password", description = "Mot de passe de la base.")
    String password;

    @Option(
            names = "--actor",
            defaultValue = "plie-import",
            description = "Auteur inscrit au journal d'audit (défaut : ${DEFAULT-VALUE}).")
    String actor;

    @CommandLine.ParentCommand
    PlieCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Locale locale = root.locale();
        List<ParcoursDocument> documents = Inputs.documents(PlieDocument.PARCOURS, input, root.in, locale);
        Map<String, Participant> participants = new LinkedHashMap<>();
        for (ParcoursDocument d : documents) {
            d.participant().forEach(p -> participants.put(p.id().value(), p));
        }
        try (Store store = new Store(jdbcUrl, user, password, Clock.systemUTC(), locale)) {
            var repositories = store.plie.repositories(actor);
            var saved = repositories.saveNew(
                    documents.stream().map(ParcoursDocument::parcours).toList());
            if (saved.isLeft()) {
                throw new PlieCommand.ProcessingException(
                        Texts.get(locale, "import.duplicate", saved.getLeft().message(locale)), null);
            }
            try (Progress bar = Progress.of(root.progress, "Import", participants.size())) {
                for (Participant p : participants.values()) {
                    repositories.participants().save(p);
                    bar.step();
                }
            }
        }
        spec.commandLine()
                .getOut()
                .println(Texts.get(locale, "import.done", documents.size(), participants.size(), jdbcUrl));
        return 0;
    }
}
