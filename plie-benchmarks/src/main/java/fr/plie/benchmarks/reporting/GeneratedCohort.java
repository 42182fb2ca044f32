package fr.plie.benchmarks.reporting;

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
import fr.plie.core.parcours.PlacementResult;
import fr.plie.core.participant.InseeCode;
import fr.plie.core.participant.MinimumIncome;
import fr.plie.core.participant.ParticipantId;
import fr.plie.core.participant.Profile;
import fr.plie.core.participant.QualificationLevel;
import fr.plie.core.participant.Sex;
import fr.plie.core.step.ContractType;
import fr.plie.core.step.Employer;
import fr.plie.core.step.EmployerKind;
import fr.plie.core.step.Employment;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepDetail;
import fr.plie.core.step.StepId;
import fr.plie.reporting.indicator.ReportedParcours;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A PLIE's file generated from a fixed seed, shaped like the seeds' figures: a third still in parcours, about
 * half of the exits positive, jobs split CDI / CDD / other, 3 to 8 interviews, 1 to 4 steps, a placement or two.
 */
public final class GeneratedCohort {
    private static final InseeCode[] COMMUNES = {
        InseeCode.of("80021"),
        InseeCode.of("80001"),
        InseeCode.of("80016"),
        InseeCode.of("80088"),
        InseeCode.of("80799")
    };
    private static final ExitCategory[] OTHER_EXITS = {
        ExitCategory.MOVED_AWAY,
        ExitCategory.ABANDONMENT,
        ExitCategory.INTERRUPTION,
        ExitCategory.HEALTH,
        ExitCategory.REORIENTATION
    };
    private static final LocalDate ORIGIN = LocalDate.of(2021, 1, 4);

    private GeneratedCohort() {}

    public static List<ReportedParcours> generate(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Profile[] profiles = profiles(random);
        List<ReportedParcours> cohort = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            cohort.add(new ReportedParcours(parcours(random, i), profiles[random.nextInt(profiles.length)]));
        }
        return cohort;
    }

    /** Profiles are shared between parcours: the benchmark measures the report, not the heap. */
    private static Profile[] profiles(SplittableRandom random) {
        Profile[] profiles = new Profile[512];
        for (int i = 0; i < profiles.length; i++) {
            profiles[i] = Profile.builder()
                    .birthDate(LocalDate.of(1962, 1, 1).plusDays(random.nextInt(15000)))
                    .sex(random.nextInt(100) < 52 ? Sex.FEMALE : Sex.MALE)
                    .residenceCommune(COMMUNES[random.nextInt(COMMUNES.length)])
                    .qualificationLevel(QualificationLevel.values()[random.nextInt(5)])
                    .jobSeekerSince(Option.some(LocalDate.of(2019, 1, 1).plusDays(random.nextInt(1200))))
                    .minimumIncomes(random.nextInt(100) < 40 ? List.of(MinimumIncome.RSA) : List.of())
                    .priorityNeighbourhood(random.nextInt(100) < 30)
                    .recognisedDisabledWorker(random.nextInt(100) < 12)
                    .build();
        }
        return profiles;
    }

    private static Parcours parcours(SplittableRandom random, int n) {
        LocalDate referral = ORIGIN.plusDays(random.nextInt(1400));
        LocalDate entry = referral.plusDays(10 + random.nextInt(25));
        ReferentId referent = ReferentId.of("REF-" + random.nextInt(12));
        boolean exited = random.nextInt(3) > 0;
        LocalDate exitDate = entry.plusDays(60 + random.nextInt(800));
        LocalDate horizon = exited ? exitDate : entry.plusDays(900);
        int span = (int) java.time.temporal.ChronoUnit.DAYS.between(entry, horizon);
        ExitCategory category = category(random);
        List<Step> steps = new ArrayList<>(4);
        int stepCount = 1 + random.nextInt(3);
        for (int s = 0; s < stepCount; s++) {
            LocalDate start = entry.plusDays(random.nextInt(span / 2 + 1));
            steps.add(new Step(
                    StepId.of("S" + s),
                    start,
                    Option.some(start.plusDays(20 + random.nextInt(120))),
                    new StepDetail.Mobilisation(),
                    List.of(),
                    Option.some("OP-" + random.nextInt(6)),
                    Option.some("ACTION-" + random.nextInt(40))));
        }
        if (category == ExitCategory.POSITIVE_EMPLOYMENT || random.nextInt(5) == 0) {
            LocalDate start = horizon.minusDays(random.nextInt(Math.max(1, span / 3)));
            steps.add(Step.of(StepId.of("JOB"), start, job(random, start)));
        }
        List<Interview> interviews = new ArrayList<>(8);
        for (int k = 3 + random.nextInt(6); k > 0; k--) {
            interviews.add(new Interview(
                    entry.plusDays(random.nextInt(span + 1)), InterviewMode.FACE_TO_FACE, "Point d'étape.", referent));
        }
        List<JobOfferPlacement> placements = new ArrayList<>(2);
        for (int k = random.nextInt(3); k > 0; k--) {
            placements.add(new JobOfferPlacement(
                    "OFFER-" + random.nextInt(2000),
                    entry.plusDays(random.nextInt(span + 1)),
                    PlacementResult.values()[random.nextInt(PlacementResult.values().length)],
                    Option.none()));
        }
        Option<Exit> exit = exited
                ? Option.some(Exit.proposed(exitDate, category, List.of())
                        .validated(new ExitValidation(exitDate.plusDays(20), "CES")))
                : Option.none();
        String id = "PAR-" + n;
        return new Parcours(
                ParcoursId.of(id),
                ParticipantId.of("P-" + n),
                12,
                exited ? ParcoursStatus.EXITED : ParcoursStatus.ACTIVE,
                new Referral(PrescriberKind.FRANCE_TRAVAIL, "France Travail", referral, List.of()),
                List.of(new CommitteeDecision.Admitted(entry.minusDays(5))),
                Option.some(CommitmentContract.signedOn(entry)),
                List.of(new ReferentAssignment(referent, referral)),
                steps,
                interviews,
                placements,
                exit);
    }

    private static ExitCategory category(SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 42) {
            return ExitCategory.POSITIVE_EMPLOYMENT;
        } else if (roll < 50) {
            return ExitCategory.POSITIVE_TRAINING;
        } else if (roll < 52) {
            return ExitCategory.POSITIVE_CREATION;
        }
        return OTHER_EXITS[random.nextInt(OTHER_EXITS.length)];
    }

    private static Employment job(SplittableRandom random, LocalDate start) {
        int roll = random.nextInt(100);
        ContractType type =
                roll < 36 ? ContractType.CDI : roll < 90 ? ContractType.CDD : ContractType.TEMPORARY_MISSION;
        return Employment.builder()
                .contractType(type)
                .employer(new Employer(
                        "Employeur",
                        Option.none(),
                        Option.some("SECTOR-" + random.nextInt(8)),
                        EmployerKind.values()[random.nextInt(3)]))
                .weeklyHours(BigDecimal.valueOf(35))
                .plannedEnd(
                        type == ContractType.CDI
                                ? Option.none()
                                : Option.some(start.plusDays(90 + random.nextInt(300))))
                .build();
    }
}
