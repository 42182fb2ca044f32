package fr.plie.examples.cli;

import fr.plie.adapter.jdbc.BatchImport.BatchResult;
import java.io.PrintWriter;
import java.util.Locale;

/** What an import stored, batch after batch: the figures `plie import` prints, NDJSON or spreadsheet alike. */
final class ImportTotals {
    long parcours;
    long created;
    long replaced;
    long unchanged;
    long participants;
    long participantsReplaced;
    long resumed;

    void add(BatchResult r) {
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
