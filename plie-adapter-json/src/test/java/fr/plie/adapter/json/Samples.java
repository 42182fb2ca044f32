package fr.plie.adapter.json;

import fr.plie.core.exit.Evidence;
import fr.plie.core.exit.EvidenceKind;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.fixture.ProfileFixture;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.step.ContractType;
import fr.plie.core.step.TrainingResult;
import io.vavr.control.Option;
import java.time.LocalDate;

/** Realistic documents built with plie-core's fixtures, through the real lifecycle. */
final class Samples {
    private Samples() {}

    /** Entered in January 2023, training then a CDI, exit proposed with a contract and validated. */
    static ParcoursDocument exitedParcours() {
        Parcours p = ParcoursFixture.enteredOn("PAR-2023-0042", LocalDate.of(2023, 1, 16))
                .interview(LocalDate.of(2023, 1, 20))
                .qualifyingTraining(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 6, 30), TrainingResult.OBTAINED)
                .employment(ContractType.CDI, LocalDate.of(2023, 9, 4), Option.none())
                .proposeExit(
                        LocalDate.of(2024, 3, 5),
                        ExitCategory.POSITIVE_EMPLOYMENT,
                        new Evidence(EvidenceKind.EMPLOYMENT_CONTRACT, LocalDate.of(2023, 9, 1), "GED-2023-118"))
                .validateExit(LocalDate.of(2024, 3, 12))
                .build();
        return ParcoursDocument.of(p, ProfileFixture.participant(p.participant().value()));
    }

    /** Active since March 2024 with an ongoing CDD, no participant attached. */
    static ParcoursDocument activeParcours() {
        return ParcoursDocument.of(ParcoursFixture.enteredOn("PAR-2024-0007", LocalDate.of(2024, 3, 4))
                .interview(LocalDate.of(2024, 3, 6))
                .employment(ContractType.CDD, LocalDate.of(2024, 4, 2), Option.none())
                .build());
    }
}
