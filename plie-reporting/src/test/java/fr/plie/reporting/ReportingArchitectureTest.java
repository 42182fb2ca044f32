package fr.plie.reporting;

import static fr.plie.core.fixture.ModuleRules.assertFires;

import com.tngtech.archunit.lang.ArchRule;
import fr.plie.core.fixture.ModuleRules;
import org.junit.jupiter.api.Test;

/**
 * plie-reporting depends on plie-core, plie-rules and their libraries only: never on adapters, exports,
 * benchmarks or examples, and on no file-format library (CSV, spreadsheets, charts and PDF, the ESF+ participant
 * file included, are plie-export's). It never prints nor reads the wall clock.
 */
class ReportingArchitectureTest {
    private static final ModuleRules REPORTING = ModuleRules.of("fr.plie.reporting");

    static final ArchRule ONLY_THE_MODULES_BELOW =
            REPORTING.usesOnly("fr.plie.core..", "fr.plie.rules..", "io.vavr..", "org.jspecify..", "org.immutables..");
    static final ArchRule NO_CONSOLE_NOR_CLOCK = REPORTING.neverPrintsNorReadsTheClock();

    @Test
    void reporting_depends_only_on_core_rules_and_their_libraries() {
        REPORTING.check(ONLY_THE_MODULES_BELOW);
    }

    @Test
    void the_library_never_prints_nor_reads_the_wall_clock() {
        REPORTING.check(NO_CONSOLE_NOR_CLOCK);
    }

    @Test
    void each_rule_fires_on_a_planted_violation() {
        assertFires(ONLY_THE_MODULES_BELOW, PlantedViolation.class, "org.assertj");
        assertFires(NO_CONSOLE_NOR_CLOCK, PlantedViolation.class, "System.out");
        assertFires(NO_CONSOLE_NOR_CLOCK, PlantedViolation.class, "LocalDate.now()");
    }

    /** A class of the reporting package that breaks every rule above on purpose. Never called. */
    static final class PlantedViolation {
        void violate() {
            System.out.println(java.time.LocalDate.now());
            org.assertj.core.api.Assertions.fail("never called");
        }
    }
}
