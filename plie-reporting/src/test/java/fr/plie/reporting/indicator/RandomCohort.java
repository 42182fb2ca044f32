package fr.plie.reporting.indicator;

import fr.plie.core.admission.CommitmentContract;
import fr.plie.core.admission.CommitteeDecision;
import fr.plie.core.admission.PrescriberKind;
import fr.plie.core.admission.ReferentAssignment;
import fr.plie.core.admission.ReferentId;
import fr.plie.core.admission.Referral;
import fr.plie.core.exit.Exit;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.exit.ExitValidation;
import fr.plie.core.parcours.Interview;
import fr.plie.core.parcours.InterviewMode;
import fr.plie.core.parcours.JobOfferPlacement;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.parcours.ParcoursStatus;
import fr.plie.core.participant.InseeCode;
import fr.plie.core.participant.LabourMarketStatus;
import fr.plie.core.participant.MinimumIncome;
import fr.plie.core.participant.ParticipantId;
import fr.plie.core.participant.Profile;
import fr.plie.core.participant.QualificationLevel;
import fr.plie.core.participant.Sex;
import fr.plie.core.step.BusinessCreation;
import fr.plie.core.step.ContractType;
import fr.plie.core.step.Employer;
import fr.plie.core.step.EmployerKind;
import fr.plie.core.step.Employment;
import fr.plie.core.step.Immersion;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepDetail;
import fr.plie.core.step.StepId;
import fr.plie.core.step.Training;
import fr.plie.core.step.TrainingResult;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Varied cohorts from a seed, for property-based tests: entries and exits around and across 2024, every exit
 * category, every step kind, interviews, placements, several referents, communes and operators. Built with
 * the public constructor, as an adapter loading stored parcours would.
 */
public final class RandomCohort {
    static final InseeCode[] COMMUNES = {InseeCode.of("80021"), InseeCode.of("80001"), InseeCode.of("31555")};
    private static final LocalDate START = LocalDate.of(2022, 6, 1);

    private RandomCohort() {}

    public static List<ReportedParcours> of(long seed, int size) {
        Random random = new Random(seed);
        List<ReportedParcours> cohort = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            cohort.add(new ReportedParcours(parcours(random, "G" + i), profile(random)));
        }
        return cohort;
    }

    static Profile profile(Random random) {
        return Profile.builder()
                .birthDate(LocalDate.of(1960, 1, 1).plusDays(random.nextInt(17000)))
                .sex(Sex.values()[random.nextInt(3)])
                .residenceCommune(COMMUNES[random.nextInt(COMMUNES.length)])
                .qualificationLevel(QualificationLevel.values()[random.nextInt(8)])
                .jobSeekerSince(
                        random.nextBoolean()
                                ? Option.some(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(1500)))
                                : Option.none())
                .minimumIncomes(random.nextInt(3) == 0 ? List.of(MinimumIncome.RSA) : List.of())
                .priorityNeighbourhood(random.nextInt(4) == 0)
                .recognisedDisabledWorker(random.nextInt(6) == 0)
                .labourMarketStatus(LabourMarketStatus.values()[random.nextInt(3)])
                .thirdCountryNational(random.nextInt(8) == 0)
                .ruralArea(random.nextInt(5) == 0)
                .build();
    }

    static Parcours parcours(Random random, String id) {
        LocalDate referral = START.plusDays(random.nextInt(1000));
        Referral ref = new Referral(PrescriberKind.FRANCE_TRAVAIL, "France Travail", referral, List.of());
        List<ReferentAssignment> referents = new ArrayList<>();
        referents.add(new ReferentAssignment(ReferentId.of("REF-" + random.nextInt(3)), referral));
        if (random.nextInt(3) == 0) {
            return new Parcours(
                    ParcoursId.of(id),
                    ParticipantId.of("P-" + id),
                    1,
                    ParcoursStatus.REFERRED,
                    ref,
                    List.of(),
                    Option.none(),
                    referents,
                    List.of(),
                    List.of(),
                    List.of(),
                    Option.none());
        }
        LocalDate entry = referral.plusDays(7 + random.nextInt(30));
        if (random.nextBoolean()) {
            referents.add(new ReferentAssignment(
                    ReferentId.of("REF-" + random.nextInt(3)), entry.plusDays(random.nextInt(200))));
        }
        LocalDate exitDate = random.nextInt(3) == 0 ? null : entry.plusDays(30 + random.nextInt(700));
        LocalDate last = exitDate == null ? entry.plusDays(800) : exitDate;
        int span = (int) java.time.temporal.ChronoUnit.DAYS.between(entry, last);
        List<Step> steps = new ArrayList<>();
        int stepCount = random.nextInt(5);
        for (int s = 0; s < stepCount; s++) {
            LocalDate start = entry.plusDays(random.nextInt(span + 1));
            Option<LocalDate> end =
                    random.nextBoolean() ? Option.none() : Option.some(start.plusDays(random.nextInt(400)));
            Step step = new Step(
                    StepId.of("S" + s),
                    start,
                    end,
                    detail(random, start),
                    List.of(),
                    random.nextBoolean() ? Option.some("OP-" + random.nextInt(3)) : Option.none(),
                    random.nextBoolean() ? Option.some("ACTION-" + random.nextInt(5)) : Option.none());
            steps.add(step);
        }
        List<Interview> interviews = new ArrayList<>();
        for (int k = random.nextInt(6); k > 0; k--) {
            interviews.add(new Interview(
                    entry.plusDays(random.nextInt(span + 1)),
                    InterviewMode.values()[0],
                    "Point.",
                    referents.get(0).referent()));
        }
        List<JobOfferPlacement> placements = new ArrayList<>();
        for (int k = random.nextInt(4); k > 0; k--) {
            placements.add(new JobOfferPlacement(
                    "OFFER-" + random.nextInt(10),
                    entry.plusDays(random.nextInt(span + 1)),
                    fr.plie.core.parcours.PlacementResult.values()[random.nextInt(6)],
                    Option.none()));
        }
        Option<Exit> exit = Option.none();
        ParcoursStatus status = ParcoursStatus.ACTIVE;
        if (exitDate != null) {
            Exit proposed = Exit.proposed(
                    exitDate, ExitCategory.values()[random.nextInt(ExitCategory.values().length)], List.of());
            boolean validated = random.nextInt(5) > 0;
            exit = Option.some(
                    validated ? proposed.validated(new ExitValidation(exitDate.plusDays(15), "CES")) : proposed);
            status = validated ? ParcoursStatus.EXITED : ParcoursStatus.EXIT_PROPOSED;
        }
        return new Parcours(
                ParcoursId.of(id),
                ParticipantId.of("P-" + id),
                1,
                status,
                ref,
                List.of(new CommitteeDecision.Admitted(referral.plusDays(5))),
                Option.some(CommitmentContract.signedOn(entry)),
                referents,
                steps,
                interviews,
                placements,
                exit);
    }

    private static StepDetail detail(Random random, LocalDate start) {
        switch (random.nextInt(6)) {
            case 0, 1:
                return Employment.builder()
                        .contractType(ContractType.values()[random.nextInt(ContractType.values().length)])
                        .employer(new Employer(
                                "E",
                                Option.none(),
                                random.nextBoolean() ? Option.some("SECTOR-" + random.nextInt(3)) : Option.none(),
                                EmployerKind.values()[random.nextInt(4)]))
                        .weeklyHours(new BigDecimal(random.nextBoolean() ? "35" : "20"))
                        .plannedEnd(
                                random.nextBoolean() ? Option.some(start.plusDays(random.nextInt(400))) : Option.none())
                        .build();
            case 2:
                Training training = Training.qualifying("RNCP1", start.plusDays(200));
                return random.nextBoolean()
                        ? training.withResult(TrainingResult.OBTAINED, start.plusDays(random.nextInt(300)))
                        : training;
            case 3:
                return new Immersion(Employer.of("H", EmployerKind.PRIVATE));
            case 4:
                return new StepDetail.JobSearchWorkshop();
            default:
                return new BusinessCreation(Option.some(start), Option.none(), Option.some(start));
        }
    }
}
