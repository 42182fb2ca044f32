package fr.plie.adapter.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The JDBC adapter depends on plie-core only, and hides its implementations behind {@link PlieJdbc}. */
class ArchitectureTest {
    private static final JavaClasses ADAPTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.plie.adapter.jdbc");

    @Test
    void the_adapter_uses_plie_core_the_jdk_vavr_flyway_h2_and_postgresql_copy_and_no_other_plie_module() {
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "javax.sql..",
                        "fr.plie.core..",
                        "fr.plie.adapter.jdbc..",
                        "io.vavr..",
                        "org.flywaydb.core..",
                        "org.h2.jdbcx..",
                        // CopyBatch: PostgreSQL's COPY protocol, loaded only on PostgreSQL
                        "org.postgresql",
                        "org.postgresql.copy..")
                .check(ADAPTER);
    }

    @Test
    void repository_implementations_are_package_private() {
        classes()
                .that()
                .haveSimpleNameStartingWith("Jdbc")
                .should()
                .notBePublic()
                .check(ADAPTER);
        noClasses()
                .that()
                .resideInAPackage("fr.plie.adapter.jdbc..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("fr.plie.rules..", "fr.plie.reporting..", "fr.plie.adapter.json..")
                .check(ADAPTER);
    }
}
