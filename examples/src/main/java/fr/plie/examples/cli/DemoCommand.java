package fr.plie.examples.cli;

import fr.plie.core.parcours.ParcoursStatus;
import fr.plie.examples.demo.SyntheticPlie;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code plie demo}: the reference PLIE on the embedded database. */
@Command(name = "demo", description = "Génère un PLIE de référence, évalue les sorties et produit les rapports.")
final class DemoCommand implements Callable<Integer> {
    /** The demo's fixed date, so two runs give the same figures. */
    static final LocalDate AS_OF = LocalDate.of(2027, 12, 31);

    @Option(
            names = "--dir",
            defaultValue = "plie-demo",
            description = "Dossier de la base et des rapports (défaut : ${DEFAULT-VALUE}).")
    Path dir;

    @Option(
            names = "--participants",
            defaultValue = "1000",
            description = "Nombre de participants (défaut : ${DEFAULT-VALUE}).")
    int participants;

    @Option(names = "--seed", defaultValue = "2022", description = "Graine du générateur (défaut : ${DEFAULT-VALUE}).")
    long seed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Clock clock = Clock.fixed(AS_OF.atStartOfDay(ZoneId.of("Europe/Paris")).toInstant(), ZoneId.of("Europe/Paris"));
        SyntheticPlie.Plie plie =
                new SyntheticPlie(seed, clock, LocalDate.of(2022, 1, 1), AS_OF).generate(participants, 12);
        Map<ParcoursStatus, Integer> byStatus = new TreeMap<>();
        plie.cases().forEach(c -> byStatus.merge(c.parcours().status(), 1, Integer::sum));
        out.printf(
                "PLIE de démonstration au %s : %d participants, %d référents%n",
                AS_OF, plie.cases().size(), plie.referents().size());
        byStatus.forEach((status, n) -> out.printf("  %-14s %5d%n", status, n));
        return 0;
    }
}
