package fr.plie.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The examples come last in the module order: they may use every library module but the benchmarks. The vendor
 * example proves its point (only the exit engine is reused) by depending on plie-core and the exit package alone;
 * the demo generator needs plie-core only.
 */
class ExamplesArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.plie.examples");

    @Test
    void theExamplesNeverDependOnTheBenchmarks() {
        noClasses()
                .that()
                .resideInAPackage("fr.plie.examples..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("fr.plie.benchmarks..")
                .check(MAIN);
    }

    @Test
    void theVendorExampleReusesOnlyTheCoreAndTheExitEngine() {
        classes()
                .that()
                .haveSimpleNameStartingWith("VendorExitEngine")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "fr.plie.examples.embedding..", "fr.plie.core..", "fr.plie.rules.exit..", "io.vavr..", "java..")
                .check(MAIN);
    }

    @Test
    void theDemoGeneratorNeedsOnlyTheCore() {
        classes()
                .that()
                .resideInAPackage("fr.plie.examples.demo..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("fr.plie.examples.demo..", "fr.plie.core..", "io.vavr..", "java..")
                .check(MAIN);
    }
}
