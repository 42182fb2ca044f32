package fr.plie.examples.cli;

import fr.plie.adapter.json.PlieDocument;
import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.core.participant.ParticipantId;
import fr.plie.core.participant.Profile;
import fr.plie.examples.cli.PlieCommand.InvalidInputException;
import fr.plie.examples.cli.PlieCommand.ProcessingException;
import fr.plie.export.Disclosure;
import fr.plie.export.ExportSettings;
import fr.plie.export.ReportExporter;
import fr.plie.export.ReportExporters;
import fr.plie.reporting.indicator.IndicatorAccumulator;
import fr.plie.reporting.indicator.IndicatorReport;
import fr.plie.reporting.indicator.ReportedParcours;
import fr.plie.reporting.indicator.ReportingOptions;
import fr.plie.rules.exit.ExitPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code plie report}: the indicators of a period (seeds 001, 003, 004 and the ESF+ common indicators), computed
 * by plie-reporting from an NDJSON export or from a database, written by plie-export as HTML, PDF, XLSX or CSV, or
 * as JSON; with {@code --policy}, the exit engine checks every exit under that policy.
 */
@Command(
        name = "report",
        description =
                "Calcule les indicateurs d'une période depuis un NDJSON ou une base (HTML, PDF, XLSX, CSV, JSON).")
final class ReportCommand implements Callable<Integer> {
    @Option(
            names = "--ndjson",
            paramLabel = "FICHIER",
            description = "Export NDJSON des parcours (ou - pour l'entrée standard).")
    String ndjson;

    @Mixin
    DatabaseOptions database;

    @Option(
            names = "--merge",
            arity = "1..*",
            paramLabel = "FICHIER",
            description = "Cumuls d'indicateurs (--format accumulator) d'autres PLIE à fusionner.")
    List<String> merge;

    @Option(names = "--from", required = true, description = "Premier jour de la période AAAA-MM-JJ.")
    LocalDate from;

    @Option(names = "--to", required = true, description = "Dernier jour de la période AAAA-MM-JJ.")
    LocalDate to;

    @Mixin
    AsOfOption asOf;

    @Option(
            names = "--format",
            description = "html, pdf, xlsx, csv, json ou accumulator, le cumul fusionnable sans donnée personnelle"
                    + " (défaut : d'après l'extension de --output, sinon csv).")
    String format;

    @Option(
            names = {"-o", "--output"},
            description = "Fichier écrit (défaut : la sortie standard, sauf pour xlsx et pdf).")
    Path output;

    @Option(
            names = "--exclude-administrative-exits",
            description = "Retire déménagements, décès et retraites du dénominateur (avec --policy, la politique en"
                    + " décide : l'option doit s'accorder avec elle).")
    boolean excludeAdministrative;

    @Option(
            names = "--mask-below",
            paramLabel = "N",
            defaultValue = "5",
            description = "Masque les effectifs de 1 à N-1 et les taux qui en découlent (défaut : ${DEFAULT-VALUE} ;"
                    + " 0 pour tout montrer).")
    int maskBelow;

    @Option(
            names = "--policy",
            paramLabel = "POLITIQUE",
            description = "Fait juger chaque sortie par le moteur sous cette politique (préréglage ou fichier .json).")
    String policy;

    @Mixin
    Context context;

    @Override
    public Integer call() {
        Locale locale = context.locale();
        if (from.isAfter(to)) {
            throw new InvalidInputException(Texts.get(locale, "period.invalid", from, to));
        }
        String chosen = format != null ? format.toLowerCase(Locale.ROOT) : formatOf(output);
        boolean binary = "xlsx".equals(chosen) || "pdf".equals(chosen);
        if (!chosen.matches("html|pdf|xlsx|csv|json|accumulator") || (binary && output == null)) {
            throw new InvalidInputException(Texts.get(locale, "format.unknown", chosen));
        }
        if ((ndjson != null ? 1 : 0) + (database.given() ? 1 : 0) + (merge != null ? 1 : 0) != 1) {
            throw new InvalidInputException(Texts.get(locale, "source.missing"));
        }
        if (from.getYear() < 1900 || to.getYear() > 2200) {
            // a period of millions of years overflows the day counts long before it means anything
            throw new InvalidInputException(Texts.get(locale, "period.bounds", from, to));
        }
        if (maskBelow < 0) {
            throw new InvalidInputException(Texts.get(locale, "report.mask-below", "--mask-below", maskBelow));
        }
        if (output != null) {
            OutputFiles.refuseCollision(output, sources(locale), locale);
        }
        ReportingPeriod period = new ReportingPeriod(from, to);
        ExitPolicy exitPolicy = policy == null ? null : Presets.exitPolicy(policy, context);
        boolean exclude = excludeAdministrative;
        if (exitPolicy != null) {
            // the denominator is the policy's rule (administrativeExitsInDenominator): the flag may only agree
            if (excludeAdministrative && exitPolicy.administrativeExitsInDenominator()) {
                throw new InvalidInputException(Texts.get(locale, "report.denominator-disagrees", exitPolicy.name()));
            }
            exclude = !exitPolicy.administrativeExitsInDenominator();
        }
        ReportingOptions options = ReportingOptions.asOf(asOf.orElse(to)).withAdministrativeExitsExcluded(exclude);
        if (exitPolicy != null) {
            options = options.withExitPolicy(exitPolicy);
        }
        IndicatorAccumulator accumulator = IndicatorAccumulator.empty(period, options);
        if (merge != null) {
            accumulator = Accumulators.merged(merge, period, context.in(), locale);
        } else if (ndjson != null) {
            accumulateNdjson(accumulator, locale);
        } else {
            Clock clock = Clock.fixed(to.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            try (Store store = database.openExisting(clock, locale)) {
                store.forEachReported(covering(period, options), accumulator::add);
            }
        }
        IndicatorReport report = accumulator.report();
        byte[] bytes = "accumulator".equals(chosen)
                ? Accumulators.document(accumulator)
                : render(report, chosen, locale, Disclosure.maskBelow(maskBelow));
        if (output == null) {
            context.out().print(new String(bytes, StandardCharsets.UTF_8));
        } else {
            OutputFiles.write(output, sources(locale), locale, out -> out.write(bytes));
            context.out().println(Texts.get(locale, "report.done", from, to, output));
        }
        return 0;
    }

    /** The period to read: the report's, widened to the protocol's when the participants over it are counted. */
    private static ReportingPeriod covering(ReportingPeriod period, ReportingOptions options) {
        return options.protocol()
                .map(p -> new ReportingPeriod(
                        p.from().isBefore(period.from()) ? p.from() : period.from(),
                        p.to().isAfter(period.to()) ? p.to() : period.to()))
                .getOrElse(period);
    }

    private static String formatOf(Path output) {
        if (output == null) {
            return "csv";
        }
        String name = output.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "csv" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Reads the NDJSON twice, in constant memory but for one profile per participant: first the profiles (a
     * participant may come on any line) and the check that no parcours comes twice, then the parcours.
     */
    private void accumulateNdjson(IndicatorAccumulator accumulator, Locale locale) {
        try (DocumentFile file = DocumentFile.of(ndjson, context.in(), locale)) {
            Map<ParticipantId, Profile> profiles = new HashMap<>();
            Map<String, Long> lines = new HashMap<>();
            List<String> errors = new ArrayList<>();
            file.forEachBatch(
                    500,
                    errors::add,
                    (n, batch) -> batch.forEach(l -> {
                        Long first = lines.putIfAbsent(l.parcours().id().value(), l.line());
                        if (first != null) {
                            errors.add(file.name() + ":" + l.line() + ": "
                                    + Texts.get(
                                            locale,
                                            "import.parcours-twice",
                                            l.parcours().id().value(),
                                            first));
                        }
                        l.participant().forEach(p -> profiles.put(p.id(), p.profile()));
                    }));
            if (!errors.isEmpty()) {
                throw new InvalidInputException(String.join(System.lineSeparator(), errors));
            }
            file.forEachBatch(
                    500,
                    error -> {},
                    (n, batch) -> batch.forEach(l -> {
                        Profile profile = profiles.get(l.parcours().participant());
                        if (profile == null) {
                            throw new InvalidInputException(Texts.get(
                                    locale,
                                    "report.no-profile",
                                    file.name() + ":" + l.line(),
                                    l.parcours().id().value()));
                        }
                        // every parcours: the accumulator counts a refused or pending referral in the first receptions
                        accumulator.add(new ReportedParcours(l.parcours(), profile));
                    }));
        }
    }

    /** What the report reads, which its output may not overwrite. */
    private List<Path> sources(Locale locale) {
        if (merge != null) {
            return merge.stream().filter(f -> !"-".equals(f)).map(Path::of).toList();
        }
        if (ndjson != null) {
            return "-".equals(ndjson) ? List.of() : List.of(Path.of(ndjson));
        }
        return ExportCommand.databaseFiles(database.checked(locale));
    }

    private static byte[] render(IndicatorReport report, String format, Locale locale, Disclosure disclosure) {
        if ("json".equals(format)) {
            // the indicator report document of the exchange format v1 (docs/format.md), small counts masked
            // one line ended by a newline, like the other commands' JSON
            String document = MaskedJson.mask(JsonOutput.document(PlieDocument.INDICATOR_REPORT, report), disclosure);
            return (document + "\n").getBytes(StandardCharsets.UTF_8);
        }
        ReportExporter exporter = switch (format) {
            case "html" -> ReportExporters.html();
            case "pdf" -> ReportExporters.pdf();
            case "xlsx" -> ReportExporters.xlsx();
            default -> ReportExporters.csv();
        };
        ExportSettings settings = (Locale.ENGLISH.equals(locale)
                        ? ExportSettings.DEFAULT.inEnglish()
                        : ExportSettings.DEFAULT)
                .withDisclosure(disclosure);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            exporter.write(report, settings, out);
        } catch (IOException e) {
            throw new ProcessingException(e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
