package fr.plie.reporting.indicator;

import fr.plie.core.exit.ExitCategory;
import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.fixture.ProfileFixture;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.core.participant.Profile;
import fr.plie.core.step.ContractType;
import fr.plie.core.step.Employer;
import fr.plie.core.step.EmployerKind;
import fr.plie.core.step.Employment;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Small helpers to write hand-computed cohorts through the real lifecycle. */
final class Cohorts {
    static final ReportingPeriod YEAR_2024 = ReportingPeriod.year(2024);
    static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);
    static final Profile WOMAN = ProfileFixture.longTermJobSeeker().build();

    private Cohorts() {}

    static Employment job(ContractType type, EmployerKind kind, Option<LocalDate> plannedEnd) {
        return job(type, kind, plannedEnd, Option.some("Commerce"));
    }

    static Employment job(ContractType type, EmployerKind kind, Option<LocalDate> plannedEnd, Option<String> sector) {
        return Employment.builder()
                .contractType(type)
                .employer(new Employer("Employeur", Option.none(), sector, kind))
                .weeklyHours(new BigDecimal("35"))
                .plannedEnd(plannedEnd)
                .build();
    }

    static ParcoursFixture close(ParcoursFixture fixture, LocalDate exit, ExitCategory category) {
        return fixture.proposeExit(exit, category).validateExit(exit.plusDays(10));
    }

    static IndicatorReport report(ReportingOptions options, List<Parcours> cohort) {
        return report(YEAR_2024, options, cohort);
    }

    static IndicatorReport report(ReportingPeriod period, ReportingOptions options, List<Parcours> cohort) {
        IndicatorAccumulator accumulator = IndicatorAccumulator.empty(period, options);
        cohort.forEach(p -> accumulator.add(p, WOMAN));
        return accumulator.report();
    }
}
