package fr.plie.examples.cli;

import fr.plie.adapter.json.NdjsonWriter;
import fr.plie.adapter.json.ParcoursDocument;
import fr.plie.adapter.json.PlieDocument;
import fr.plie.core.parcours.FreeTexts;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.participant.BirthDatePrecision;
import fr.plie.spreadsheet.SpreadsheetExport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code plie export}: writes every parcours of a database, with its participant, as NDJSON (v1). With {@code
 * --pseudonymise} the participants come without personal data, their birth dates generalised to the year (or
 * the month), and every free text of the parcours is replaced (GDPR: data minimisation for analyses and
 * exchanges). Written to a temporary file readable by its owner only, renamed when complete. With {@code --format
 * csv|xlsx} it writes the spreadsheet {@code plie import} reads back with the same {@code --mapping}
 * (docs/import.md), and names the parcours that hold details its columns do not carry.
 */
@Command(
        name = "export",
        description = "Exporte les parcours d'une base en NDJSON (pseudonymisé sur demande), ou en tableur CSV/XLSX"
                + " avec une correspondance de colonnes.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;

    @Option(
            names = {"-o", "--output"},
            description =
                    "Fichier NDJSON écrit (défaut : la sortie standard), ou tableur (obligatoire en csv et xlsx).")
    Path output;

    @Option(
            names = "--format",
            paramLabel = "ndjson|csv|xlsx",
            defaultValue = "ndjson",
            description = "ndjson (tout le parcours), ou csv et xlsx : les colonnes de --mapping, que plie import relit"
                    + " (défaut : ${DEFAULT-VALUE}).")
    String format;

    @Option(
            names = "--mapping",
            paramLabel = "FICHIER",
            description = "Correspondance des colonnes du tableur (JSON ; défaut : celle du modèle, docs/import.md).")
    Path mapping;

    @Option(
            names = "--pseudonymise",
            description = "Sans données personnelles ni textes libres, dates de naissance généralisées.")
    boolean pseudonymise;

    @Option(
            names = "--birth-date",
            paramLabel = "year|month",
            defaultValue = "year",
            description = "Précision des dates de naissance pseudonymisées : year (1er janvier) ou month (1er du"
                    + " mois) (défaut : ${DEFAULT-VALUE}).")
    String birthDate;

    @Mixin
    Context context;

    @Override
    public Integer call() throws IOException {
        Locale locale = context.locale();
        BirthDatePrecision precision = precision(locale);
        String kind = format.toLowerCase(Locale.ROOT);
        if (!List.of("ndjson", "csv", "xlsx").contains(kind)) {
            throw new PlieCommand.InvalidInputException(Texts.get(locale, "export.format", "--format", format));
        }
        if (!kind.equals("ndjson") && output == null) {
            throw new PlieCommand.InvalidInputException(Texts.get(locale, "export.sheet-output", "-o"));
        }
        DatabaseUrl url = database.checked(locale);
        if (output != null) {
            OutputFiles.refuseCollision(output, databaseFiles(url), locale);
        }
        try (Store store = database.openExisting(Clock.systemUTC(), locale)) {
            var repositories = pseudonymise ? store.plie.pseudonymised() : store.plie.repositories("plie-export");
            if (!kind.equals("ndjson")) {
                return spreadsheet(repositories, url, kind.equals("xlsx"), precision, locale);
            }
            long[] written = {0};
            OutputFiles.Content content = target -> {
                // every parcours in id order, read page by page through the port: memory holds one page
                try (NdjsonWriter<ParcoursDocument> writer = Inputs.JSON.writeNdjson(PlieDocument.PARCOURS, target);
                        Progress bar = Progress.of(context.progress(), "Export", -1);
                        Stream<Parcours> all = repositories.parcours().streamAll()) {
                    for (Parcours stored : (Iterable<Parcours>) all::iterator) {
                        // pseudonymised: every free text replaced (FreeTexts lists them), no personal data
                        Parcours p = pseudonymise ? FreeTexts.replaced(stored, FreeTexts.PSEUDONYMISED) : stored;
                        writer.write(repositories
                                .participants()
                                .findById(p.participant())
                                .map(participant -> pseudonymise ? precision.pseudonymise(participant) : participant)
                                .map(participant -> ParcoursDocument.of(p, participant))
                                .getOrElse(() -> ParcoursDocument.of(p)));
                        bar.step();
                    }
                    written[0] = writer.written();
                }
            };
            if (output == null) {
                content.write(new WriterStream(context.out()));
            } else {
                // holds personal data unless pseudonymised: written owner-only, renamed into place when complete
                OutputFiles.write(output, databaseFiles(url), locale, content);
                context.err().println(Texts.get(locale, "export.done", written[0], output));
            }
        }
        return 0;
    }

    /**
     * {@code --format csv|xlsx}: the parcours in the mapping's columns, each checked to read back identical; those
     * holding what no column carries are counted and named (by their pseudonymous ids).
     */
    private int spreadsheet(
            fr.plie.adapter.jdbc.PlieRepositories repositories,
            DatabaseUrl url,
            boolean xlsx,
            BirthDatePrecision precision,
            Locale locale)
            throws IOException {
        SpreadsheetExport export = SpreadsheetExport.of(SpreadsheetImportRun.mapping(mapping, locale));
        long[] written = {0};
        List<String> lossy = new java.util.ArrayList<>();
        long[] lossyCount = {0};
        OutputFiles.write(output, databaseFiles(url), locale, target -> {
            try (SpreadsheetExport.Sheet sheet = xlsx ? export.xlsx(target) : export.csv(target);
                    Progress bar = Progress.of(context.progress(), "Export", -1);
                    Stream<Parcours> all = repositories.parcours().streamAll()) {
                for (Parcours stored : (Iterable<Parcours>) all::iterator) {
                    Parcours p = pseudonymise ? FreeTexts.replaced(stored, FreeTexts.PSEUDONYMISED) : stored;
                    var participant = repositories
                            .participants()
                            .findById(p.participant())
                            .map(found -> pseudonymise ? precision.pseudonymise(found) : found)
                            .getOrElseThrow(() -> new PlieCommand.ProcessingException(
                                    Texts.get(locale, "db.participant-missing", p.id(), p.participant()), null));
                    if (!sheet.write(participant, p)) {
                        lossyCount[0]++;
                        if (lossy.size() < 10) {
                            lossy.add(p.id().value());
                        }
                    }
                    written[0]++;
                    bar.step();
                }
            }
        });
        context.err().println(Texts.get(locale, "export.done", written[0], output));
        if (lossyCount[0] > 0) {
            context.err()
                    .println(Texts.get(
                            locale,
                            "export.sheet-lossy",
                            lossyCount[0],
                            String.join(", ", lossy) + (lossyCount[0] > lossy.size() ? ", ..." : "")));
        }
        return 0;
    }

    private BirthDatePrecision precision(Locale locale) {
        return switch (birthDate.toLowerCase(Locale.ROOT)) {
            case "year" -> BirthDatePrecision.YEAR;
            case "month" -> BirthDatePrecision.MONTH;
            default ->
                throw new PlieCommand.InvalidInputException(
                        Texts.get(locale, "export.birth-date", "--birth-date", birthDate));
        };
    }

    /** The files of an embedded H2 database, which an export must not overwrite. */
    static List<Path> databaseFiles(DatabaseUrl url) {
        Path file = url.h2DataFile();
        return file == null ? List.of() : List.of(file, url.h2File());
    }

    /** Standard output as bytes, for the NDJSON writer: decoded line by line (a newline never splits a character). */
    private static final class WriterStream extends OutputStream {
        private final java.io.PrintWriter out;
        private final java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();

        WriterStream(java.io.PrintWriter out) {
            this.out = out;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            pending.write(b, off, len);
            if (len > 0 && b[off + len - 1] == '\n') {
                drain();
            }
        }

        private void drain() {
            out.write(pending.toString(java.nio.charset.StandardCharsets.UTF_8));
            pending.reset();
        }

        @Override
        public void close() {
            drain();
            out.flush();
        }
    }
}
