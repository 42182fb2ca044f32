package fr.plie.examples.cli;

import fr.plie.adapter.jdbc.BatchImport.BatchResult;

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
}
