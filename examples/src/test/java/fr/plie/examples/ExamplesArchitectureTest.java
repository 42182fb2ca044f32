package fr.plie.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static fr.plie.core.fixture.ModuleRules.assertFires;

import com.tngtech.archunit.lang.ArchRule;
import fr.plie.core.fixture.ModuleRules;
import fr.plie.examples.demo.PlantedViolation;
import org.junit.jupiter.api.Test;

/**
 * The examples come last in the module order: they may use every library module but the benchmarks. The vendor
 * example proves its point (only the exit engine is reused) by depending on plie-core and the exit package alone;
 * the demo generator needs plie-core only.
 */
class ExamplesArchitectureTest {
    private static final ModuleRules EXAMPLES = ModuleRules.of("fr.plie.examples");

    static final ArchRule NO_BENCHMARKS = EXAMPLES.neverUses("fr.plie.benchmarks..");
    static final ArchRule VENDOR_REUSES_ONLY_THE_EXIT_ENGINE = classes()
            .that()
            .haveSimpleNameStartingWith("VendorExitEngine")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "fr.plie.examples.embedding..", "fr.plie.core..", "fr.plie.rules.exit..", "io.vavr..", "java..");
    static final ArchRule DEMO_NEEDS_ONLY_THE_CORE =
            ModuleRules.of("fr.plie.examples.demo").usesOnly("fr.plie.core..", "io.vavr..");

    @Test
    void theExamplesNeverDependOnTheBenchmarks() {
        EXAMPLES.check(NO_BENCHMARKS);
    }

    @Test
    void theVendorExampleReusesOnlyTheCoreAndTheExitEngine() {
        EXAMPLES.check(VENDOR_REUSES_ONLY_THE_EXIT_ENGINE);
    }

    @Test
    void theDemoGeneratorNeedsOnlyTheCore() {
        ModuleRules.of("fr.plie.examples.demo").check(DEMO_NEEDS_ONLY_THE_CORE);
    }

    @Test
    void eachRuleFiresOnAPlantedViolation() {
        assertFires(DEMO_NEEDS_ONLY_THE_CORE, PlantedViolation.class, "org.assertj");
    }
}
