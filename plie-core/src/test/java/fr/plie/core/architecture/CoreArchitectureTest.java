package fr.plie.core.architecture;

import static fr.plie.core.fixture.ModuleRules.assertFires;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.lang.ArchRule;
import fr.plie.core.archviolation.PlantedViolation;
import fr.plie.core.fixture.ModuleRules;
import org.junit.jupiter.api.Test;

/**
 * plie-core is the pure domain: it depends on the JDK, Vavr, Immutables, the Jakarta Validation API and JSpecify
 * only, and never reaches for SQL, logging, the file system, the network, the console or the wall clock.
 * Each rule is also run over a class that breaks it on purpose, to prove the rule can fail.
 */
class CoreArchitectureTest {
    private static final ModuleRules CORE = ModuleRules.of("fr.plie.core");

    static final ArchRule ONLY_ALLOWED_LIBRARIES =
            CORE.usesOnly("io.vavr..", "org.immutables..", "jakarta.validation..", "org.jspecify..");
    static final ArchRule NO_INFRASTRUCTURE_FROM_THE_JDK = CORE.neverUses(
            "java.sql..", "javax.sql..", "java.util.logging..", "java.nio.file..", "java.net..", "java.awt..");
    static final ArchRule NO_CONSOLE_NOR_CLOCK = CORE.neverPrintsNorReadsTheClock();
    static final ArchRule NO_RANDOM_IDS = CORE.neverDrawsRandomIds();

    @Test
    void coreDependsOnlyOnTheJdkVavrImmutablesJakartaValidationAndJSpecify() {
        assertThat(CORE.mainClasses().size())
                .as("plie-core's classes were found")
                .isGreaterThan(40);
        CORE.check(ONLY_ALLOWED_LIBRARIES);
    }

    @Test
    void coreUsesNoSqlLoggingFilesOrNetworkFromTheJdk() {
        CORE.check(NO_INFRASTRUCTURE_FROM_THE_JDK);
    }

    @Test
    void coreNeverPrintsNorReadsTheWallClockNorDrawsRandomIds() {
        CORE.check(NO_CONSOLE_NOR_CLOCK);
        CORE.check(NO_RANDOM_IDS);
    }

    @Test
    void eachRuleFiresOnAPlantedViolation() {
        assertFires(ONLY_ALLOWED_LIBRARIES, PlantedViolation.class, "org.assertj.core.api.Assertions");
        assertFires(NO_INFRASTRUCTURE_FROM_THE_JDK, PlantedViolation.class, "java.sql.Connection");
        assertFires(NO_INFRASTRUCTURE_FROM_THE_JDK, PlantedViolation.class, "java.util.logging.Logger");
        assertFires(NO_CONSOLE_NOR_CLOCK, PlantedViolation.class, "LocalDate.now()");
        assertFires(NO_CONSOLE_NOR_CLOCK, PlantedViolation.class, "System.out");
        assertFires(NO_RANDOM_IDS, PlantedViolation.class, "UUID.randomUUID()");
    }
}
