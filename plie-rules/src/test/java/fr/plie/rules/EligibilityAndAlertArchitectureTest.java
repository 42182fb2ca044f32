package fr.plie.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The eligibility and alert packages depend only on plie-core, Vavr, JSpecify and the JDK; they do not know the
 * exit engine (alerts reach it through the {@code ExitReadiness} port), never print, never read the wall clock.
 */
class EligibilityAndAlertArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.plie.rules.eligibility", "fr.plie.rules.alert");

    private static final ArchRule ONLY_CORE_AND_LIBRARIES = classes()
            .that()
            .resideInAnyPackage("fr.plie.rules.eligibility..", "fr.plie.rules.alert..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "fr.plie.rules.eligibility..",
                    "fr.plie.rules.alert..",
                    "fr.plie.core..",
                    "io.vavr..",
                    "org.jspecify..",
                    "java..");

    private static final ArchRule NO_EXIT_ENGINE = noClasses()
            .that()
            .resideInAnyPackage("fr.plie.rules.eligibility..", "fr.plie.rules.alert..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("fr.plie.rules.exit..");

    private static final ArchRule NO_PRINTING_NOR_WALL_CLOCK = noClasses()
            .that()
            .resideInAnyPackage("fr.plie.rules.eligibility..", "fr.plie.rules.alert..")
            .should()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err")
            .orShould()
            .callMethod(LocalDate.class, "now")
            .orShould()
            .callMethod(Clock.class, "systemDefaultZone")
            .orShould()
            .callMethod(System.class, "currentTimeMillis");

    @Test
    void eligibilityAndAlertsDependOnlyOnCoreAndTheirLibraries() {
        ONLY_CORE_AND_LIBRARIES.check(MAIN);
    }

    @Test
    void eligibilityAndAlertsDoNotDependOnTheExitEngine() {
        NO_EXIT_ENGINE.allowEmptyShould(true).check(MAIN);
    }

    @Test
    void eligibilityAndAlertsNeitherPrintNorReadTheWallClock() {
        NO_PRINTING_NOR_WALL_CLOCK.check(MAIN);
    }

    /** A planted violation proves the rules fire: a test class of the alert package prints, reads the clock and uses AssertJ. */
    @Test
    void theRulesCatchAPlantedViolation() throws ClassNotFoundException {
        JavaClasses planted =
                new ClassFileImporter().importClasses(Class.forName("fr.plie.rules.alert.PlantedViolation"));

        assertThatThrownBy(() -> NO_PRINTING_NOR_WALL_CLOCK.check(planted)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> ONLY_CORE_AND_LIBRARIES.check(planted)).isInstanceOf(AssertionError.class);
    }
}
