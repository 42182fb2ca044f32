package fr.plie.export;

import static fr.plie.core.fixture.ModuleRules.assertFires;

import com.tngtech.archunit.lang.ArchRule;
import fr.plie.core.fixture.ModuleRules;
import org.junit.jupiter.api.Test;

/** plie-export reads reports (plie-reporting, plie-core) and nothing else of plie: no adapter, no rule engine. */
class ExportArchitectureTest {
    private static final ModuleRules EXPORT = ModuleRules.of("fr.plie.export");

    static final ArchRule NOTHING_BUT_THE_REPORTS =
            EXPORT.neverUses("fr.plie.adapter..", "fr.plie.rules..", "fr.plie.benchmarks..", "fr.plie.examples..");
    static final ArchRule NO_CONSOLE_NOR_CLOCK = EXPORT.neverPrintsNorReadsTheClock();

    @Test
    void export_depends_only_on_core_and_reporting() {
        EXPORT.check(NOTHING_BUT_THE_REPORTS);
    }

    @Test
    void the_library_never_prints_nor_reads_the_wall_clock() {
        EXPORT.check(NO_CONSOLE_NOR_CLOCK);
    }

    @Test
    void each_rule_fires_on_a_planted_violation() {
        assertFires(NOTHING_BUT_THE_REPORTS, PlantedViolation.class, "ExitEngine");
        assertFires(NO_CONSOLE_NOR_CLOCK, PlantedViolation.class, "System.out");
        assertFires(NO_CONSOLE_NOR_CLOCK, PlantedViolation.class, "currentTimeMillis");
    }

    /** A class of the export package that breaks every rule above on purpose. Never called. */
    static final class PlantedViolation {
        void violate() {
            System.out.println(System.currentTimeMillis() + " " + fr.plie.rules.exit.ExitEngine.class);
        }
    }
}
