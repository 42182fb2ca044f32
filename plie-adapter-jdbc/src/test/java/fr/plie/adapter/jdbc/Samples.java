package fr.plie.adapter.jdbc;

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
import fr.plie.core.fixture.ProfileFixture;
import fr.plie.core.parcours.Interview;
import fr.plie.core.parcours.InterviewMode;
import fr.plie.core.parcours.JobOfferPlacement;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.parcours.PlacementResult;
import fr.plie.core.participant.Barrier;
import fr.plie.core.participant.BarrierKind;
import fr.plie.core.participant.LabourMarketStatus;
import fr.plie.core.participant.MinimumIncome;
import fr.plie.core.participant.Participant;
import fr.plie.core.participant.ParticipantId;
import fr.plie.core.participant.PersonalData;
import fr.plie.core.participant.ProtectionStatus;
import fr.plie.core.step.BusinessCreation;
import fr.plie.core.step.ContractType;
import fr.plie.core.step.Employer;
import fr.plie.core.step.EmployerKind;
import fr.plie.core.step.Employment;
import fr.plie.core.step.Immersion;
import fr.plie.core.step.Siret;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepDetail;
import fr.plie.core.step.StepId;
import fr.plie.core.step.Training;
import fr.plie.core.step.TrainingResult;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Parcours and participants with every field filled: every step kind with all its fields, every decision kind,
 * interviews, placements, an exit with evidence and validation. Each free text goes through {@code text}, so
 * that the same parcours can carry hostile strings in every text field.
 */
final class Samples {
    private Samples() {}

    static Parcours exited(String id, LocalDate entry) {
        return exited(id, entry, UnaryOperator.identity());
    }

    static Parcours exited(String id, LocalDate entry, UnaryOperator<String> text) {
        LocalDate d = entry;
        Employer bakery = new Employer(
                text.apply("Boulangerie du Capitole"),
                Option.some(Siret.of("12345678900011")),
                Option.some(text.apply("10.71C")),
                EmployerKind.PRIVATE);
        List<Step> steps = List.of(
                new Step(
                        StepId.of("S1"),
                        d.minusDays(10),
                        Option.some(d.minusDays(2)),
                        new StepDetail.Diagnostic(),
                        List.of(text.apply("Bilan global"), text.apply("Freins")),
                        Option.some(text.apply("PLIE Toulouse")),
                        Option.none()),
                Step.of(StepId.of("S2"), d.plusDays(1), new StepDetail.Mobilisation())
                        .endedOn(d.plusDays(20)),
                Step.of(StepId.of("S3"), d.plusDays(3), new StepDetail.BarrierAction(BarrierKind.MOBILITY))
                        .withFinancedAction(text.apply("Action mobilité 2024")),
                Step.of(StepId.of("S4"), d.plusDays(5), new StepDetail.JobSearchWorkshop()),
                new Step(
                        StepId.of("S5"),
                        d.plusDays(30),
                        Option.some(d.plusDays(200)),
                        new Training(
                                true,
                                Option.some(text.apply("RNCP12345")),
                                Option.some(d.plusDays(210)),
                                TrainingResult.OBTAINED,
                                Option.some(d.plusDays(205))),
                        List.of(text.apply("Titre professionnel")),
                        Option.some(text.apply("AFPA")),
                        Option.some(text.apply("Formation qualifiante"))),
                Step.of(StepId.of("S6"), d.plusDays(40), Training.nonQualifying(d.plusDays(60))),
                Step.of(
                        StepId.of("S7"),
                        d.plusDays(210),
                        Employment.builder()
                                .contractType(ContractType.CDD)
                                .employer(bakery)
                                .plannedEnd(Option.some(d.plusDays(400)))
                                .trialPeriodEnd(Option.some(d.plusDays(230)))
                                .weeklyHours(new BigDecimal("24.50"))
                                .referenceWeeklyHours(new BigDecimal("35.0"))
                                .partTimeChosen(true)
                                .build()),
                Step.of(
                        StepId.of("S8"),
                        d.plusDays(50),
                        Employment.builder()
                                .contractType(ContractType.CDI)
                                .employer(Employer.of(text.apply("Mairie"), EmployerKind.PUBLIC))
                                .weeklyHours(new BigDecimal("35"))
                                .build()),
                Step.of(StepId.of("S9"), d.plusDays(60), new Immersion(bakery)).endedOn(d.plusDays(64)),
                Step.of(
                        StepId.of("S10"),
                        d.plusDays(70),
                        new BusinessCreation(
                                Option.some(d.plusDays(80)),
                                Option.some(Siret.of("98765432100017")),
                                Option.some(d.plusDays(90)))),
                Step.of(
                        StepId.of("S11"),
                        d.plusDays(75),
                        new BusinessCreation(Option.none(), Option.none(), Option.none())));
        return Parcours.builder()
                .id(ParcoursId.of(id))
                .participant(ParticipantId.of("P-" + id))
                .version(17)
                .referral(new Referral(
                        PrescriberKind.FRANCE_TRAVAIL,
                        text.apply("France Travail Toulouse Nord"),
                        d.minusDays(30),
                        List.of(text.apply("DELD"), text.apply("RSA"))))
                .decisions(List.of(
                        new CommitteeDecision.Postponed(
                                d.minusDays(20), text.apply("Diagnostic en cours"), Option.some(d.minusDays(8))),
                        new CommitteeDecision.Postponed(
                                d.minusDays(15), text.apply("Pièces manquantes"), Option.none()),
                        new CommitteeDecision.Admitted(d.minusDays(7))))
                .commitment(Option.some(new CommitmentContract(d, List.of(text.apply("Retour à l'emploi durable")))))
                .referents(List.of(
                        new ReferentAssignment(ReferentId.of("REF-01"), d.minusDays(30)),
                        new ReferentAssignment(ReferentId.of("REF-02"), d.plusDays(100))))
                .steps(steps)
                .interviews(List.of(
                        new Interview(
                                d.plusDays(2),
                                InterviewMode.FACE_TO_FACE,
                                text.apply("Point d'étape"),
                                ReferentId.of("REF-01")),
                        new Interview(
                                d.plusDays(9), InterviewMode.PHONE, text.apply("Relance"), ReferentId.of("REF-01"))))
                .placements(List.of(
                        new JobOfferPlacement(
                                text.apply("OFFRE-42"),
                                d.plusDays(15),
                                PlacementResult.NOT_SELECTED,
                                Option.some(text.apply("Profil junior"))),
                        new JobOfferPlacement(
                                text.apply("OFFRE-43"), d.plusDays(16), PlacementResult.HIRED, Option.none())))
                .exit(Option.some(new Exit(
                        d.plusDays(400),
                        ExitCategory.POSITIVE_TRAINING,
                        List.of(
                                new Evidence(EvidenceKind.DIPLOMA, d.plusDays(205), text.apply("GED-777")),
                                new Evidence(EvidenceKind.PAYSLIP, d.plusDays(399), text.apply("GED-778"))),
                        Option.some(new ExitValidation(d.plusDays(410), text.apply("Commission entrées-sorties"))))))
                .build();
    }

    /** A refused referral: a final parcours without commitment. */
    static Parcours refused(String id, LocalDate referral) {
        return Parcours.builder()
                .id(ParcoursId.of(id))
                .participant(ParticipantId.of("P-" + id))
                .version(2)
                .referral(new Referral(PrescriberKind.CCAS, "CCAS de Blagnac", referral, List.of()))
                .decisions(List.of(
                        new CommitteeDecision.Refused(referral.plusDays(10), "Hors territoire", "Mission Locale")))
                .build();
    }

    static Participant participant(String id, UnaryOperator<String> text) {
        return new Participant(
                ParticipantId.of(id),
                ProfileFixture.longTermJobSeeker()
                        .addMinimumIncomes(MinimumIncome.AAH)
                        .priorityNeighbourhood(true)
                        .recognisedDisabledWorker(true)
                        .protection(ProtectionStatus.INTERNATIONAL_PROTECTION)
                        .singleParent(true)
                        .careerChange(true)
                        .labourMarketStatus(LabourMarketStatus.INACTIVE)
                        .thirdCountryNational(true)
                        .ruralArea(true)
                        .addBarriers(Barrier.identified(BarrierKind.HOUSING, LocalDate.of(2023, 2, 1))
                                .liftedOn(LocalDate.of(2023, 9, 1)))
                        .build(),
                Option.some(new PersonalData(
                        text.apply("Nadia"),
                        text.apply("Benali"),
                        Option.some(text.apply("nadia.benali@example.org")),
                        Option.some(text.apply("+33 6 12 34 56 78")),
                        Option.some(text.apply("12 rue des Lilas, 31000 Toulouse")))));
    }
}
