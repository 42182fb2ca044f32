package fr.plie.reporting.indicator;

import fr.plie.core.admission.ReferentId;
import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.core.participant.InseeCode;
import fr.plie.rules.exit.ExitPolicy;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * How a report is computed, beyond its period. Immutable; change it with the {@code with*} methods.
 *
 * @param asOf the date the data was extracted: results six months after exit are only counted when that
 *     sixth month is over by then (the library never reads the clock)
 * @param excludeAdministrativeExits leave moving away, death and retirement out of the rates' denominator, as
 *     some PLIEs do (DOMAIN.md, "Indicators the seeds ask for")
 * @param drillDown keep the pseudonymous ids of the parcours behind every figure
 * @param protocol the protocol's period (seed 001: 2022-2027), for the participants over the protocol
 * @param referentFte each referent's working time, for the caseload per FTE
 * @param communeToEpci the EPCI of each commune, for the breakdown by EPCI
 * @param exitPolicy the policy under which the exit engine judges every exit again (the {@link
 *     IndicatorGroup#POLICY_CHECK} figures); none to report the exits as recorded only
 */
public record ReportingOptions(
        LocalDate asOf,
        boolean excludeAdministrativeExits,
        boolean drillDown,
        Option<ReportingPeriod> protocol,
        Map<ReferentId, BigDecimal> referentFte,
        Map<InseeCode, String> communeToEpci,
        Targets targets,
        Option<ExitPolicy> exitPolicy) {
    /**
     * Copies the maps, so the options stay immutable.
     *
     * @param asOf the date the data was extracted: results six months after exit are only counted when that sixth month
     *     is over by then (the library never reads the clock)
     * @param excludeAdministrativeExits leave moving away, death and retirement out of the rates' denominator, as some
     *     PLIEs do
     * @param drillDown keep the pseudonymous ids of the parcours behind every figure
     * @param protocol the protocol's period, for the participants over the protocol
     * @param referentFte each referent's working time, for the caseload per FTE
     * @param communeToEpci the EPCI of each commune, for the breakdown by EPCI
     * @param targets the PLIE's objectives
     * @param exitPolicy the policy under which the exit engine judges every exit again; none to report the exits as
     *     recorded only
     * @throws NullPointerException if a component is null
     */
    public ReportingOptions {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(protocol, "protocol");
        referentFte = Map.copyOf(referentFte);
        communeToEpci = Map.copyOf(communeToEpci);
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(exitPolicy, "exitPolicy");
    }

    /**
     * Options without an exit policy to check the exits against.
     *
     * @param asOf the date the data was extracted
     * @param excludeAdministrativeExits leave administrative exits out of the rates' denominator
     * @param drillDown keep the pseudonymous ids of the parcours behind every figure
     * @param protocol the protocol's period
     * @param referentFte each referent's working time
     * @param communeToEpci the EPCI of each commune
     * @param targets the PLIE's objectives
     */
    public ReportingOptions(
            LocalDate asOf,
            boolean excludeAdministrativeExits,
            boolean drillDown,
            Option<ReportingPeriod> protocol,
            Map<ReferentId, BigDecimal> referentFte,
            Map<InseeCode, String> communeToEpci,
            Targets targets) {
        this(asOf, excludeAdministrativeExits, drillDown, protocol, referentFte, communeToEpci, targets, Option.none());
    }

    /**
     * All exits in the denominator, no drill-down, no protocol, no FTE, no EPCI mapping, no target.
     *
     * @param asOf the date the data was extracted
     * @return the options
     */
    public static ReportingOptions asOf(LocalDate asOf) {
        return new ReportingOptions(asOf, false, false, Option.none(), Map.of(), Map.of(), Targets.NONE, Option.none());
    }

    /**
     * The same options, administrative exits left out of the rates' denominator or not.
     *
     * @param exclude whether to leave them out
     * @return the new options
     */
    public ReportingOptions withAdministrativeExitsExcluded(boolean exclude) {
        return new ReportingOptions(
                asOf, exclude, drillDown, protocol, referentFte, communeToEpci, targets, exitPolicy);
    }

    /**
     * The same options, with or without drill-down.
     *
     * @param keepIds whether to keep the parcours ids behind every figure
     * @return the new options
     */
    public ReportingOptions withDrillDown(boolean keepIds) {
        return new ReportingOptions(
                asOf, excludeAdministrativeExits, keepIds, protocol, referentFte, communeToEpci, targets, exitPolicy);
    }

    /**
     * The same options with a protocol.
     *
     * @param protocolPeriod the protocol's period
     * @return the new options
     */
    public ReportingOptions withProtocol(ReportingPeriod protocolPeriod) {
        return new ReportingOptions(
                asOf,
                excludeAdministrativeExits,
                drillDown,
                Option.some(protocolPeriod),
                referentFte,
                communeToEpci,
                targets,
                exitPolicy);
    }

    /**
     * The same options with the referents' working time.
     *
     * @param fte each referent's FTE
     * @return the new options
     */
    public ReportingOptions withReferentFte(Map<ReferentId, BigDecimal> fte) {
        return new ReportingOptions(
                asOf, excludeAdministrativeExits, drillDown, protocol, fte, communeToEpci, targets, exitPolicy);
    }

    /**
     * The same options with the communes' EPCIs.
     *
     * @param mapping the EPCI of each commune
     * @return the new options
     */
    public ReportingOptions withCommuneToEpci(Map<InseeCode, String> mapping) {
        return new ReportingOptions(
                asOf, excludeAdministrativeExits, drillDown, protocol, referentFte, mapping, targets, exitPolicy);
    }

    /**
     * The name of the policy the exits are checked against, such as {@code grand-amienois}; none without one.
     *
     * @return the policy's name, if any
     */
    public Option<String> exitPolicyName() {
        return exitPolicy.map(ExitPolicy::name);
    }

    /**
     * Judges every exit again under {@code policy}, as the exit engine would: the policy check figures.
     *
     * @param policy the exit policy
     * @return the new options
     */
    public ReportingOptions withExitPolicy(ExitPolicy policy) {
        return new ReportingOptions(
                asOf,
                excludeAdministrativeExits,
                drillDown,
                protocol,
                referentFte,
                communeToEpci,
                targets,
                Option.some(policy));
    }

    /**
     * The same options with other targets.
     *
     * @param newTargets the PLIE's objectives
     * @return the new options
     */
    public ReportingOptions withTargets(Targets newTargets) {
        return new ReportingOptions(
                asOf,
                excludeAdministrativeExits,
                drillDown,
                protocol,
                referentFte,
                communeToEpci,
                newTargets,
                exitPolicy);
    }
}
