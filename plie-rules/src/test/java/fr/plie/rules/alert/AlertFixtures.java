package fr.plie.rules.alert;

import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.step.ContractType;
import fr.plie.core.step.Employer;
import fr.plie.core.step.EmployerKind;
import fr.plie.core.step.Employment;
import fr.plie.core.step.StepDetail;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Small helpers over plie-core's {@link ParcoursFixture} for alert tests. */
final class AlertFixtures {
    static final LocalDate ENTRY = LocalDate.of(2024, 1, 8);

    private AlertFixtures() {}

    static ParcoursFixture entered() {
        return ParcoursFixture.enteredOn(ENTRY);
    }

    static ParcoursFixture mobilisation(ParcoursFixture f, LocalDate start, LocalDate end) {
        return f.step(new StepDetail.Mobilisation(), start, Option.some(end));
    }

    /** A full-time contract of {@code type} with an employer of the Boulonnais, going on, planned to end. */
    static Employment contract(ContractType type, Option<LocalDate> plannedEnd) {
        return Employment.builder()
                .contractType(type)
                .employer(Employer.of("Association Le Chantier du Portel", EmployerKind.ASSOCIATIVE))
                .weeklyHours(new BigDecimal("26"))
                .plannedEnd(plannedEnd)
                .build();
    }

    static List<Alert> ofKind(List<Alert> alerts, AlertKind kind) {
        return alerts.stream().filter(a -> a.kind() == kind).toList();
    }
}
