package fr.plie.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.GeneralCodingRules;
import fr.plie.core.archviolation.PlantedViolation;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * plie-core is the pure domain: it depends on the JDK, Vavr, Immutables, the Jakarta Validation API and JSpecify
 * only, and never reaches for SQL, logging, the file system, the network, the console or the wall clock.
 * Each rule is also run over a class that breaks it on purpose, to prove the rule can fail.
 */
class CoreArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.plie.core");

    private static final JavaClasses PLANTED = new ClassFileImporter().importClasses(PlantedViolation.class);

    static final ArchRule ONLY_ALLOWED_LIBRARIES = classes()
            .that()
            .resideInAPackage("fr.plie.core..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "java..",
                    "io.vavr..",
                    "org.immutables..",
                    "jakarta.validation..",
                    "org.jspecify..",
                    "fr.plie.core..")
            .because("plie-core is the pure domain every module builds on (issue 2)");

    static final ArchRule NO_INFRASTRUCTURE_FROM_THE_JDK = noClasses()
            .that()
            .resideInAPackage("fr.plie.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "java.sql..", "javax.sql..", "java.util.logging..", "java.nio.file..", "java.net..", "java.awt..")
            .because("SQL, logging, files and network belong to adapters, not to the domain");

    private static final DescribedPredicate<JavaMethodCall> READS_THE_WALL_CLOCK =
            DescribedPredicate.describe("reads the wall clock or draws a random id", call -> {
                String owner = call.getTargetOwner().getName();
                String method = call.getName();
                return (owner.startsWith("java.time.") && method.equals("now"))
                        || (owner.equals(Clock.class.getName())
                                && (method.equals("systemUTC") || method.equals("systemDefaultZone")))
                        || (owner.equals(UUID.class.getName()) && method.equals("randomUUID"))
                        || (owner.equals(System.class.getName())
                                && (method.equals("currentTimeMillis") || method.equals("nanoTime")));
            });

    static final ArchRule NO_WALL_CLOCK = noClasses()
            .that()
            .resideInAPackage("fr.plie.core..")
            .should()
            .callMethodWhere(READS_THE_WALL_CLOCK)
            .because("time comes from an injected Clock or an asOf date, ids from the caller");

    static final ArchRule NO_CONSOLE = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.because(
            "a library never prints; it returns values");

    @Test
    void coreDependsOnlyOnTheJdkVavrImmutablesJakartaValidationAndJSpecify() {
        assertThat(CORE.size()).as("plie-core's classes were found").isGreaterThan(40);
        ONLY_ALLOWED_LIBRARIES.check(CORE);
    }

    @Test
    void coreUsesNoSqlLoggingFilesOrNetworkFromTheJdk() {
        NO_INFRASTRUCTURE_FROM_THE_JDK.check(CORE);
    }

    @Test
    void coreNeverReadsTheWallClockNorDrawsRandomIds() {
        NO_WALL_CLOCK.check(CORE);
    }

    @Test
    void coreNeverPrintsToTheConsole() {
        NO_CONSOLE.check(CORE);
    }

    @Test
    void eachRuleFiresOnAPlantedViolation() {
        assertViolated(ONLY_ALLOWED_LIBRARIES, "org.assertj.core.api.Assertions");
        assertViolated(NO_INFRASTRUCTURE_FROM_THE_JDK, "java.sql.Connection");
        assertViolated(NO_INFRASTRUCTURE_FROM_THE_JDK, "java.util.logging.Logger");
        assertViolated(NO_WALL_CLOCK, "LocalDate.now()");
        assertViolated(NO_WALL_CLOCK, "UUID.randomUUID()");
        assertViolated(NO_CONSOLE, "System.out");
    }

    private static void assertViolated(ArchRule rule, String culprit) {
        EvaluationResult result = rule.evaluate(PLANTED);
        assertThat(result.hasViolation()).as("%s fires", rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .as("%s names %s", rule.getDescription(), culprit)
                .anyMatch(line -> line.contains(culprit));
    }
}
