package fr.plie.reporting.esf;

import fr.plie.core.esf.EsfOperation;
import fr.plie.core.esf.EsfOperationId;
import fr.plie.core.esf.EsfOperations;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.core.step.ContractType;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.List;

/** Operations used by the ESF+ tests: yearly operations 2022 to 2026, as many PLIEs run them. */
public final class EsfFixtures {
    public static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    public static final EsfQuestionnaire QUESTIONNAIRE = new EsfQuestionnaire(EsfDeadlines.DEFAULT);

    private EsfFixtures() {}

    public static EsfOperation yearly(int year) {
        return new EsfOperation(
                EsfOperationId.of("OP-" + year), ReportingPeriod.year(year), "PLIE Test", "Accompagnement " + year);
    }

    public static EsfOperations yearlyOperations() {
        return EsfOperations.of(List.of(yearly(2022), yearly(2023), yearly(2024), yearly(2025), yearly(2026)))
                .get();
    }

    /** Entered in March 2024, hired on a CDI in September, left for that job on 1 October 2024. */
    public static Parcours hiredOnACdi() {
        return ParcoursFixture.enteredOn("PAR-1", LocalDate.of(2024, 3, 4))
                .employment(ContractType.CDI, LocalDate.of(2024, 9, 2), Option.none())
                .proposeExit(LocalDate.of(2024, 10, 1), ExitCategory.POSITIVE_EMPLOYMENT)
                .validateExit(LocalDate.of(2024, 10, 11))
                .build();
    }
}
