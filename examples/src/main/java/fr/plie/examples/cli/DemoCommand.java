package fr.plie.examples.cli;

import fr.plie.core.exit.Exit;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursStatus;
import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.core.participant.InseeCode;
import fr.plie.examples.cli.PlieCommand.InvalidInputException;
import fr.plie.examples.cli.PlieCommand.ProcessingException;
import fr.plie.examples.demo.SyntheticPlie;
import fr.plie.export.ExportSettings;
import fr.plie.export.ReportExporter;
import fr.plie.export.ReportExporters;
import fr.plie.reporting.esf.EsfQuestionnaire;
import fr.plie.reporting.indicator.IndicatorAccumulator;
import fr.plie.reporting.indicator.IndicatorReport;
import fr.plie.reporting.indicator.ReportedParcours;
import fr.plie.reporting.indicator.ReportingOptions;
import fr.plie.reporting.indicator.Targets;
import fr.plie.rules.alert.Alert;
import fr.plie.rules.alert.AlertKind;
import fr.plie.rules.alert.AlertPolicy;
import fr.plie.rules.alert.Alerts;
import fr.plie.rules.alert.SixMonthSituation;
import fr.plie.rules.eligibility.EligibilityChecker;
import fr.plie.rules.eligibility.EligibilityPolicy;
import fr.plie.rules.eligibility.Epci;
import fr.plie.rules.eligibility.Territory;
import fr.plie.rules.exit.ExitAssessment;
import fr.plie.rules.exit.ExitEngine;
import fr.plie.rules.exit.ExitPolicy;
import fr.plie.rules.readiness.ExitEngineReadiness;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code plie demo}: the reference PLIE. Generates a synthetic PLIE from a fixed seed, stores it in an embedded H2
 * database through plie-adapter-jdbc, runs the exit engine, eligibility and alerts on what was stored, prints a
 * dashboard computed by plie-reporting from the adapter's stream, and writes {@code report.html}, {@code
 * report.pdf}, {@code report.xlsx} and {@code indicators.csv}. The database is recreated on each run, so two runs give the same
 * figures.
 */
@Command(name = "demo", description = "Génère un PLIE de référence, évalue les sorties et produit les rapports.")
final class DemoCommand implements Callable<Integer> {
    /** The demo's fixed date, so two runs give the same figures. */
    static final LocalDate AS_OF = LocalDate.of(2027, 12, 31);

    /** The demo keeps no ESF+ answers: the six-month situation is known only where the parcours tells it. */
    private static final SixMonthSituation SIX_MONTHS =
            EsfQuestionnaire.sixMonthSituation(p -> io.vavr.control.Option.none());
    /** The protocol of the demo PLIE (seed 001's 2022-2027). */
    static final ReportingPeriod PROTOCOL = new ReportingPeriod(LocalDate.of(2022, 1, 1), AS_OF);
    /** The demo's objectives: 50 % positive exits, 42 % employment, 8 % training (seed 004), 1000 participants. */
    static final Targets TARGETS = new Targets(
            io.vavr.control.Option.some(new BigDecimal("0.50")),
            io.vavr.control.Option.some(new BigDecimal("0.42")),
            io.vavr.control.Option.some(new BigDecimal("0.08")),
            io.vavr.control.Option.some(1000L),
            io.vavr.control.Option.none(),
            90);

    /** The reference PLIE's size and seed, as {@code plie demo} and {@code plie serve --demo} generate it. */
    static final int PARTICIPANTS = 1000;

    static final int REFERENTS = 12;
    static final long SEED = 2022;
    static final String POLICY = "toulouse-2015-2020";

    @Option(
            names = "--dir",
            defaultValue = "plie-demo",
            description = "Dossier de la base et des rapports (défaut : ${DEFAULT-VALUE}).")
    Path dir;

    @Option(
            names = "--participants",
            defaultValue = "" + PARTICIPANTS,
            description = "Nombre de participants (défaut : ${DEFAULT-VALUE}).")
    int participants;

    @Option(
            names = "--referents",
            defaultValue = "" + REFERENTS,
            description = "Nombre de référents (défaut : ${DEFAULT-VALUE}).")
    int referents;

    @Option(
            names = "--seed",
            defaultValue = "" + SEED,
            description = "Graine du générateur (défaut : ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--policy",
            defaultValue = POLICY,
            description = "Règles de sortie appliquées par le moteur (défaut : ${DEFAULT-VALUE}).")
    String policy;

    @Mixin
    Context context;

    @Override
    public Integer call() {
        Locale locale = context.locale();
        if (participants < 1 || referents < 1) {
            throw new PlieCommand.InvalidInputException(Texts.get(locale, "demo.counts"));
        }
        ExitPolicy exitPolicy = Presets.exitPolicy(policy, context);
        Clock clock = clock();
        SyntheticPlie.Plie plie =
                new SyntheticPlie(seed, clock, PROTOCOL.from(), AS_OF).generate(participants, referents);
        Path database = prepare(dir, locale);
        List<ReportedParcours> stored = new ArrayList<>();
        DatabaseUrl url = DatabaseUrl.check("jdbc:h2:" + database, locale);
        try (Store store = new Store(url, null, null, clock, locale)) {
            store(store, plie, context, locale);
            try (Progress bar = Progress.of(
                    context.progress(),
                    Texts.get(locale, "demo.reading"),
                    plie.cases().size())) {
                store.forEachReported(PROTOCOL, reported -> {
                    stored.add(reported);
                    bar.step();
                });
            }
        }
        DemoFigures figures = assess(plie, stored, exitPolicy, locale);
        // the committee pack checks every exit under the demo's policy, as `plie report --policy` does
        IndicatorReport report = stored.stream()
                .collect(IndicatorAccumulator.collector(PROTOCOL, options(plie).withExitPolicy(exitPolicy)));
        new Dashboard(locale).print(context.out(), report, figures, plie);
        ExportSettings settings =
                Locale.ENGLISH.equals(locale) ? ExportSettings.DEFAULT.inEnglish() : ExportSettings.DEFAULT;
        List<Path> sources = ExportCommand.databaseFiles(url);
        try (Progress bar = Progress.of(context.progress(), Texts.get(locale, "demo.reports"), 4)) {
            write(ReportExporters.html(), report, settings, dir.resolve("report.html"), sources, locale);
            bar.step();
            write(ReportExporters.pdf(), report, settings, dir.resolve("report.pdf"), sources, locale);
            bar.step();
            write(ReportExporters.xlsx(), report, settings, dir.resolve("report.xlsx"), sources, locale);
            bar.step();
            write(ReportExporters.csv(), report, settings, dir.resolve("indicators.csv"), sources, locale);
            bar.step();
        }
        context.out()
                .println(Texts.get(
                        locale,
                        "demo.files",
                        dir.resolve("report.html"),
                        dir.resolve("report.pdf"),
                        dir.resolve("report.xlsx"),
                        dir.resolve("indicators.csv"),
                        database));
        return 0;
    }

    /** The demo's clock: its fixed date, so two runs give the same figures and audit stamps. */
    static Clock clock() {
        return Clock.fixed(AS_OF.atTime(18, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    /** Stores the generated PLIE in one transaction: what {@code plie demo} and {@code plie serve --demo} share. */
    static void store(Store store, SyntheticPlie.Plie plie, Context context, Locale locale) {
        store.inTransaction("plie-demo", repositories -> {
            try (Progress bar = Progress.of(
                    context.progress(),
                    Texts.get(locale, "demo.storing"),
                    plie.cases().size())) {
                for (SyntheticPlie.Case c : plie.cases()) {
                    repositories
                            .participants()
                            .save(c.participant())
                            .getOrElseThrow(r -> new ProcessingException(r.message(locale), null));
                    bar.step();
                }
            }
            repositories
                    .saveNew(plie.cases().stream()
                            .map(SyntheticPlie.Case::parcours)
                            .toList())
                    .getOrElseThrow(r -> new ProcessingException(r.message(locale), null));
        });
    }

    /** The file that marks a folder as the demo's own: the demo empties no folder without it. */
    static final String MARKER = ".plie-demo";

    /**
     * The database files the demo deletes before each run (the only files it ever deletes): its reports are
     * replaced only once the new ones are written, so a failed run leaves the previous ones whole.
     */
    private static final List<String> OWN_FILES = List.of("plie-demo.mv.db", "plie-demo.trace.db");

    /**
     * Creates the folder, or reuses one the demo created before (it holds {@link #MARKER}), and removes the
     * previous run's database so that each run starts from the same state. A folder the demo did not create, or
     * whose database holds what another command stored (an import), is refused: the demo deletes nothing it did
     * not write.
     */
    private static Path prepare(Path dir, Locale locale) {
        try {
            Path marker = dir.resolve(MARKER);
            if (Files.isDirectory(dir) && !Files.exists(marker)) {
                try (Stream<Path> content = Files.list(dir)) {
                    if (content.findAny().isPresent()) {
                        throw new InvalidInputException(Texts.get(locale, "demo.not-own", dir, MARKER));
                    }
                }
            }
            Files.createDirectories(dir);
            Path database = dir.toAbsolutePath().resolve("plie-demo");
            Optional<String> foreign = othersData(database, locale);
            if (foreign.isPresent()) {
                throw new InvalidInputException(Texts.get(locale, "demo.foreign-data", dir, foreign.get()));
            }
            if (!Files.exists(marker)) {
                Files.writeString(marker, "plie demo\n");
            }
            for (String own : OWN_FILES) {
                Files.deleteIfExists(dir.resolve(own));
            }
            return database;
        } catch (IOException e) {
            throw new ProcessingException(Texts.get(locale, "file.unwritable", dir, e.getMessage()), e);
        }
    }

    /** An actor other than the demo found in the audit trail of the demo's database, if it exists. */
    private static Optional<String> othersData(Path database, Locale locale) {
        if (!Files.exists(database.resolveSibling("plie-demo.mv.db"))) {
            return Optional.empty();
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:" + database + ";IFEXISTS=TRUE");
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT actor_id FROM plie_audit WHERE actor_id <> 'plie-demo' FETCH FIRST 1 ROWS ONLY")) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            // not a plie database (or an unreadable one): not the demo's to delete
            throw new InvalidInputException(Texts.get(locale, "demo.foreign-data", database.getParent(), "?"));
        }
    }

    /**
     * The exit engine, eligibility and alerts on the stored parcours: the engine's verdict on each validated exit
     * (assessed on its exit date) compared with the category recorded, the positive exits pronounceable today,
     * the candidates eligible on their referral date, the alerts of the file.
     */
    private DemoFigures assess(
            SyntheticPlie.Plie plie, List<ReportedParcours> stored, ExitPolicy exitPolicy, Locale locale) {
        int compared = 0;
        int agreed = 0;
        int pronounceable = 0;
        Map<AlertKind, Integer> alerts = new EnumMap<>(AlertKind.class);
        List<Parcours> all = stored.stream().map(ReportedParcours::parcours).toList();
        ExitEngineReadiness readiness = ExitEngineReadiness.of(exitPolicy);
        try (Progress bar = Progress.of(context.progress(), Texts.get(locale, "demo.assessing"), stored.size())) {
            for (Parcours p : all) {
                // in progress: the parcours alerts; exited: the ESF+ situation six months after, unless derived
                for (Alert a : Alerts.forParcours(p, AS_OF, AlertPolicy.ALL, readiness, SIX_MONTHS)) {
                    alerts.merge(a.kind(), 1, Integer::sum);
                }
                if (p.status() == ParcoursStatus.EXITED) {
                    Exit exit = p.exit().get();
                    ExitAssessment verdict = ExitEngine.assess(p, exit.date(), exitPolicy);
                    compared++;
                    if (verdict.isPositive() == exit.category().isPositive()) {
                        agreed++;
                    }
                } else {
                    ExitAssessment now = ExitEngine.assess(p, AS_OF, exitPolicy);
                    if (now.isReadyToPronounce() && now.isPositive()) {
                        pronounceable++;
                    }
                }
                bar.step();
            }
        }
        for (Alert a : Alerts.forCaseload(plie.referents(), all, AS_OF, AlertPolicy.ALL)) {
            alerts.merge(a.kind(), 1, Integer::sum);
        }
        EligibilityPolicy eligibility = eligibilityPolicy();
        long eligible = plie.cases().stream()
                .filter(c -> EligibilityChecker.check(
                                c.participant().profile(),
                                c.parcours().referral().date(),
                                eligibility)
                        .eligible())
                .count();
        return new DemoFigures(
                exitPolicy.name(),
                compared,
                agreed,
                pronounceable,
                eligible,
                plie.cases().size(),
                alerts);
    }

    /** The demo territory (Toulouse Métropole and the Sicoval) with the public criteria of seed 001. */
    static EligibilityPolicy eligibilityPolicy() {
        Map<String, List<String>> byEpci = SyntheticPlie.COMMUNES.stream()
                .collect(Collectors.groupingBy(
                        SyntheticPlie.Commune::epci,
                        java.util.TreeMap::new,
                        Collectors.mapping(SyntheticPlie.Commune::insee, Collectors.toList())));
        Epci[] epcis = byEpci.entrySet().stream()
                .map(e -> Epci.of(e.getKey(), e.getValue().toArray(String[]::new)))
                .toArray(Epci[]::new);
        return EligibilityPolicy.from(EligibilityPolicy.GRAND_PERIGUEUX_2022_2027)
                .name("PLIE de démonstration")
                .withTerritory(Territory.of("Toulouse Métropole et Sicoval", epcis))
                .build();
    }

    static ReportingOptions options(SyntheticPlie.Plie plie) {
        Map<InseeCode, String> epci = SyntheticPlie.COMMUNES.stream()
                .collect(Collectors.toMap(c -> InseeCode.of(c.insee()), SyntheticPlie.Commune::epci));
        return ReportingOptions.asOf(AS_OF)
                .withProtocol(PROTOCOL)
                .withTargets(TARGETS)
                .withCommuneToEpci(epci)
                .withReferentFte(plie.referents().stream().collect(Collectors.toMap(r -> r.id(), r -> r.fte())));
    }

    /** Replaces {@code file} once the new report is complete: a failed run leaves the previous one. */
    private static void write(
            ReportExporter exporter,
            IndicatorReport report,
            ExportSettings settings,
            Path file,
            List<Path> sources,
            Locale locale) {
        OutputFiles.write(file, sources, locale, out -> exporter.write(report, settings, out));
    }

    /** What the demo found beyond the indicators. */
    record DemoFigures(
            String policy,
            int exitsCompared,
            int exitsAgreed,
            int positiveExitsPronounceable,
            long eligible,
            int candidates,
            Map<AlertKind, Integer> alerts) {
        int alertCount() {
            return alerts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
