package fr.plie.reporting.indicator;

import fr.plie.core.admission.ReferentId;
import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.core.participant.InseeCode;
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
 */
public record ReportingOptions(
        LocalDate asOf,
        boolean excludeAdministrativeExits,
        boolean drillDown,
        Option<ReportingPeriod> protocol,
        Map<ReferentId, BigDecimal> referentFte,
        Map<InseeCode, String> communeToEpci,
        Targets targets) {
    public ReportingOptions {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(protocol, "protocol");
        referentFte = Map.copyOf(referentFte);
        communeToEpci = Map.copyOf(communeToEpci);
        Objects.requireNonNull(targets, "targets");
    }

    /** All exits in the denominator, no drill-down, no protocol, no FTE, no EPCI mapping, no target. */
    public static ReportingOptions asOf(LocalDate asOf) {
        return new ReportingOptions(asOf, false, false, Option.none(), Map.of(), Map.of(), Targets.NONE);
    }

    public ReportingOptions withAdministrativeExitsExcluded(boolean exclude) {
        return new ReportingOptions(asOf, exclude, drillDown, protocol, referentFte, communeToEpci, targets);
    }

    public ReportingOptions withDrillDown(boolean keepIds) {
        return new ReportingOptions(
                asOf, excludeAdministrativeExits, keepIds, protocol, referentFte, communeToEpci, targets);
    }

    public ReportingOptions withProtocol(ReportingPeriod protocolPeriod) {
        return new ReportingOptions(
                asOf,
                excludeAdministrativeExits,
                drillDown,
                Option.some(protocolPeriod),
                referentFte,
                communeToEpci,
                targets);
    }

    public ReportingOptions withReferentFte(Map<ReferentId, BigDecimal> fte) {
        return new ReportingOptions(asOf, excludeAdministrativeExits, drillDown, protocol, fte, communeToEpci, targets);
    }

    public ReportingOptions withCommuneToEpci(Map<InseeCode, String> mapping) {
        return new ReportingOptions(
                asOf, excludeAdministrativeExits, drillDown, protocol, referentFte, mapping, targets);
    }

    public ReportingOptions withTargets(Targets newTargets) {
        return new ReportingOptions(
                asOf, excludeAdministrativeExits, drillDown, protocol, referentFte, communeToEpci, newTargets);
    }
}
