package fr.plie.rules.exit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The exit engine depends on plie-core, Vavr and the JDK only, and never reads the clock or prints. */
class ExitArchitectureTest {
    private static final JavaClasses EXIT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.plie.rules.exit");

    @Test
    void the_exit_package_depends_only_on_core_vavr_and_the_jdk() {
        classes()
                .that()
                .resideInAPackage("fr.plie.rules.exit..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "fr.plie.rules.exit..",
                        "fr.plie.core..",
                        "io.vavr..",
                        "java..",
                        "org.immutables..",
                        "org.jspecify..")
                .check(EXIT);
    }

    @Test
    void the_exit_package_knows_nothing_of_reporting_adapters_or_the_other_rules() {
        noClasses()
                .that()
                .resideInAPackage("fr.plie.rules.exit..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "fr.plie.reporting..",
                        "fr.plie.adapter..",
                        "fr.plie.rules.eligibility..",
                        "fr.plie.rules.alert..")
                .check(EXIT);
    }

    @Test
    void the_exit_engine_never_reads_the_wall_clock_nor_prints() {
        noClasses()
                .that()
                .resideInAPackage("fr.plie.rules.exit..")
                .should()
                .callMethod(java.time.LocalDate.class, "now")
                .orShould()
                .callMethod(java.time.Instant.class, "now")
                .orShould()
                .callMethod(java.lang.System.class, "currentTimeMillis")
                .orShould()
                .accessField(java.lang.System.class, "out")
                .orShould()
                .accessField(java.lang.System.class, "err")
                .check(EXIT);
    }
}
