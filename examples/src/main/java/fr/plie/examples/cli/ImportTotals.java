package fr.plie.examples.cli;

import fr.plie.adapter.jdbc.BatchImport;
import fr.plie.adapter.jdbc.BatchImport.BatchResult;
import fr.plie.adapter.jdbc.ImportLine;
import fr.plie.adapter.jdbc.PlieJdbcException;
import fr.plie.examples.cli.PlieCommand.InvalidInputException;
import fr.plie.examples.cli.PlieCommand.ProcessingException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/** What an import stored, batch after batch: the figures `plie import` prints, NDJSON or spreadsheet alike. */
final class ImportTotals {
    long parcours;
    long created;
    long replaced;
    long unchanged;
    long participants;
    long participantsReplaced;
    long resumed;

    /**
     * Stores batch {@code number} and adds what it stored. A conflict with the database (changed since the
     * check) writes nothing of the batch and stops the import with each conflict, {@code located} at its line; a
     * failure of the database stops it with the batch's SQL state.
     */
    void store(
            BatchImport batches,
            int number,
            List<ImportLine> batch,
            Locale locale,
            BiFunction<Long, String, String> located) {
        long first = batch.get(0).line();
        long last = batch.get(batch.size() - 1).line();
        try {
            var stored = batches.store(number, batch);
            if (stored.isLeft()) {
                List<String> errors = new ArrayList<>();
                stored.getLeft().forEach(c -> errors.add(located.apply(c.line(), c.message(locale))));
                errors.add(Texts.get(locale, "import.stopped", number + 1, first, last));
                throw new InvalidInputException(String.join(System.lineSeparator(), errors));
            }
            add(stored.get());
        } catch (PlieJdbcException e) {
            throw new ProcessingException(
                    Texts.get(locale, "import.batch-failed", number + 1, first, last, e.sqlState()), e);
        }
    }

    private void add(BatchResult r) {
        parcours += r.parcoursCreated() + r.parcoursReplaced() + r.parcoursUnchanged();
        created += r.parcoursCreated();
        replaced += r.parcoursReplaced();
        unchanged += r.parcoursUnchanged();
        participants += r.participantsCreated() + r.participantsReplaced();
        participantsReplaced += r.participantsReplaced();
    }

    /** The two lines that end an import into the database at {@code url}: the totals, then their details. */
    void print(PrintWriter out, Locale locale, String url) {
        out.println(Texts.get(locale, "import.done", parcours, participants, url));
        out.println(Texts.get(locale, "import.details", created, replaced, unchanged, participantsReplaced, resumed));
    }
}
