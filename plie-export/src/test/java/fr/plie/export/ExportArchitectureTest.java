package fr.plie.export;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** plie-export reads reports (plie-reporting, plie-core) and nothing else of plie: no adapter, no rule engine. */
class ExportArchitectureTest {
    private static final JavaClasses EXPORT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.plie.export");

    static final ArchRule ONLY_MODULES_ABOVE = classes()
            .that()
            .resideInAPackage("fr.plie.export..")
            .should()
            .onlyDependOnClassesThat()
            .resideOutsideOfPackages(
                    "fr.plie.adapter..", "fr.plie.rules..", "fr.plie.benchmarks..", "fr.plie.examples..");

    static final ArchRule NO_CONSOLE_NO_CLOCK = noClasses()
            .that()
            .resideInAPackage("fr.plie.export..")
            .should()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err")
            .orShould()
            .callMethod(java.time.LocalDate.class, "now")
            .orShould()
            .callMethod(System.class, "currentTimeMillis");

    @Test
    void export_depends_only_on_core_and_reporting() {
        ONLY_MODULES_ABOVE.check(EXPORT);
    }

    @Test
    void the_library_never_prints_nor_reads_the_wall_clock() {
        NO_CONSOLE_NO_CLOCK.check(EXPORT);
    }
}
