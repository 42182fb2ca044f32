package fr.plie.benchmarks.data;

import fr.plie.core.fixture.Draw;
import fr.plie.core.fixture.PlieGen;
import fr.plie.core.participant.Participant;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A PLIE's file drawn from a seed by {@link PlieGen.Knob#COHORT}, the one generator of the tests and the demo:
 * referrals from 2021 to late 2025, each parcours walked through the lifecycle to the end of 2025.
 *
 * <p>Parcours {@code i} depends only on the seed and {@code i}: a stream of a million is generated one parcours
 * at a time, never held, and generating it twice gives equal parcours.
 */
public final class ParcoursGenerator {
    /** The seed of every benchmark, so that their figures compare. */
    public static final long SEED = 2024L;

    private static final PlieGen COHORT =
            PlieGen.of(PlieGen.Knob.COHORT).between(LocalDate.of(2021, 1, 4), LocalDate.of(2025, 12, 31));

    private final long seed;

    /**
     * @param seed the seed: the same seed gives the same parcours
     */
    public ParcoursGenerator(long seed) {
        this.seed = seed;
    }

    /**
     * The generator of {@link #SEED}.
     *
     * @return the generator
     */
    public static ParcoursGenerator standard() {
        return new ParcoursGenerator(SEED);
    }

    /**
     * Parcours {@code 0} to {@code count - 1}, generated lazily.
     *
     * @param count how many
     * @return the parcours with their participants
     */
    public Stream<GeneratedParcours> stream(int count) {
        return IntStream.range(0, count).mapToObj(this::generate);
    }

    /**
     * Parcours number {@code index}: always the same for the same seed.
     *
     * @param index its number
     * @return {@code PAR-<index>} and its participant {@code P-<index>}
     */
    public GeneratedParcours generate(int index) {
        // SplittableRandom mixes neighbouring seeds: java.util.Random's first draws of seeds n and n + 1 are close
        long mixed = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index).nextLong();
        PlieGen.Drawn drawn = COHORT.drawn(Draw.seeded(mixed), Integer.toString(index));
        Participant pseudonymous =
                new Participant(drawn.participant().id(), drawn.participant().profile(), Option.none());
        return new GeneratedParcours(pseudonymous, drawn.parcours());
    }
}
