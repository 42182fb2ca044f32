package fr.plie.adapter.json;

import static fr.plie.core.fixture.ModuleRules.assertFires;

import com.tngtech.archunit.lang.ArchRule;
import fr.plie.core.fixture.ModuleRules;
import org.junit.jupiter.api.Test;

/** The JSON adapter depends on core (and may use rules and reporting), never on the JDBC adapter or later modules. */
class ArchitectureTest {
    private static final ModuleRules ADAPTER = ModuleRules.of("fr.plie.adapter.json");

    static final ArchRule CORE_RULES_REPORTING_JACKSON_ONLY = ADAPTER.usesOnly(
            "fr.plie.core..", "fr.plie.rules..", "fr.plie.reporting..", "tools.jackson..", "io.vavr..");
    static final ArchRule CORE_CARRIES_NO_JACKSON =
            ModuleRules.of("fr.plie.core").neverUses("tools.jackson..", "com.fasterxml.jackson..");

    @Test
    void the_adapter_uses_only_core_rules_reporting_jackson_vavr_and_the_jdk() {
        ADAPTER.check(CORE_RULES_REPORTING_JACKSON_ONLY);
    }

    @Test
    void core_carries_no_jackson_annotation() {
        ModuleRules.of("fr.plie.core").check(CORE_CARRIES_NO_JACKSON);
    }

    @Test
    void each_rule_fires_on_a_planted_violation() {
        assertFires(CORE_RULES_REPORTING_JACKSON_ONLY, PlantedViolation.class, "org.assertj");
        assertFires(CORE_CARRIES_NO_JACKSON, fr.plie.core.jsonplanted.JacksonInCore.class, "tools.jackson");
    }

    /** A class of the adapter that uses a library it may not. Never called. */
    static final class PlantedViolation {
        void violate() {
            org.assertj.core.api.Assertions.fail("never called");
        }
    }
}
