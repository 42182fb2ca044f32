package fr.plie.adapter.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The JSON adapter depends on core (and may use rules and reporting), never on the JDBC adapter or later modules. */
class ArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.plie.adapter.json");

    @Test
    void the_adapter_uses_only_core_rules_reporting_jackson_vavr_and_the_jdk() {
        classes()
                .that()
                .resideInAPackage("fr.plie.adapter.json..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "fr.plie.adapter.json..",
                        "fr.plie.core..",
                        "fr.plie.rules..",
                        "fr.plie.reporting..",
                        "tools.jackson..",
                        "io.vavr..",
                        "java..")
                .check(classes);
    }

    @Test
    void no_class_of_the_adapter_reaches_the_jdbc_adapter_or_the_benchmarks() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("fr.plie.adapter.jdbc..", "fr.plie.benchmarks..", "fr.plie.examples..")
                .check(classes);
    }

    @Test
    void core_carries_no_jackson_annotation() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("fr.plie.core"));
    }
}
