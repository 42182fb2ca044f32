package fr.plie.rules;

import static fr.plie.core.fixture.ModuleRules.assertFires;

import com.tngtech.archunit.lang.ArchRule;
import fr.plie.core.fixture.ModuleRules;
import org.junit.jupiter.api.Test;

/**
 * The eligibility and alert packages depend only on plie-core, Vavr, JSpecify and the JDK; they do not know the
 * exit engine (alerts reach it through the {@code ExitReadiness} port), never print, never read the wall clock.
 */
class EligibilityAndAlertArchitectureTest {
    private static final ModuleRules RULES = ModuleRules.of("fr.plie.rules.eligibility", "fr.plie.rules.alert");

    static final ArchRule ONLY_CORE_AND_LIBRARIES = RULES.usesOnly("fr.plie.core..", "io.vavr..", "org.jspecify..");
    static final ArchRule NO_EXIT_ENGINE = RULES.neverUses("fr.plie.rules.exit..");
    static final ArchRule NO_CONSOLE_NOR_CLOCK = RULES.neverPrintsNorReadsTheClock();

    @Test
    void eligibilityAndAlertsDependOnlyOnCoreAndTheirLibraries() {
        RULES.check(ONLY_CORE_AND_LIBRARIES);
    }

    @Test
    void eligibilityAndAlertsDoNotDependOnTheExitEngine() {
        RULES.check(NO_EXIT_ENGINE);
    }

    @Test
    void eligibilityAndAlertsNeitherPrintNorReadTheWallClock() {
        RULES.check(NO_CONSOLE_NOR_CLOCK);
    }

    /** A test class of the alert package prints, reads the clock, uses AssertJ and names the exit engine. */
    @Test
    void eachRuleFiresOnAPlantedViolation() throws ClassNotFoundException {
        Class<?> planted = Class.forName("fr.plie.rules.alert.PlantedViolation");
        assertFires(ONLY_CORE_AND_LIBRARIES, planted, "org.assertj");
        assertFires(NO_EXIT_ENGINE, planted, "ExitEngine");
        assertFires(NO_CONSOLE_NOR_CLOCK, planted, "System.out");
        assertFires(NO_CONSOLE_NOR_CLOCK, planted, "LocalDate.now()");
    }
}
