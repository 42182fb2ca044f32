package fr.plie.benchmarks.jdbc;

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
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.parcours.ParcoursStatus;
import fr.plie.core.participant.BarrierKind;
import fr.plie.core.participant.ParticipantId;
import fr.plie.core.step.ContractType;
import fr.plie.core.step.Employer;
import fr.plie.core.step.EmployerKind;
import fr.plie.core.step.Employment;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepDetail;
import fr.plie.core.step.StepId;
import fr.plie.core.step.Training;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Realistic parcours for the JDBC benchmarks, the same for every run: referral, admission, commitment, a
 * referent, 4 steps (diagnostic, barrier action, training, employment), 2 interviews; one in three exited.
 */
final class GeneratedParcours {
    private GeneratedParcours() {}

    static List<Parcours> generate(int count) {
        Random random = new Random(42);
        List<Parcours> all = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            all.add(one(i, LocalDate.of(2019, 1, 7).plusDays(random.nextInt(5 * 365))));
        }
        return all;
    }

    private static Parcours one(int i, LocalDate entry) {
        String id = "PAR-" + i;
        ReferentId referent = ReferentId.of("REF-" + (i % 40));
        List<Step> steps = List.of(
                Step.of(StepId.of("S1"), entry.minusDays(10), new StepDetail.Diagnostic())
                        .endedOn(entry.minusDays(3))
                        .withObjectives(List.of("Bilan socio-professionnel")),
                Step.of(StepId.of("S2"), entry.plusDays(5), new StepDetail.BarrierAction(BarrierKind.MOBILITY))
                        .endedOn(entry.plusDays(60))
                        .withFinancedAction("Plateforme mobilité"),
                Step.of(
                                StepId.of("S3"),
                                entry.plusDays(70),
                                Training.qualifying("RNCP" + (i % 900), entry.plusDays(250)))
                        .withOperator("AFPA Toulouse"),
                Step.of(
                        StepId.of("S4"),
                        entry.plusDays(260),
                        Employment.builder()
                                .contractType(i % 2 == 0 ? ContractType.CDI : ContractType.CDD)
                                .employer(Employer.of("Entreprise " + (i % 500), EmployerKind.PRIVATE))
                                .weeklyHours(new BigDecimal("35"))
                                .build()));
        boolean exited = i % 3 == 0;
        LocalDate exitDate = entry.plusDays(440);
        return new Parcours(
                ParcoursId.of(id),
                ParticipantId.of("P-" + i),
                12,
                exited ? ParcoursStatus.EXITED : ParcoursStatus.ACTIVE,
                new Referral(PrescriberKind.FRANCE_TRAVAIL, "France Travail", entry.minusDays(20), List.of("DELD")),
                List.of(new CommitteeDecision.Admitted(entry.minusDays(7))),
                Option.some(CommitmentContract.signedOn(entry)),
                List.of(new ReferentAssignment(referent, entry.minusDays(20))),
                steps,
                List.of(
                        new Interview(entry.plusDays(1), InterviewMode.FACE_TO_FACE, "Entretien d'accueil", referent),
                        new Interview(entry.plusDays(90), InterviewMode.PHONE, "Point d'étape", referent)),
                List.of(),
                exited
                        ? Option.some(new Exit(
                                exitDate,
                                ExitCategory.POSITIVE_EMPLOYMENT,
                                List.of(new Evidence(EvidenceKind.EMPLOYMENT_CONTRACT, exitDate, "GED-" + i)),
                                Option.some(new ExitValidation(exitDate.plusDays(10), "CES"))))
                        : Option.none());
    }
}
