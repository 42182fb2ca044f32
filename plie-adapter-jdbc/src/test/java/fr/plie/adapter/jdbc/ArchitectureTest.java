package fr.plie.adapter.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static fr.plie.core.fixture.ModuleRules.assertFires;

import com.tngtech.archunit.lang.ArchRule;
import fr.plie.core.fixture.ModuleRules;
import org.junit.jupiter.api.Test;

/** The JDBC adapter depends on plie-core only, and hides its implementations behind {@link PlieJdbc}. */
class ArchitectureTest {
    private static final ModuleRules ADAPTER = ModuleRules.of("fr.plie.adapter.jdbc");

    // CopyBatch: PostgreSQL's COPY protocol, loaded only on PostgreSQL; nothing else of the driver
    static final ArchRule CORE_AND_ITS_LIBRARIES_ONLY = ADAPTER.usesOnly(
            "javax.sql..",
            "fr.plie.core..",
            "io.vavr..",
            "org.flywaydb.core..",
            "org.h2.jdbcx..",
            "org.postgresql",
            "org.postgresql.copy..");
    static final ArchRule IMPLEMENTATIONS_HIDDEN =
            classes().that().haveSimpleNameStartingWith("Jdbc").should().notBePublic();

    @Test
    void the_adapter_uses_plie_core_the_jdk_vavr_flyway_h2_and_postgresql_copy_and_no_other_plie_module() {
        ADAPTER.check(CORE_AND_ITS_LIBRARIES_ONLY);
    }

    @Test
    void repository_implementations_are_package_private() {
        ADAPTER.check(IMPLEMENTATIONS_HIDDEN);
    }

    @Test
    void each_rule_fires_on_a_planted_violation() {
        assertFires(CORE_AND_ITS_LIBRARIES_ONLY, JdbcPlantedViolation.class, "org.assertj");
        assertFires(IMPLEMENTATIONS_HIDDEN, JdbcPlantedViolation.class, "JdbcPlantedViolation");
    }

    /** Public, and uses a library the adapter may not: breaks both rules on purpose. Never called. */
    public static final class JdbcPlantedViolation {
        void violate() {
            org.assertj.core.api.Assertions.fail("never called");
        }
    }
}
