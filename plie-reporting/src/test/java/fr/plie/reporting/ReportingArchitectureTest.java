package fr.plie.reporting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * plie-reporting depends on plie-core (and plie-rules) only, never on adapters, exports, benchmarks or examples,
 * and knows no file format: the exports and their libraries live in plie-export.
 */
class ReportingArchitectureTest {
    private static final JavaClasses REPORTING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.plie.reporting");

    static final ArchRule ONLY_MODULES_ABOVE = classes()
            .that()
            .resideInAPackage("fr.plie.reporting..")
            .should()
            .onlyDependOnClassesThat()
            .resideOutsideOfPackages(
                    "fr.plie.adapter..", "fr.plie.export..", "fr.plie.benchmarks..", "fr.plie.examples..");

    static final ArchRule INDICATORS_KNOW_NO_FILE_FORMAT = noClasses()
            .that()
            .resideInAPackage("fr.plie.reporting..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.apache..", "org.jfree..", "org.openhtmltopdf..", "com.openhtmltopdf..");

    static final ArchRule NO_CONSOLE_NO_CLOCK = noClasses()
            .that()
            .resideInAPackage("fr.plie.reporting..")
            .should()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err")
            .orShould()
            .callMethod(java.time.LocalDate.class, "now")
            .orShould()
            .callMethod(System.class, "currentTimeMillis");

    @Test
    void reporting_depends_only_on_the_modules_above_it() {
        ONLY_MODULES_ABOVE.check(REPORTING);
    }

    @Test
    void the_indicators_know_no_file_format() {
        INDICATORS_KNOW_NO_FILE_FORMAT.check(REPORTING);
    }

    @Test
    void the_library_never_prints_nor_reads_the_wall_clock() {
        NO_CONSOLE_NO_CLOCK.check(REPORTING);
    }

    @Test
    void the_dependency_rule_fires_on_a_planted_violation() {
        JavaClasses planted = new ClassFileImporter().importClasses(PlantedViolation.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> noClasses()
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage("java.lang.management..")
                        .check(planted))
                .isInstanceOf(AssertionError.class);
    }

    /** Uses a package the rule forbids, to prove the rule is not vacuous. */
    static final class PlantedViolation {
        Object uptime() {
            return java.lang.management.ManagementFactory.getRuntimeMXBean();
        }
    }
}
