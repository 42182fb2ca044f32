package fr.plie.reporting.indicator;

import static fr.plie.reporting.indicator.Cohorts.close;
import static fr.plie.reporting.indicator.Cohorts.job;

import fr.plie.core.exit.ExitCategory;
import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.step.BusinessCreation;
import fr.plie.core.step.ContractType;
import fr.plie.core.step.EmployerKind;
import fr.plie.core.step.TrainingResult;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.List;

/**
 * Ten exits pronounced on 2024-06-03 after entries on 2023-09-01: P01 CDI (private), P02 CDD of 8 months
 * (public), P03 CDD of 7 months (associative), P04 temporary mission (private), P05 business creation, P06
 * qualifying training obtained, P07 moved away, P08 retirement, P09 abandonment, P10 interruption.
 */
public final class TenExits {
    private TenExits() {}

    private static final LocalDate ENTRY = LocalDate.of(2023, 9, 1);
    private static final LocalDate JOB_START = LocalDate.of(2024, 2, 1);
    private static final LocalDate EXIT = LocalDate.of(2024, 6, 3);

    private static Parcours employed(String id, ContractType type, EmployerKind kind, Option<LocalDate> plannedEnd) {
        return close(
                        ParcoursFixture.enteredOn(id, ENTRY)
                                .step(job(type, kind, plannedEnd), JOB_START, Option.none()),
                        EXIT,
                        ExitCategory.POSITIVE_EMPLOYMENT)
                .build();
    }

    private static Parcours exitedWithout(String id, ExitCategory category) {
        return close(ParcoursFixture.enteredOn(id, ENTRY), EXIT, category).build();
    }

    /** The ten parcours P01 to P10, in that order. */
    public static List<Parcours> cohort() {
        return List.of(
                employed("P01", ContractType.CDI, EmployerKind.PRIVATE, Option.none()),
                employed("P02", ContractType.CDD, EmployerKind.PUBLIC, Option.some(JOB_START.plusMonths(8))),
                employed("P03", ContractType.CDD, EmployerKind.ASSOCIATIVE, Option.some(JOB_START.plusMonths(7))),
                employed(
                        "P04",
                        ContractType.TEMPORARY_MISSION,
                        EmployerKind.PRIVATE,
                        Option.some(JOB_START.plusMonths(9))),
                close(
                                ParcoursFixture.enteredOn("P05", ENTRY)
                                        .step(
                                                new BusinessCreation(
                                                        Option.some(JOB_START), Option.none(), Option.some(JOB_START)),
                                                JOB_START,
                                                Option.none()),
                                EXIT,
                                ExitCategory.POSITIVE_CREATION)
                        .build(),
                close(
                                ParcoursFixture.enteredOn("P06", ENTRY)
                                        .qualifyingTraining(
                                                LocalDate.of(2023, 10, 2),
                                                LocalDate.of(2024, 5, 31),
                                                TrainingResult.OBTAINED),
                                EXIT,
                                ExitCategory.POSITIVE_TRAINING)
                        .build(),
                exitedWithout("P07", ExitCategory.MOVED_AWAY),
                exitedWithout("P08", ExitCategory.RETIREMENT),
                exitedWithout("P09", ExitCategory.ABANDONMENT),
                exitedWithout("P10", ExitCategory.INTERRUPTION));
    }

    /** The report of the ten exits over 2024 with {@code options}, all participants women. */
    public static IndicatorReport report(ReportingOptions options, List<Parcours> cohort) {
        return Cohorts.report(options, cohort);
    }
}
