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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code plie import}: stores the parcours of an NDJSON export (with their participants) in a database through
 * plie-adapter-jdbc. The whole file is read and checked first; the parcours are then stored in one transaction,
 * all or none.
 */
@Command(name = "import", description = "Importe un NDJSON de parcours dans une base (H2 par défaut).")
final class ImportCommand implements Callable<Integer> {
    @Mixin
    InputFile input;

    @Mixin
    DatabaseOptions database;

    @Option(
            names = "--actor",
            defaultValue = "plie-import",
            description = "Auteur inscrit au journal d'audit (défaut : ${DEFAULT-VALUE}).")
    String actor;

    @Mixin
    Context context;

    @Override
    public Integer call() {
        Locale locale = context.locale();
        List<ParcoursDocument> documents = input.documents(PlieDocument.PARCOURS, context);
        Map<String, Participant> participants = new LinkedHashMap<>();
        for (ParcoursDocument d : documents) {
            d.participant().forEach(p -> participants.put(p.id().value(), p));
        }
        try (Store store = database.open(Clock.systemUTC(), locale)) {
            var repositories = store.plie.repositories(actor);
            var saved = repositories.saveNew(
                    documents.stream().map(ParcoursDocument::parcours).toList());
            if (saved.isLeft()) {
                throw new PlieCommand.ProcessingException(
                        Texts.get(locale, "import.duplicate", saved.getLeft().message(locale)), null);
            }
            try (Progress bar = Progress.of(context.progress(), "Import", participants.size())) {
                for (Participant p : participants.values()) {
                    repositories.participants().save(p);
                    bar.step();
                }
            }
        }
        context.out().println(Texts.get(locale, "import.done", documents.size(), participants.size(), database.url()));
        return 0;
    }
}
