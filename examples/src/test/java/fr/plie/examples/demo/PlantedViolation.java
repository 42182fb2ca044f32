package fr.plie.examples.demo;

/** A class of the demo package that uses a library the demo generator may not. Never called. */
public final class PlantedViolation {
    private PlantedViolation() {}

    static void violate() {
        org.assertj.core.api.Assertions.fail("never called");
    }
}
