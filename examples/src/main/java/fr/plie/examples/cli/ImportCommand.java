package fr.plie.examples.cli;

import fr.plie.adapter.jdbc.BatchImport;
import fr.plie.adapter.jdbc.ImportConflict;
import fr.plie.adapter.jdbc.ImportLine;
import fr.plie.core.common.Id;
import fr.plie.examples.cli.PlieCommand.InvalidInputException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code plie import}: stores the parcours of an NDJSON export (with their participants) in a database through
 * plie-adapter-jdbc, in constant memory. The file is read twice: first checked whole (every line valid, no
 * parcours twice, no participant with two contents, nothing stored changed unless {@code --update}), writing
 * nothing if anything is wrong; then stored batch by batch, each batch in one transaction with its participants,
 * audit records and journal row. Killed at any moment, the database holds whole batches only; running the same
 * command again resumes after the last batch stored (docs/persistence.md, "Imports").
 */
@Command(
        name = "import",
        description = "Importe un NDJSON de parcours, ou un tableur CSV/XLSX d'un autre outil, dans une base (H2 par"
                + " défaut).")
final class ImportCommand implements Callable<Integer> {
    /** Errors listed before the import gives up listing them. */
    private static final int MAX_ERRORS = 100;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "FICHIER",
            description =
                    "NDJSON de parcours (ou - pour l'entrée standard), ou tableur .csv ou .xlsx d'un autre outil.")
    String source;

    @Option(
            names = "--mapping",
            paramLabel = "FICHIER",
            description = "Correspondance des colonnes d'un tableur (JSON ; défaut : celle du modèle, docs/import.md).")
    Path mapping;

    @Option(names = "--template", description = "Écrit le modèle de tableur vide, colonnes expliquées (avec -o).")
    boolean template;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FICHIER",
            description = "Fichier du modèle (défaut : modele.xlsx).")
    Path output;

    @Option(
            names = "--dry-run",
            description = "Tableur : contrôle tout et dit ce qui serait importé, sans rien écrire.")
    boolean dryRun;

    @Option(
            names = "--skip-bad-rows",
            description = "Tableur : importe les bonnes lignes et écrit les mauvaises dans le fichier des rejets.")
    boolean skipBadRows;

    @Option(
            names = "--rejects",
            paramLabel = "FICHIER",
            description = "Fichier des rejets (défaut : le nom du tableur suivi de .rejets.csv).")
    Path rejects;

    @Mixin
    DatabaseOptions database;

    @Option(
            names = "--actor",
            defaultValue = "plie-import",
            description = "Auteur inscrit au journal d'audit (défaut : ${DEFAULT-VALUE}).")
    String actor;

    @Option(
            names = "--update",
            description = "Remplace les parcours et participants déjà enregistrés dont le contenu diffère (un parcours"
                    + " seulement s'il est encore à la version du fichier ; depuis un tableur, quelle que soit la version"
                    + " enregistrée).")
    boolean update;

    @Option(
            names = "--batch-size",
            defaultValue = "500",
            description = "Parcours par transaction, de 1 à 10000 (défaut : ${DEFAULT-VALUE}).")
    int batchSize;

    @Mixin
    Context context;

    @Override
    public Integer call() {
        Locale locale = context.locale();
        if (!Id.isValid(actor)) {
            throw new InvalidInputException(Texts.get(locale, "import.actor-invalid", "--actor"));
        }
        if (batchSize < 1 || batchSize > 10_000) {
            throw new InvalidInputException(Texts.get(locale, "import.batch-size", "--batch-size", batchSize));
        }
        if (template) {
            return SpreadsheetImportRun.template(
                    SpreadsheetImportRun.mapping(mapping, locale),
                    output == null ? Path.of("modele.xlsx") : output,
                    locale,
                    context);
        }
        if (source == null) {
            throw new InvalidInputException(Texts.get(locale, "import.no-file"));
        }
        String lower = source.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv") || lower.endsWith(".xlsx")) {
            return new SpreadsheetImportRun(this, locale)
                    .run(Path.of(source), SpreadsheetImportRun.mapping(mapping, locale));
        }
        try (DocumentFile file = DocumentFile.of(source, context.in(), locale)) {
            return run(file, locale);
        }
    }

    private int run(DocumentFile file, Locale locale) {
        String importId = file.digest("batch=" + batchSize + ";update=" + update);
        try (Store store = database.open(Clock.systemUTC(), locale)) {
            BatchImport batches = store.plie.batchImport(actor, importId, update);
            Set<Integer> done = batches.committedBatches();
            long lines = check(file, batches, done, locale);
            ImportTotals totals = new ImportTotals();
            try (Progress bar = Progress.of(context.progress(), "Import", lines)) {
                file.forEachBatch(batchSize, error -> {}, (number, batch) -> {
                    if (!done.contains(number)) {
                        totals.store(batches, number, batch, locale, (line, message) -> located(file, line, message));
                    } else {
                        totals.resumed++;
                    }
                    batch.forEach(l -> bar.step());
                });
            }
            // what the import wrote with compaction off (crash-safe) is compacted once it is all committed
            store.compactH2();
            totals.print(context.out(), locale, database.url());
        }
        return 0;
    }

    /** The first reading: every error of the file and every conflict with the database, or the count of lines. */
    private long check(DocumentFile file, BatchImport batches, Set<Integer> done, Locale locale) {
        // a set: a parcours twice in one batch is found by the batch's check and by the file's, said once
        Set<String> found = new LinkedHashSet<>();
        Map<String, Long> parcoursLines = new HashMap<>();
        Map<String, ParticipantSeen> participants = new HashMap<>();
        long[] lines = {0};
        file.forEachBatch(batchSize, found::add, (number, batch) -> {
            // participants of earlier lines only: those of this batch are the batch's own business
            if (!done.contains(number) && found.size() < MAX_ERRORS) {
                for (ImportConflict c : batches.check(batch, participants::containsKey)) {
                    found.add(located(file, c.line(), c.message(locale)));
                }
            }
            for (ImportLine l : batch) {
                lines[0]++;
                Long first = parcoursLines.putIfAbsent(l.parcours().id().value(), l.line());
                if (first != null) {
                    found.add(located(
                            file,
                            l.line(),
                            Texts.get(
                                    locale,
                                    "import.parcours-twice",
                                    l.parcours().id().value(),
                                    first)));
                }
                l.participant().forEach(p -> {
                    ParticipantSeen seen =
                            participants.putIfAbsent(p.id().value(), new ParticipantSeen(l.line(), p.hashCode()));
                    if (seen != null && seen.hash != p.hashCode()) {
                        found.add(located(
                                file,
                                l.line(),
                                Texts.get(locale, "import.participant-twice", p.id().value(), seen.line)));
                    }
                });
            }
        });
        List<String> errors = new ArrayList<>(found);
        if (!errors.isEmpty()) {
            List<String> shown = new ArrayList<>(errors.subList(0, Math.min(MAX_ERRORS, errors.size())));
            if (errors.size() > MAX_ERRORS) {
                shown.add(Texts.get(locale, "import.more-errors", errors.size() - MAX_ERRORS));
            }
            shown.add(Texts.get(locale, "import.refused", errors.size()));
            throw new InvalidInputException(String.join(System.lineSeparator(), shown));
        }
        return lines[0];
    }

    private static String located(DocumentFile file, long line, String message) {
        return file.name() + ":" + line + ": " + message;
    }

    private record ParticipantSeen(long line, int hash) {}
}
