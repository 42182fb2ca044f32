package fr.plie.examples;

import fr.plie.core.admission.CommitmentContract;
import fr.plie.core.admission.CommitteeDecision;
import fr.plie.core.admission.PrescriberKind;
import fr.plie.core.admission.ReferentId;
import fr.plie.core.admission.Referral;
import fr.plie.core.exit.Evidence;
import fr.plie.core.exit.EvidenceKind;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.exit.ExitValidation;
import fr.plie.core.parcours.Interview;
import fr.plie.core.parcours.InterviewMode;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursChange;
import fr.plie.core.parcours.ParcoursCommand;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.parcours.ParcoursLifecycle;
import fr.plie.core.participant.ParticipantId;
import fr.plie.core.step.ContractType;
import fr.plie.core.step.Employer;
import fr.plie.core.step.EmployerKind;
import fr.plie.core.step.Employment;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepDetail;
import fr.plie.core.step.StepId;
import io.vavr.control.Option;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The {@code plie} command. For now, {@code demo} walks a realistic parcours through its lifecycle. */
public final class PlieCommand {
    private PlieCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) {
        if (args.length == 0 || !args[0].equals("demo")) {
            out.println("usage: plie demo");
            return 2;
        }
        ParcoursLifecycle lifecycle =
                new ParcoursLifecycle(Clock.fixed(Instant.parse("2025-03-01T08:00:00Z"), ZoneId.of("Europe/Paris")));
        ReferentId referent = ReferentId.of("REF-07");
        Parcours parcours = Parcours.referred(
                ParcoursId.of("PAR-2024-0042"),
                ParticipantId.of("P-0042"),
                new Referral(
                        PrescriberKind.FRANCE_TRAVAIL,
                        "France Travail Toulouse Nord",
                        LocalDate.of(2024, 1, 8),
                        List.of("demandeuse d'emploi de longue durée", "bénéficiaire du RSA")));
        Employment cdi = Employment.builder()
                .contractType(ContractType.CDI)
                .employer(Employer.of("Boulangerie du Capitole", EmployerKind.PRIVATE))
                .trialPeriodEnd(Option.some(LocalDate.of(2024, 9, 30)))
                .weeklyHours(new BigDecimal("28"))
                .partTimeChosen(true)
                .build();
        List<ParcoursCommand> commands = List.of(
                new ParcoursCommand.AssignReferent(referent, LocalDate.of(2024, 1, 8)),
                new ParcoursCommand.StartStep(
                        Step.of(StepId.of("S1"), LocalDate.of(2024, 1, 15), new StepDetail.Diagnostic())
                                .endedOn(LocalDate.of(2024, 1, 26))),
                new ParcoursCommand.Decide(new CommitteeDecision.Admitted(LocalDate.of(2024, 2, 1))),
                new ParcoursCommand.SignCommitment(CommitmentContract.signedOn(LocalDate.of(2024, 2, 5))),
                new ParcoursCommand.RecordInterview(new Interview(
                        LocalDate.of(2024, 2, 5), InterviewMode.FACE_TO_FACE, "Signature du contrat.", referent)),
                new ParcoursCommand.StartStep(
                        Step.of(StepId.of("S2"), LocalDate.of(2024, 3, 4), new StepDetail.JobSearchWorkshop())
                                .endedOn(LocalDate.of(2024, 4, 26))),
                new ParcoursCommand.StartStep(Step.of(StepId.of("S3"), LocalDate.of(2024, 6, 3), cdi)),
                new ParcoursCommand.ProposeExit(
                        LocalDate.of(2024, 12, 4),
                        ExitCategory.POSITIVE_EMPLOYMENT,
                        List.of(new Evidence(EvidenceKind.PAYSLIP, LocalDate.of(2024, 11, 30), "GED-88121"))),
                new ParcoursCommand.ValidateExit(
                        new ExitValidation(LocalDate.of(2024, 12, 12), "Commission entrées-sorties")));
        out.println("Parcours PAR-2024-0042 (participant P-0042)");
        for (ParcoursCommand command : commands) {
            ParcoursChange change =
                    lifecycle.handle(parcours, command).getOrElseThrow(r -> new IllegalStateException(r.message()));
            parcours = change.parcours();
            out.printf(
                    "  v%-2d %-22s -> %s%n", parcours.version(), change.event().type(), parcours.status());
        }
        out.println("Entrée : " + parcours.entryDate().get() + ", sortie : "
                + parcours.exitDate().get() + " (" + parcours.exit().get().category() + ")");
        return 0;
    }
}
