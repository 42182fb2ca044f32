package fr.plie.rules.alert;

import fr.plie.rules.exit.ExitEngine;
import java.time.LocalDate;
import org.assertj.core.api.Assertions;

/** Breaks the architecture rules on purpose, so the architecture test can prove they fire. Never used. */
final class PlantedViolation {
    private PlantedViolation() {}

    static void violate() {
        System.out.println(LocalDate.now());
        Assertions.fail("never called", ExitEngine.class);
    }
}
