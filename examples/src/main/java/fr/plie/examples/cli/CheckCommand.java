package fr.plie.examples.cli;

import fr.plie.adapter.json.ParcoursDocument;
import fr.plie.adapter.json.PlieDocument;
import fr.plie.core.parcours.Parcours;
import fr.plie.examples.cli.PlieCommand.InvalidInputException;
import fr.plie.examples.cli.PlieCommand.ProcessingException;
import fr.plie.rules.audit.AuditReport;
import fr.plie.rules.audit.ExitAudit;
import fr.plie.rules.exit.ExitPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code plie check}: the control a PLIE runs before an ESF audit, by plie-rules' {@link ExitAudit}: recorded
 * positive exits the rules do not support (with the reason), positive exits reachable but not proposed, exits
 * lacking valid evidence, and totals; from an NDJSON export or a database, as CSV, XLSX or JSON.
 */
@Command(
        name = "check",
        description = "Contrôle avant audit FSE : sorties positives enregistrées non confirmées par les règles, "
                + "sorties positives non proposées, sorties sans pièces valables, et totaux (CSV, XLSX, JSON).")
final class CheckCommand implements Callable<Integer> {
    @Option(
            names = "--ndjson",
            paramLabel = "FICHIER",
            description = "Export NDJSON des parcours (ou - pour l'entrée standard).")
    String ndjson;

    @Mixin
    DatabaseOptions database;

    @Option(
            names = "--policy",
            defaultValue = "national-guide-2010",
            completionCandidates = Presets.ExitCodes.class,
            description = "Règles de sortie : ${COMPLETION-CANDIDATES}, ou un document de règles .json (défaut :"
                    + " ${DEFAULT-VALUE}).")
    String policy;

    @Mixin
    AsOfOption asOf;

    @Option(
            names = "--format",
            description = "csv, xlsx ou json (défaut : d'après l'extension de --output, sinon csv).")
    String format;

    @Option(
            names = {"-o", "--output"},
            description = "Fichier écrit (défaut : la sortie standard, sauf pour xlsx).")
    Path output;

    @Mixin
    Context context;

    @Override
    public Integer call() {
        Locale locale = context.locale();
        String chosen = format != null ? format.toLowerCase(Locale.ROOT) : formatOf(output);
        if (!chosen.matches("xlsx|csv|json") || ("xlsx".equals(chosen) && output == null)) {
            throw new InvalidInputException(Texts.get(locale, "check.format-unknown", chosen));
        }
        if ((ndjson != null) == database.given()) {
            throw new InvalidInputException(Texts.get(locale, "source.missing"));
        }
        ExitPolicy exitPolicy = Presets.exitPolicy(policy, context);
        LocalDate day = asOf.orToday();
        AuditReport report;
        if (ndjson != null) {
            List<Parcours> parcours = Inputs.documents(PlieDocument.PARCOURS, ndjson, context.in(), locale).stream()
                    .map(ParcoursDocument::parcours)
                    .toList();
            report = ExitAudit.run(parcours.stream(), day, exitPolicy);
        } else {
            Clock clock = Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            try (Store store = database.open(clock, locale)) {
                report = store.withParcours(stream -> ExitAudit.run(stream, day, exitPolicy));
            }
        }
        byte[] bytes = CheckOutput.render(report, chosen, locale);
        if (output == null) {
            context.out().print(new String(bytes, StandardCharsets.UTF_8));
        } else {
            try {
                Files.write(output, bytes);
            } catch (IOException e) {
                throw new ProcessingException(Texts.get(locale, "file.unwritable", output, e.getMessage()), e);
            }
            AuditReport.Totals t = report.totals();
            context.out()
                    .println(Texts.get(
                            locale,
                            "check.done",
                            day,
                            t.unsupported(),
                            t.notProposed(),
                            t.evidenceLacking(),
                            t.parcours(),
                            output));
        }
        return 0;
    }

    private static String formatOf(Path output) {
        if (output == null) {
            return "csv";
        }
        String name = output.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "csv" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
