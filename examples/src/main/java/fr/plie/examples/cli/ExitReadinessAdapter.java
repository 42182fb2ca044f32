package fr.plie.examples.cli;

import fr.plie.core.exit.EvidenceKind;
import fr.plie.rules.alert.ExitReadiness;
import fr.plie.rules.alert.Readiness;
import fr.plie.rules.exit.EvidenceRequirement;
import fr.plie.rules.exit.ExitAssessment;
import fr.plie.rules.exit.ExitEngine;
import fr.plie.rules.exit.ExitPolicy;
import java.util.EnumSet;
import java.util.Set;

/**
 * Plugs the exit engine into the alerts' {@link ExitReadiness} port (docs/alerts.md): a positive exit is possible
 * from the date the engine says it can be pronounced; each unmet evidence requirement is reported by the first
 * kind of evidence that would meet it.
 */
final class ExitReadinessAdapter {
    private ExitReadinessAdapter() {}

    static ExitReadiness of(ExitPolicy policy) {
        return (parcours, asOf) -> {
            ExitAssessment a = ExitEngine.assess(parcours, asOf, policy);
            if (a.pronounceableFrom().isEmpty()) {
                return Readiness.notReady();
            }
            Set<EvidenceKind> missing = EnumSet.noneOf(EvidenceKind.class);
            for (EvidenceRequirement r : a.missingEvidence()) {
                r.anyOf().stream().sorted().findFirst().ifPresent(missing::add);
            }
            return new Readiness(true, a.pronounceableFrom(), missing);
        };
    }
}
