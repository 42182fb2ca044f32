package fr.plie.examples.cli;

import fr.plie.adapter.jdbc.BatchImport;
import fr.plie.adapter.jdbc.ImportConflict;
import fr.plie.adapter.jdbc.ImportLine;
import fr.plie.examples.cli.PlieCommand.InvalidInputException;
import fr.plie.examples.cli.PlieCommand.ProcessingException;
import fr.plie.spreadsheet.ColumnMapping;
import fr.plie.spreadsheet.ImportedParcours;
import fr.plie.spreadsheet.RejectedRows;
import fr.plie.spreadsheet.RejectsFile;
import fr.plie.spreadsheet.SpreadsheetImport;
import fr.plie.spreadsheet.SpreadsheetTemplate;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code plie import FILE.csv|FILE.xlsx --mapping m.json}: the spreadsheet of another tool into the database, in
 * two readings like the NDJSON import. The first checks every row (and every conflict with what is stored) and
 * writes nothing if a row is bad, unless {@code --skip-bad-rows}, which sets the bad rows aside in a rejects file;
 * {@code --dry-run} stops there. The second stores the parcours batch by batch through {@link BatchImport} (one
 * transaction per batch, journaled: a killed run resumes). Ids are the source's own (after the mapping's prefix), so
 * importing the same file again creates nothing twice; with {@code --update} the file's content replaces what is
 * stored under its ids.
 */
final class SpreadsheetImportRun {
    private static final int MAX_ERRORS = 100;

    private final ImportCommand options;
    private final Locale locale;

    SpreadsheetImportRun(ImportCommand options, Locale locale) {
        this.options = options;
        this.locale = locale;
    }

    /** {@code plie import --template -o FILE}: the template of the mapping. */
    static int template(ColumnMapping mapping, Path output, Locale locale, Context context) {
        try (OutputStream out = Files.newOutputStream(output)) {
            SpreadsheetTemplate.write(mapping, locale, out);
        } catch (IOException e) {
            throw new ProcessingException(Texts.get(locale, "file.unwritable", output, e.getMessage()), e);
        }
        context.out().println(Texts.get(locale, "import.template-written", output));
        return 0;
    }

    /** The mapping of {@code --mapping}, or the default one. */
    static ColumnMapping mapping(Path file, Locale locale) {
        if (file == null) {
            return ColumnMapping.defaults();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return ColumnMapping.read(in)
                    .getOrElseThrow(r -> new InvalidInputException(file.getFileName() + " : "
                            + new fr.plie.spreadsheet.CellError(
                                            file.getFileName().toString(), "", 0, "", "", r)
                                    .reason(locale)));
        } catch (IOException e) {
            throw new InvalidInputException(Texts.get(locale, "input.unreadable", file, e.getMessage()));
        }
    }

    int run(Path file, ColumnMapping mapping) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(Texts.get(locale, "input.unreadable", file, "?"));
        }
        SpreadsheetImport reader = SpreadsheetImport.of(mapping);
        String importId = digest(
                file,
                "sheet;batch=" + options.batchSize + ";update=" + options.update + ";skip=" + options.skipBadRows);
        if (options.dryRun) {
            return dryRun(file, mapping, reader, importId);
        }
        try (Store store = options.database.open(Clock.systemUTC(), locale)) {
            BatchImport batches = batches(store, importId);
            Set<Integer> done = batches.committedBatches();
            Check check = check(file, mapping, reader, batches, done);
            ImportTotals totals = new ImportTotals();
            inBatches(reader, file, ignored -> {}, (number, batch) -> {
                if (done.contains(number)) {
                    totals.resumed++;
                } else {
                    totals.store(
                            batches,
                            number,
                            batch,
                            locale,
                            (line, message) -> file.getFileName() + ", " + Texts.get(locale, "import.row", line) + " : "
                                    + message);
                }
            });
            totals.print(options.context.out(), locale, options.database.url());
            if (check.rejectedRows > 0) {
                options.context
                        .out()
                        .println(Texts.get(locale, "import.rejected", check.rejectedRows, rejectsPath(file)));
            }
        }
        return 0;
    }

    private BatchImport batches(Store store, String importId) {
        return options.update
                ? store.plie.sourceImport(options.actor, importId)
                : store.plie.batchImport(options.actor, importId, false);
    }

    /**
     * {@code --dry-run}: the file checked, and against the database when it exists and is up to date; a database
     * that does not exist is neither created nor migrated (the file is then checked alone, as the import into a new
     * database would check it), and one whose tables are out of date is not migrated (conflicts with what it
     * stores are not checked).
     */
    private int dryRun(Path file, ColumnMapping mapping, SpreadsheetImport reader, String importId) {
        Option<Store> opened = options.database.openAsIs(Clock.systemUTC(), locale);
        try {
            BatchImport batches = null;
            Set<Integer> done = Set.of();
            String url = options.database.url();
            if (opened.isEmpty()) {
                options.context.out().println(Texts.get(locale, "import.dry-run-no-database", url));
            } else if (!opened.get().hasPlieTables()) {
                options.context.out().println(Texts.get(locale, "import.dry-run-no-tables", url));
            } else if (opened.get().pendingMigrations() > 0) {
                options.context
                        .out()
                        .println(Texts.get(
                                locale,
                                "import.dry-run-outdated",
                                url,
                                opened.get().pendingMigrations()));
            } else {
                batches = batches(opened.get(), importId);
                done = batches.committedBatches();
            }
            Check check = check(file, mapping, reader, batches, done);
            options.context.out().println(Texts.get(locale, "import.dry-run", check.parcours, check.rejectedRows));
            return 0;
        } finally {
            opened.forEach(Store::close);
        }
    }

    private record Check(long parcours, long rejectedRows) {}

    /**
     * The first reading: the bad rows (to the rejects file, or refusing the import) and the conflicts with what is
     * stored ({@code batches} null: none to check).
     */
    private Check check(
            Path file, ColumnMapping mapping, SpreadsheetImport reader, BatchImport batches, Set<Integer> done) {
        List<String> errors = new ArrayList<>();
        long[] rejectedRows = {0};
        long[] parcours = {0};
        Map<String, Integer> participants = new HashMap<>();
        Path rejects = rejectsPath(file);
        try (RejectsFile rejectsFile = options.skipBadRows && !options.dryRun
                ? RejectsFile.open(mapping, locale, Files.newOutputStream(rejects))
                : null) {
            Consumer<RejectedRows> onRejected = bad -> {
                rejectedRows[0] += Math.max(1, bad.rows().size());
                boolean fileLevel = bad.rows().isEmpty()
                        || bad.rows().get(0).number() == 1
                                && bad.errors().stream().anyMatch(e -> e.row() == 1);
                if (!options.skipBadRows || fileLevel) {
                    bad.errors().forEach(e -> errors.add(e.message(locale)));
                }
                if (rejectsFile != null) {
                    try {
                        rejectsFile.write(bad);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
            inBatches(reader, file, onRejected, (number, batch) -> {
                if (batches != null && !done.contains(number) && errors.size() < MAX_ERRORS) {
                    for (ImportConflict c : batches.check(batch, participants::containsKey)) {
                        errors.add(file.getFileName() + ", " + Texts.get(locale, "import.row", c.line()) + " : "
                                + c.message(locale));
                    }
                }
                for (ImportLine l : batch) {
                    parcours[0]++;
                    l.participant().forEach(p -> {
                        Integer seen = participants.putIfAbsent(p.id().value(), p.hashCode());
                        if (seen != null && seen != p.hashCode()) {
                            errors.add(file.getFileName() + ", " + Texts.get(locale, "import.row", l.line()) + " : "
                                    + Texts.get(locale, "import.participant-twice", p.id().value(), "?"));
                        }
                    });
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new ProcessingException(Texts.get(locale, "file.unwritable", rejects, e.getMessage()), e);
        }
        if (!errors.isEmpty()) {
            List<String> shown = new ArrayList<>(errors.subList(0, Math.min(MAX_ERRORS, errors.size())));
            if (errors.size() > MAX_ERRORS) {
                shown.add(Texts.get(locale, "import.more-errors", errors.size() - MAX_ERRORS));
            }
            shown.add(Texts.get(locale, "import.refused", errors.size()));
            if (!options.skipBadRows) {
                shown.add(Texts.get(locale, "import.skip-hint"));
            }
            throw new InvalidInputException(String.join(System.lineSeparator(), shown));
        }
        return new Check(parcours[0], rejectedRows[0]);
    }

    private interface BatchHandler {
        void batch(int number, List<ImportLine> lines);
    }

    /** Reads the file, handing its good parcours in batches of {@code --batch-size}, numbered from 0. */
    private void inBatches(SpreadsheetImport reader, Path file, Consumer<RejectedRows> rejected, BatchHandler handler) {
        List<ImportLine> batch = new ArrayList<>();
        int[] number = {0};
        Consumer<ImportedParcours> imported = p -> {
            batch.add(new ImportLine(p.firstRow(), p.parcours(), Option.some(p.participant())));
            if (batch.size() == options.batchSize) {
                handler.batch(number[0]++, List.copyOf(batch));
                batch.clear();
            }
        };
        reader.read(file, imported, rejected);
        if (!batch.isEmpty()) {
            handler.batch(number[0], List.copyOf(batch));
        }
    }

    /** {@code --rejects}, or the file's name with {@code .rejets.csv} beside it. */
    Path rejectsPath(Path file) {
        if (options.rejects != null) {
            return options.rejects;
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".rejets.csv");
    }

    private String digest(Path file, String settings) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            MessageDigest digest = ((DigestInputStream) in).getMessageDigest();
            digest.update(settings.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new InvalidInputException(Texts.get(locale, "input.unreadable", file, e.getMessage()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
