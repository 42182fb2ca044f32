package fr.plie.server.config;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a PLIE configures in {@code plie.*} (application.properties, command-line {@code --plie.x=y} or the
 * environment): its rules, its protocol and targets, and the server's limits.
 *
 * @param exitPolicy an exit preset name ({@code toulouse-2015-2020}...) or an exit-policy document (.json)
 * @param eligibilityPolicy an eligibility preset name or an eligibility-policy document (.json)
 * @param asOf the day assessments and alerts are made on when a request names none; today when absent
 * @param protocolFrom first day of the PLIE's protocol (the schedule)
 * @param protocolTo last day of the protocol
 * @param targets the protocol's objectives: positive-exit, employment, training rates, participants
 * @param referents the referents and their FTE ({@code R-01: 1.0}), for caseload alerts and report caseloads
 * @param maxRequestBytes the largest request body accepted (413 beyond)
 * @param oidcIssuer an OpenID Connect issuer: Bearer tokens are then its JWTs instead of plie's own tokens
 * @param demoToken whether to create and print sign-in tokens at start-up ({@code plie serve --demo})
 */
@ConfigurationProperties("plie")
public record PlieSettings(
        String exitPolicy,
        String eligibilityPolicy,
        @Nullable LocalDate asOf,
        @Nullable LocalDate protocolFrom,
        @Nullable LocalDate protocolTo,
        Map<String, BigDecimal> targets,
        Map<String, BigDecimal> referents,
        long maxRequestBytes,
        @Nullable String oidcIssuer,
        boolean demoToken) {
    public PlieSettings {
        exitPolicy = exitPolicy == null ? "national-guide-2010" : exitPolicy;
        eligibilityPolicy = eligibilityPolicy == null ? "grand-perigueux-2022-2027" : eligibilityPolicy;
        targets = targets == null ? Map.of() : Map.copyOf(targets);
        referents = referents == null ? Map.of() : Map.copyOf(referents);
        maxRequestBytes = maxRequestBytes <= 0 ? 64L * 1024 * 1024 : maxRequestBytes;
        oidcIssuer = oidcIssuer == null || oidcIssuer.isBlank() ? null : oidcIssuer;
    }

    /** Whether {@code name} is a policy document rather than a preset name. */
    static boolean isDocument(String name) {
        return name.endsWith(".json");
    }

    static Path path(String name) {
        return Path.of(name);
    }
}
