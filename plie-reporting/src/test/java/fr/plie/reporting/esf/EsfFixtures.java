package fr.plie.reporting.esf;

import fr.plie.core.esf.EsfOperation;
import fr.plie.core.esf.EsfOperationId;
import fr.plie.core.esf.EsfOperations;
import fr.plie.core.parcours.ReportingPeriod;
import java.time.LocalDate;
import java.util.List;

/** Operations used by the ESF+ tests: yearly operations 2022 to 2026, as many PLIEs run them. */
final class EsfFixtures {
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    static final EsfQuestionnaire QUESTIONNAIRE = new EsfQuestionnaire(EsfDeadlines.DEFAULT);

    private EsfFixtures() {}

    static EsfOperation yearly(int year) {
        return new EsfOperation(
                EsfOperationId.of("OP-" + year), ReportingPeriod.year(year), "PLIE Test", "Accompagnement " + year);
    }

    static EsfOperations yearlyOperations() {
        return EsfOperations.of(List.of(yearly(2022), yearly(2023), yearly(2024), yearly(2025), yearly(2026)))
                .get();
    }
}
