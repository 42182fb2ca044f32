package fr.plie.server.config;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the server reads in {@code plie.*} (application.properties, command-line {@code --plie.x=y} or the
 * environment) beside the starter's {@code plie.exit}, {@code plie.eligibility} and {@code plie.jdbc}: the day,
 * the protocol and its targets, the referents, and the server's limits.
 *
 * @param asOf the day assessments and alerts are made on when a request names none; today when absent
 * @param protocolFrom first day of the PLIE's protocol (the schedule)
 * @param protocolTo last day of the protocol
 * @param targets the protocol's objectives: positive-exit, employment, training rates, participants
 * @param referents the referents and their FTE ({@code R-01: 1.0}), for caseload alerts and report caseloads
 * @param maxRequestBytes the largest request body accepted (413 beyond)
 * @param oidcIssuer an OpenID Connect issuer: Bearer tokens are then its JWTs instead of plie's own tokens
 * @param demoToken whether to create and print sign-in tokens at start-up ({@code plie serve --demo})
 * @param assessmentConcurrency how many single-document assessments compute at once, the others waiting their
 *     turn in arrival order (the number of processors when absent, no limit at 0): see docs/server.md
 */
@ConfigurationProperties("plie")
public record PlieSettings(
        @Nullable LocalDate asOf,
        @Nullable LocalDate protocolFrom,
        @Nullable LocalDate protocolTo,
        Map<String, BigDecimal> targets,
        Map<String, BigDecimal> referents,
        long maxRequestBytes,
        @Nullable String oidcIssuer,
        boolean demoToken,
        @Nullable Integer assessmentConcurrency) {
    public PlieSettings {
        targets = targets == null ? Map.of() : Map.copyOf(targets);
        referents = referents == null ? Map.of() : Map.copyOf(referents);
        maxRequestBytes = maxRequestBytes <= 0 ? 64L * 1024 * 1024 : maxRequestBytes;
        oidcIssuer = oidcIssuer == null || oidcIssuer.isBlank() ? null : oidcIssuer;
        if (assessmentConcurrency == null) {
            assessmentConcurrency = Runtime.getRuntime().availableProcessors();
        } else if (assessmentConcurrency < 0) {
            throw new IllegalArgumentException(
                    "plie.assessment-concurrency: " + assessmentConcurrency + " (0 for no limit, or more)");
        }
    }
}
