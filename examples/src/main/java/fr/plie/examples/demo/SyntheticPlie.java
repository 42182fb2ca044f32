package fr.plie.examples.demo;

import fr.plie.core.admission.Referent;
import fr.plie.core.admission.ReferentId;
import fr.plie.core.fixture.Draw;
import fr.plie.core.fixture.PlieGen;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursLifecycle;
import fr.plie.core.participant.InseeCode;
import fr.plie.core.participant.Participant;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A realistic synthetic PLIE from a fixed seed: the territory of the demo, its referents, and the participants
 * of {@link PlieGen.Knob#COHORT}, the one generator of the tests and the benchmarks, walked through the lifecycle
 * from their referral to {@code asOf}. The same seed always gives the same PLIE. All names are invented.
 */
public final class SyntheticPlie {
    /** Communes of the demo territory with their EPCI (INSEE codes of Toulouse Métropole and the Sicoval). */
    public static final List<Commune> COMMUNES = List.of(
            new Commune("31555", "Toulouse", "Toulouse Métropole"),
            new Commune("31069", "Blagnac", "Toulouse Métropole"),
            new Commune("31149", "Colomiers", "Toulouse Métropole"),
            new Commune("31557", "Tournefeuille", "Toulouse Métropole"),
            new Commune("31044", "Balma", "Toulouse Métropole"),
            new Commune("31506", "Saint-Orens-de-Gameville", "Toulouse Métropole"),
            new Commune("31113", "Castanet-Tolosan", "Sicoval"),
            new Commune("31448", "Ramonville-Saint-Agne", "Sicoval"),
            new Commune("31254", "Labège", "Sicoval"),
            new Commune("31035", "Auzeville-Tolosane", "Sicoval"));

    /** A commune of the territory. */
    public record Commune(String insee, String name, String epci) {}

    /** A participant and their parcours. */
    public record Case(Participant participant, Parcours parcours) {}

    /** The generated PLIE. */
    public record Plie(List<Referent> referents, List<Case> cases, LocalDate asOf) {}

    private final Draw draw;
    private final ParcoursLifecycle lifecycle;
    private final LocalDate protocolStart;
    private final LocalDate asOf;

    /**
     * @param seed the random seed: the same seed gives the same PLIE
     * @param clock stamps the lifecycle's events
     * @param protocolStart first day participants may enter
     * @param asOf the day the simulation stops: facts after it are not recorded
     */
    public SyntheticPlie(long seed, Clock clock, LocalDate protocolStart, LocalDate asOf) {
        this.draw = Draw.seeded(seed);
        this.lifecycle = new ParcoursLifecycle(clock);
        this.protocolStart = protocolStart;
        this.asOf = asOf;
    }

    /** Generates {@code participants} participants followed by {@code referentCount} referents. */
    public Plie generate(int participants, int referentCount) {
        List<Referent> referents = new ArrayList<>();
        for (int i = 1; i <= referentCount; i++) {
            BigDecimal fte = i % 4 == 0 ? new BigDecimal("0.5") : BigDecimal.ONE;
            referents.add(new Referent(ReferentId.of(String.format(Locale.ROOT, "REF-%02d", i)), fte));
        }
        PlieGen gen = PlieGen.of(PlieGen.Knob.COHORT)
                .between(protocolStart, asOf)
                .lifecycle(lifecycle)
                .referents(referents.stream().map(Referent::id).toList())
                .communes(COMMUNES.stream().map(c -> InseeCode.of(c.insee())).toList());
        List<Case> cases = gen.cohort(draw, participants).stream()
                .map(c -> new Case(c.participant(), c.parcours()))
                .toList();
        return new Plie(List.copyOf(referents), cases, asOf);
    }
}
