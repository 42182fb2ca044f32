package fr.plie.core.parcours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import fr.plie.core.fixture.PlieGen;
import fr.plie.core.fixture.PlieGens;
import org.junit.jupiter.api.Test;

/**
 * The oracle is the lifecycle itself: whatever sequence of commands it accepted, the parcours it built holds a
 * chronology {@link Chronology} accepts, so the rebuild check never refuses what plie could have produced.
 */
class ChronologyProperties {
    @Test
    void everyParcoursTheLifecycleBuildsHasAValidChronology() {
        qt().withExamples(300)
                .forAll(PlieGens.parcours(PlieGen.Knob.WILD))
                .checkAssert(p -> assertThat(Chronology.violations(p)).isEmpty());
    }
}
