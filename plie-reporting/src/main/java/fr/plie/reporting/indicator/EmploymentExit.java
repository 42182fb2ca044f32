package fr.plie.reporting.indicator;

import fr.plie.core.parcours.Parcours;
import fr.plie.core.step.ContractType;
import fr.plie.core.step.Employment;
import fr.plie.core.step.Step;
import java.time.LocalDate;

/**
 * Which employment an employment exit was pronounced on, and where it falls in seed 003's job typology (CDI /
 * CDD of more than 6 months / creation / other).
 */
final class EmploymentExit {
    private EmploymentExit() {}

    /**
     * The employment step going on at the exit date, else the last one started before it; null when the
     * parcours recorded none.
     */
    static Step stepOf(Parcours parcours, LocalDate exitDate) {
        Step latest = null;
        for (Step step : parcours.steps()) {
            if (!(step.detail() instanceof Employment) || step.start().isAfter(exitDate)) {
                continue;
            }
            if (step.isOngoingOn(exitDate)) {
                return step;
            }
            if (latest == null || step.start().isAfter(latest.start())) {
                latest = step;
            }
        }
        return latest;
    }

    static Indicator typology(Step step) {
        if (step == null) {
            return Indicator.JOB_NOT_RECORDED;
        }
        Employment employment = (Employment) step.detail();
        if (employment.contractType() == ContractType.CDI) {
            return Indicator.JOB_CDI;
        }
        if (employment.contractType() == ContractType.CDD) {
            LocalDate end = employment.plannedEnd().orElse(step.end()).getOrNull();
            if (end != null && end.isAfter(step.start().plusMonths(6))) {
                return Indicator.JOB_CDD_OVER_6_MONTHS;
            }
        }
        return Indicator.JOB_OTHER;
    }

    static Indicator employerTypology(Step step) {
        return switch (((Employment) step.detail()).employer().kind()) {
            case PRIVATE -> Indicator.EMPLOYER_PRIVATE;
            case PUBLIC -> Indicator.EMPLOYER_PUBLIC;
            case ASSOCIATIVE -> Indicator.EMPLOYER_ASSOCIATIVE;
            case SIAE -> Indicator.EMPLOYER_SIAE;
        };
    }
}
