package fr.plie.examples.cli;

import fr.plie.core.esf.EsfOperation;
import fr.plie.core.esf.EsfOperationId;
import fr.plie.core.esf.EsfOperations;
import fr.plie.core.esf.EsfRecord;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursWithParticipant;
import fr.plie.core.participant.Participant;
import fr.plie.core.participant.ParticipantId;
import fr.plie.examples.cli.PlieCommand.InvalidInputException;
import fr.plie.examples.cli.PlieCommand.ProcessingException;
import fr.plie.export.esf.EsfColumns;
import fr.plie.export.esf.EsfConfigError;
import fr.plie.export.esf.EsfFileHeader;
import fr.plie.export.esf.EsfOperationsFile;
import fr.plie.export.esf.EsfParticipantFile;
import fr.plie.reporting.esf.EsfAlert;
import fr.plie.reporting.esf.EsfCompleteness;
import fr.plie.reporting.esf.EsfDeadlines;
import fr.plie.reporting.esf.EsfExport;
import fr.plie.reporting.esf.EsfOperationTable;
import fr.plie.reporting.esf.EsfParticipantRow;
import fr.plie.reporting.esf.EsfSheet;
import fr.plie.reporting.esf.MissingAnswer;
import fr.plie.reporting.esf.OperationRule;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code plie esf}: the ESF+ participant data of a declared operation (docs/esf.md): {@code export} writes the
 * participant file and the EECO/EECR table, {@code check} lists the answers still missing and the alerts.
 */
@Command(
        name = "esf",
        description = "Données participants FSE+ d'une opération : fichier, tableau EECO/EECR, réponses manquantes.",
        subcommands = {EsfCommand.Export.class, EsfCommand.Check.class})
final class EsfCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What both subcommands read: the declared operations, the rule, the database, the date. */
    static final class Selection {
        @Option(names = "--operation", required = true, paramLabel = "ID", description = "Opération FSE+.")
        String operation;

        @Option(
                names = "--operations",
                required = true,
                paramLabel = "FICHIER",
                description = "Opérations déclarées (CSV : identifiant;début;fin;structure porteuse;libellé).")
        Path operations;

        @Option(
                names = "--rule",
                defaultValue = "split",
                description = "Parcours sur plusieurs opérations : split (une entrée et une sortie par opération,"
                        + " défaut) ou first (la première opération seulement).")
        String rule;

        @Mixin
        DatabaseOptions database;

        @Mixin
        AsOfOption asOf;

        OperationRule rule(Locale locale) {
            return switch (rule) {
                case "split" -> OperationRule.SPLIT_AT_OPERATION_BOUNDARIES;
                case "first" -> OperationRule.FIRST_OPERATION_ONLY;
                default -> throw new InvalidInputException(Texts.get(locale, "esf.rule.unknown", rule));
            };
        }

        EsfOperations operations(Locale locale) {
            return config(operations, EsfOperationsFile::read, locale);
        }

        /** The rows of the operation, read from the database as of the date. */
        List<EsfParticipantRow> rows(EsfOperations declared, EsfOperation chosen, LocalDate day, Locale locale) {
            EsfExport export = new EsfExport(declared, rule(locale), EsfDeadlines.DEFAULT);
            List<EsfParticipantRow> rows = new ArrayList<>();
            Clock clock = Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            try (Store store = database.openExisting(clock, locale)) {
                var repositories = store.plie.repositories("plie-esf");
                Map<ParticipantId, EsfRecord> entered = new HashMap<>();
                repositories.esfRecords().findByOperation(chosen.id()).forEach(r -> entered.put(r.participant(), r));
                // participants read a page at a time with their parcours, not looked up one by one
                try (Stream<ParcoursWithParticipant> all = repositories.streamAllWithParticipants()) {
                    all.forEach(joined -> {
                        Parcours p = joined.parcours();
                        Participant participant = joined.participant()
                                .getOrElseThrow(() -> new ProcessingException(
                                        Texts.get(locale, "db.participant-missing", p.id(), p.participant()), null));
                        rows.addAll(export.rows(chosen.id(), p, participant, entered, day));
                    });
                }
            }
            return rows;
        }

        EsfOperation chosen(EsfOperations declared, Locale locale) {
            if (!fr.plie.core.common.Id.isValid(operation)) {
                throw new InvalidInputException(Texts.get(locale, "esf.operation.unknown", operation, this.operations));
            }
            return declared.find(EsfOperationId.of(operation))
                    .getOrElseThrow(() -> new InvalidInputException(
                            Texts.get(locale, "esf.operation.unknown", operation, this.operations)));
        }
    }

    /** Reads a configuration file of plie-reporting's ESF+ package, or stops with its located errors. */
    static <T> T config(Path file, BiFunction<Reader, String, Either<List<EsfConfigError>, T>> reader, Locale locale) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Either<List<EsfConfigError>, T> read = reader.apply(in, file.toString());
            if (read.isLeft()) {
                throw new InvalidInputException(String.join(
                        "\n",
                        read.getLeft().stream().map(e -> e.message(locale)).toList()));
            }
            return read.get();
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(Texts.get(locale, "input.not-found", file));
        } catch (IOException e) {
            throw new InvalidInputException(Texts.get(locale, "input.unreadable", file, e.getMessage()));
        }
    }

    @Command(name = "export", description = "Écrit le fichier des participants FSE+ d'une opération (CSV UTF-8 ;).")
    static final class Export implements Callable<Integer> {
        @Mixin
        Selection selection;

        @Option(
                names = {"-o", "--output"},
                required = true,
                description = "Fichier des participants écrit.")
        Path output;

        @Option(names = "--table", paramLabel = "FICHIER", description = "Tableau EECO/EECR de l'opération écrit.")
        Path table;

        @Option(
                names = "--columns",
                paramLabel = "FICHIER",
                description = "Correspondance des colonnes (défaut : le modèle livré, docs/esf.md).")
        Path columns;

        @Option(
                names = "--by",
                defaultValue = "plie-esf",
                description = "Qui extrait, écrit dans l'en-tête (défaut : ${DEFAULT-VALUE}).")
        String by;

        @Mixin
        Context context;

        @Override
        public Integer call() {
            Locale locale = context.locale();
            EsfOperations declared = selection.operations(locale);
            EsfOperation operation = selection.chosen(declared, locale);
            EsfColumns mapping = columns == null ? EsfColumns.defaults() : config(columns, EsfColumns::read, locale);
            LocalDate day = selection.asOf.orToday();
            List<EsfParticipantRow> rows = selection.rows(declared, operation, day, locale);
            EsfFileHeader header = new EsfFileHeader(
                    by,
                    OffsetDateTime.now(ZoneOffset.UTC).withNano(0),
                    Texts.get(locale, "esf.filter", operation.id(), selection.rule, day));
            write(output, out -> EsfParticipantFile.write(operation, rows, mapping, header, locale, out), locale);
            if (table != null) {
                write(
                        table,
                        out -> EsfParticipantFile.writeTable(
                                EsfOperationTable.of(operation, rows), header, locale, out),
                        locale);
            }
            context.out().println(Texts.get(locale, "esf.done", rows.size(), operation.id(), output));
            return 0;
        }
    }

    @Command(name = "check", description = "Liste les réponses FSE+ manquantes d'une opération et les alertes.")
    static final class Check implements Callable<Integer> {
        @Mixin
        Selection selection;

        @Option(
                names = "--warn-days",
                defaultValue = "7",
                description =
                        "Alerte « à recueillir » ce nombre de jours avant l'échéance (défaut : ${DEFAULT-VALUE}).")
        int warnDays;

        @Mixin
        Context context;

        @Override
        public Integer call() {
            Locale locale = context.locale();
            EsfOperations declared = selection.operations(locale);
            EsfOperation operation = selection.chosen(declared, locale);
            LocalDate day = selection.asOf.orToday();
            List<EsfSheet> sheets = selection.rows(declared, operation, day, locale).stream()
                    .map(EsfParticipantRow::sheet)
                    .toList();
            for (MissingAnswer missing : EsfCompleteness.missing(sheets)) {
                context.out()
                        .println(Texts.get(
                                locale,
                                "esf.missing",
                                missing.participant(),
                                missing.question().name(),
                                missing.dueOn()));
            }
            for (EsfAlert alert : EsfCompleteness.alerts(sheets, day, warnDays)) {
                context.out().println(alert.message(locale));
            }
            return 0;
        }
    }

    @FunctionalInterface
    interface Writing {
        void to(OutputStream out) throws IOException;
    }

    /** Participants' rows: written owner-only through a temporary file renamed when complete (OutputFiles). */
    static void write(Path file, Writing writing, Locale locale) {
        OutputFiles.write(file, List.of(), locale, writing::to);
    }
}
