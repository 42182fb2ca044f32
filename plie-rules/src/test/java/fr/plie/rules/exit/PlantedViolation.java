package fr.plie.rules.exit;

import fr.plie.rules.alert.Alerts;
import java.time.Instant;
import org.assertj.core.api.Assertions;

/** Breaks the exit package's architecture rules on purpose, so its test can prove they fire. Never used. */
final class PlantedViolation {
    private PlantedViolation() {}

    static void violate() {
        System.err.println(Instant.now());
        Assertions.fail("never called", Alerts.class);
    }
}
