package fr.plie.rules.exit;

import static fr.plie.core.fixture.ModuleRules.assertFires;

import com.tngtech.archunit.lang.ArchRule;
import fr.plie.core.fixture.ModuleRules;
import org.junit.jupiter.api.Test;

/** The exit engine depends on plie-core, Vavr and the JDK only, and never reads the clock or prints. */
class ExitArchitectureTest {
    private static final ModuleRules EXIT = ModuleRules.of("fr.plie.rules.exit");

    static final ArchRule ONLY_CORE_AND_LIBRARIES =
            EXIT.usesOnly("fr.plie.core..", "io.vavr..", "org.immutables..", "org.jspecify..");
    static final ArchRule NOTHING_OF_REPORTING_ADAPTERS_OR_OTHER_RULES = EXIT.neverUses(
            "fr.plie.reporting..", "fr.plie.adapter..", "fr.plie.rules.eligibility..", "fr.plie.rules.alert..");
    static final ArchRule NO_CONSOLE_NOR_CLOCK = EXIT.neverPrintsNorReadsTheClock();

    @Test
    void the_exit_package_depends_only_on_core_vavr_and_the_jdk() {
        EXIT.check(ONLY_CORE_AND_LIBRARIES);
    }

    @Test
    void the_exit_package_knows_nothing_of_reporting_adapters_or_the_other_rules() {
        EXIT.check(NOTHING_OF_REPORTING_ADAPTERS_OR_OTHER_RULES);
    }

    @Test
    void the_exit_engine_never_reads_the_wall_clock_nor_prints() {
        EXIT.check(NO_CONSOLE_NOR_CLOCK);
    }

    @Test
    void each_rule_fires_on_a_planted_violation() {
        assertFires(ONLY_CORE_AND_LIBRARIES, PlantedViolation.class, "org.assertj");
        assertFires(NOTHING_OF_REPORTING_ADAPTERS_OR_OTHER_RULES, PlantedViolation.class, "Alerts");
        assertFires(NO_CONSOLE_NOR_CLOCK, PlantedViolation.class, "System.err");
        assertFires(NO_CONSOLE_NOR_CLOCK, PlantedViolation.class, "Instant.now()");
    }
}
