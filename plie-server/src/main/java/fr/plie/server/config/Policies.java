package fr.plie.server.config;

import fr.plie.core.admission.Referent;
import fr.plie.core.admission.ReferentId;
import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.reporting.indicator.ReportingOptions;
import fr.plie.reporting.indicator.Targets;
import fr.plie.rules.alert.AlertPolicy;
import fr.plie.rules.eligibility.EligibilityPolicy;
import fr.plie.rules.exit.ExitPolicy;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rules this PLIE applies (its exit and eligibility policies, the presets a request may name instead) and its
 * schedule: the protocol, its targets, the referents.
 */
public final class Policies {
    /** The eligibility presets by their command-line names, as {@code plie eligibility} knows them. */
    public static final Map<String, EligibilityPolicy> ELIGIBILITY_PRESETS = new LinkedHashMap<>();

    static {
        ELIGIBILITY_PRESETS.put("grand-perigueux-2022-2027", EligibilityPolicy.GRAND_PERIGUEUX_2022_2027);
        ELIGIBILITY_PRESETS.put("grand-amienois", EligibilityPolicy.GRAND_AMIENOIS);
    }

    private final ExitPolicy exitPolicy;
    private final EligibilityPolicy eligibilityPolicy;
    private final PlieSettings settings;
    private final Clock clock;

    public Policies(PlieSettings settings, ExitPolicy exitPolicy, EligibilityPolicy eligibilityPolicy, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.exitPolicy = exitPolicy;
        this.eligibilityPolicy = eligibilityPolicy;
    }

    /** The exit policy of this PLIE. */
    public ExitPolicy exitPolicy() {
        return exitPolicy;
    }

    public EligibilityPolicy eligibilityPolicy() {
        return eligibilityPolicy;
    }

    /** The exit policy a request names (a preset), or this PLIE's when it names none. */
    public Option<ExitPolicy> exitPolicy(String name) {
        return name == null || name.isBlank() ? Option.some(exitPolicy) : exitPreset(name);
    }

    public Option<EligibilityPolicy> eligibilityPolicy(String name) {
        return name == null || name.isBlank()
                ? Option.some(eligibilityPolicy)
                : Option.of(ELIGIBILITY_PRESETS.get(name));
    }

    private static Option<ExitPolicy> exitPreset(String name) {
        return Option.ofOptional(
                ExitPolicy.presets().stream().filter(p -> p.name().equals(name)).findFirst());
    }

    public static List<String> exitPresetNames() {
        return ExitPolicy.presets().stream().map(ExitPolicy::name).toList();
    }

    /** Every alert: a PLIE that wants fewer turns them off in its own software. */
    public AlertPolicy alertPolicy() {
        return AlertPolicy.ALL;
    }

    /** The day a request means when it names none: the configured one (the demo's), or today. */
    public LocalDate today() {
        return settings.asOf() != null ? settings.asOf() : LocalDate.now(clock);
    }

    /** The protocol, when configured. */
    public Option<ReportingPeriod> protocol() {
        return settings.protocolFrom() == null || settings.protocolTo() == null
                ? Option.none()
                : Option.some(new ReportingPeriod(settings.protocolFrom(), settings.protocolTo()));
    }

    public Targets targets() {
        Map<String, BigDecimal> t = settings.targets();
        Function<String, Option<BigDecimal>> rate = key -> Option.of(t.get(key));
        return new Targets(
                rate.apply("positive-exit-rate"),
                rate.apply("employment-exit-rate"),
                rate.apply("training-exit-rate"),
                rate.apply("protocol-participants").map(BigDecimal::longValueExact),
                rate.apply("first-receptions").map(BigDecimal::longValueExact),
                Option.of(t.get("capacity-per-fte"))
                        .map(BigDecimal::intValueExact)
                        .getOrElse(90));
    }

    public List<Referent> referents() {
        return settings.referents().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new Referent(ReferentId.of(e.getKey()), e.getValue()))
                .toList();
    }

    /** The options every report of this PLIE is computed with, as of {@code asOf}. */
    public ReportingOptions reportingOptions(LocalDate asOf) {
        ReportingOptions options = ReportingOptions.asOf(asOf).withTargets(targets());
        if (protocol().isDefined()) {
            options = options.withProtocol(protocol().get());
        }
        if (!settings.referents().isEmpty()) {
            options = options.withReferentFte(
                    referents().stream().collect(Collectors.toMap(Referent::id, Referent::fte)));
        }
        return options;
    }
}
