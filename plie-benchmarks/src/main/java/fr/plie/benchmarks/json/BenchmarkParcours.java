package fr.plie.benchmarks.json;

import fr.plie.adapter.json.ParcoursDocument;
import fr.plie.core.admission.CommitmentContract;
import fr.plie.core.admission.CommitteeDecision;
import fr.plie.core.admission.PrescriberKind;
import fr.plie.core.admission.ReferentAssignment;
import fr.plie.core.admission.ReferentId;
import fr.plie.core.admission.Referral;
import fr.plie.core.exit.Evidence;
import fr.plie.core.exit.EvidenceKind;
import fr.plie.core.exit.Exit;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.exit.ExitValidation;
import fr.plie.core.parcours.Interview;
import fr.plie.core.parcours.InterviewMode;
import fr.plie.core.parcours.JobOfferPlacement;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.parcours.ParcoursStatus;
import fr.plie.core.parcours.PlacementResult;
import fr.plie.core.participant.ParticipantId;
import fr.plie.core.step.ContractType;
import fr.plie.core.step.Employer;
import fr.plie.core.step.EmployerKind;
import fr.plie.core.step.Employment;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepDetail;
import fr.plie.core.step.StepId;
import fr.plie.core.step.Training;
import fr.plie.core.step.TrainingResult;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A realistic exited parcours: diagnostic, training, part-time CDD then CDI, interviews, placements, exit. */
final class BenchmarkParcours {
    private BenchmarkParcours() {}

    static ParcoursDocument document(String id) {
        LocalDate entry = LocalDate.of(2023, 1, 16);
        ReferentId referent = ReferentId.of("REF-01");
        Employer bakery = new Employer(
                "Boulangerie du Capitole",
                Option.some(fr.plie.core.step.Siret.of("12345678900017")),
                Option.some("10.71C"),
                EmployerKind.PRIVATE);
        List<Step> steps = List.of(
                Step.of(StepId.of("S1"), entry.minusDays(10), new StepDetail.Diagnostic())
                        .endedOn(entry.minusDays(3)),
                new Step(
                        StepId.of("S2"),
                        entry.plusDays(15),
                        Option.some(entry.plusDays(160)),
                        Training.qualifying("RNCP12345", entry.plusDays(160))
                                .withResult(TrainingResult.OBTAINED, entry.plusDays(160)),
                        List.of("Obtenir le CAP boulanger"),
                        Option.some("AFPA Toulouse"),
                        Option.some("ACT-2023-FORM")),
                Step.of(
                                StepId.of("S3"),
                                entry.plusDays(170),
                                Employment.builder()
                                        .contractType(ContractType.CDD)
                                        .employer(bakery)
                                        .plannedEnd(Option.some(entry.plusDays(350)))
                                        .weeklyHours(new BigDecimal("17.50"))
                                        .partTimeChosen(true)
                                        .build())
                        .endedOn(entry.plusDays(350)),
                Step.of(
                        StepId.of("S4"),
                        entry.plusDays(351),
                        Employment.builder()
                                .contractType(ContractType.CDI)
                                .employer(bakery)
                                .trialPeriodEnd(Option.some(entry.plusDays(411)))
                                .weeklyHours(new BigDecimal("35"))
                                .build()));
        Parcours parcours = new Parcours(
                ParcoursId.of(id),
                ParticipantId.of("P-" + id),
                14,
                ParcoursStatus.EXITED,
                new Referral(
                        PrescriberKind.FRANCE_TRAVAIL,
                        "France Travail Toulouse Nord",
                        entry.minusDays(14),
                        List.of("DELD", "BRSA")),
                List.of(new CommitteeDecision.Admitted(entry.minusDays(7))),
                Option.some(new CommitmentContract(entry, List.of("Accéder à un emploi durable"))),
                List.of(new ReferentAssignment(referent, entry.minusDays(14))),
                steps,
                List.of(
                        new Interview(
                                entry, InterviewMode.FACE_TO_FACE, "Signature du contrat d'engagement.", referent),
                        new Interview(entry.plusDays(30), InterviewMode.PHONE, "Point sur la formation.", referent),
                        new Interview(
                                entry.plusDays(180), InterviewMode.FACE_TO_FACE, "Prise de poste en CDD.", referent),
                        new Interview(entry.plusDays(360), InterviewMode.VIDEO, "Passage en CDI.", referent)),
                List.of(
                        new JobOfferPlacement(
                                "FT-178XKQ",
                                entry.plusDays(165),
                                PlacementResult.NOT_SELECTED,
                                Option.some("Expérience insuffisante")),
                        new JobOfferPlacement("FT-179ABC", entry.plusDays(168), PlacementResult.HIRED, Option.none())),
                Option.some(new Exit(
                        entry.plusDays(420),
                        ExitCategory.POSITIVE_EMPLOYMENT,
                        List.of(new Evidence(EvidenceKind.EMPLOYMENT_CONTRACT, entry.plusDays(351), "GED-2024-118")),
                        Option.some(new ExitValidation(entry.plusDays(427), "Commission entrées-sorties")))));
        return ParcoursDocument.of(parcours);
    }
}
