package fr.plie.rules.readiness;

import fr.plie.core.exit.EvidenceKind;
import fr.plie.core.parcours.Parcours;
import fr.plie.rules.alert.ExitReadiness;
import fr.plie.rules.alert.Readiness;
import fr.plie.rules.exit.EvidenceRequirement;
import fr.plie.rules.exit.ExitAssessment;
import fr.plie.rules.exit.ExitEngine;
import fr.plie.rules.exit.ExitPolicy;
import fr.plie.rules.exit.ExitPolicySchedule;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The exit engine answering the alerts' question "can a positive exit be pronounced, and what evidence is
 * missing?", so the alerts "exit reachable but not proposed" and "evidence missing" follow the PLIE's own exit
 * policy.
 *
 * <p>Immutable and thread-safe.
 */
public final class ExitEngineReadiness implements ExitReadiness {
    private final Function<LocalDate, Option<ExitPolicy>> policyOn;

    private ExitEngineReadiness(Function<LocalDate, Option<ExitPolicy>> policyOn) {
        this.policyOn = policyOn;
    }

    /**
     * Judges every parcours by {@code policy}.
     *
     * @param policy the exit rules
     * @return the readiness
     */
    public static ExitEngineReadiness of(ExitPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return new ExitEngineReadiness(date -> Option.some(policy));
    }

    /**
     * Judges each parcours by the policy in force on the assessment date; no alert where none is.
     *
     * @param schedule the exit rules by protocol period
     * @return the readiness
     */
    public static ExitEngineReadiness of(ExitPolicySchedule schedule) {
        Objects.requireNonNull(schedule, "schedule");
        return new ExitEngineReadiness(date -> schedule.policyOn(date).toOption());
    }

    @Override
    public Readiness check(Parcours parcours, LocalDate asOf) {
        Option<ExitPolicy> policy = policyOn.apply(asOf);
        if (policy.isEmpty()) {
            return Readiness.notReady();
        }
        ExitAssessment assessment = ExitEngine.assess(parcours, asOf, policy.get());
        if (assessment.pronounceableFrom().isEmpty()) {
            return Readiness.notReady();
        }
        Set<EvidenceKind> missing = EnumSet.noneOf(EvidenceKind.class);
        for (EvidenceRequirement requirement : assessment.missingEvidence()) {
            missing.addAll(requirement.anyOf());
        }
        return new Readiness(true, assessment.pronounceableFrom(), missing);
    }
}
