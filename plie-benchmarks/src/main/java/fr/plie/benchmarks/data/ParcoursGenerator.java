package fr.plie.benchmarks.data;

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
import fr.plie.core.parcours.PlacementResult;
import fr.plie.core.participant.Barrier;
import fr.plie.core.participant.BarrierKind;
import fr.plie.core.participant.InseeCode;
import fr.plie.core.participant.LabourMarketStatus;
import fr.plie.core.participant.MinimumIncome;
import fr.plie.core.participant.Participant;
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
import fr.plie.core.step.Training;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A PLIE's file drawn from a seed, shaped like the seeds' figures: referrals from 2021 to mid-2025, two thirds
 * of the parcours exited, about half of the exits positive (seed 004: 42 % employment, 8 % training), employment
 * exits split CDI / CDD / other as in seed 003, 1 to 4 steps, 2 to 6 interviews, up to 2 placements on offers.
 *
 * <p>Parcours {@code i} depends only on the seed and {@code i}: a stream of a million is generated one parcours
 * at a time, never held, and generating it twice gives equal parcours.
 */
public final class ParcoursGenerator {
    /** The seed of every benchmark, so that their figures compare. */
    public static final long SEED = 2024L;

    private static final LocalDate ORIGIN = LocalDate.of(2021, 1, 4);
    private static final String[] COMMUNES = {"80021", "80001", "80016", "80088", "80799", "31555", "24322"};
    private static final InseeCode[] INSEE = new InseeCode[COMMUNES.length];
    private static final ExitCategory[] NON_POSITIVE = {
        ExitCategory.MOVED_AWAY,
        ExitCategory.RETIREMENT,
        ExitCategory.ABANDONMENT,
        ExitCategory.INTERRUPTION,
        ExitCategory.HEALTH,
        ExitCategory.MAXIMUM_DURATION,
        ExitCategory.REORIENTATION
    };
    private static final PrescriberKind[] PRESCRIBERS = PrescriberKind.values();
    private static final BarrierKind[] BARRIERS = BarrierKind.values();
    private static final PlacementResult[] PLACEMENT_RESULTS = PlacementResult.values();
    private static final EmployerKind[] EMPLOYER_KINDS = EmployerKind.values();
    private static final BigDecimal FULL_TIME = new BigDecimal("35");
    private static final BigDecimal PART_TIME = new BigDecimal("24");

    static {
        for (int i = 0; i < COMMUNES.length; i++) {
            INSEE[i] = InseeCode.of(COMMUNES[i]);
        }
    }

    private final long seed;

    public ParcoursGenerator(long seed) {
        this.seed = seed;
    }

    /** The generator of {@link #SEED}. */
    public static ParcoursGenerator standard() {
        return new ParcoursGenerator(SEED);
    }

    /** Parcours {@code 0} to {@code count - 1}, generated lazily. */
    public Stream<GeneratedParcours> stream(int count) {
        return IntStream.range(0, count).mapToObj(this::generate);
    }

    /** Parcours number {@code index}: always the same for the same seed. */
    public GeneratedParcours generate(int index) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        String number = Integer.toString(index);
        ParticipantId participant = ParticipantId.of("P-" + number);
        LocalDate referral = ORIGIN.plusDays(random.nextInt(1640));
        Profile profile = profile(random, referral);
        return new GeneratedParcours(
                new Participant(participant, profile, Option.none()),
                parcours(random, ParcoursId.of("PAR-" + number), participant, referral));
    }

    private static Profile profile(SplittableRandom random, LocalDate referral) {
        int age = 17 + random.nextInt(47);
        boolean jobSeeker = random.nextInt(100) < 85;
        Profile.Builder b = Profile.builder()
                .birthDate(referral.minusYears(age).minusDays(random.nextInt(365)))
                .sex(random.nextInt(100) < 52 ? Sex.FEMALE : Sex.MALE)
                .residenceCommune(INSEE[random.nextInt(INSEE.length)])
                .priorityNeighbourhood(random.nextInt(100) < 30)
                .qualificationLevel(QualificationLevel.values()[random.nextInt(6)])
                .jobSeekerSince(jobSeeker ? Option.some(referral.minusDays(random.nextInt(1500))) : Option.none())
                .minimumIncomes(random.nextInt(100) < 40 ? Set.of(MinimumIncome.RSA) : Set.of())
                .recognisedDisabledWorker(random.nextInt(100) < 12)
                .singleParent(random.nextInt(100) < 15)
                .labourMarketStatus(
                        jobSeeker
                                ? LabourMarketStatus.UNEMPLOYED
                                : random.nextBoolean() ? LabourMarketStatus.INACTIVE : LabourMarketStatus.EMPLOYED)
                .thirdCountryNational(random.nextInt(100) < 8)
                .foreignBackground(random.nextInt(100) < 15)
                .homelessOrHousingExclusion(random.nextInt(100) < 5)
                .ruralArea(random.nextInt(100) < 20);
        if (random.nextInt(100) < 40) {
            b.addBarriers(Barrier.identified(BARRIERS[random.nextInt(BARRIERS.length)], referral));
        }
        return b.build();
    }

    private static Parcours parcours(
            SplittableRandom random, ParcoursId id, ParticipantId participant, LocalDate referralDate) {
        LocalDate entry = referralDate.plusDays(10 + random.nextInt(25));
        ReferentId referent = ReferentId.of("REF-" + random.nextInt(12));
        boolean exited = random.nextInt(3) > 0;
        LocalDate exitDate = entry.plusDays(90 + random.nextInt(700));
        LocalDate horizon = exited ? exitDate : entry.plusDays(700);
        int span = (int) ChronoUnit.DAYS.between(entry, horizon);
        ExitCategory category = category(random);

        List<Step> steps = new ArrayList<>(5);
        steps.add(new Step(
                StepId.of("S1"),
                entry,
                Option.some(entry.plusDays(14)),
                new StepDetail.Diagnostic(),
                List.of(),
                Option.some("OP-" + random.nextInt(6)),
                Option.none()));
        int more = random.nextInt(3);
        for (int s = 0; s < more; s++) {
            LocalDate start = entry.plusDays(15 + random.nextInt(span / 2 + 1));
            StepDetail detail = switch (random.nextInt(4)) {
                case 0 -> new StepDetail.Mobilisation();
                case 1 -> new StepDetail.BarrierAction(BARRIERS[random.nextInt(BARRIERS.length)]);
                case 2 -> new StepDetail.JobSearchWorkshop();
                default -> Training.nonQualifying(start.plusDays(60));
            };
            steps.add(new Step(
                    StepId.of("S" + (s + 2)),
                    start,
                    Option.some(start.plusDays(20 + random.nextInt(120))),
                    detail,
                    List.of(),
                    Option.some("OP-" + random.nextInt(6)),
                    Option.some("ACTION-" + random.nextInt(40))));
        }
        if (exited && category == ExitCategory.POSITIVE_TRAINING) {
            LocalDate start = exitDate.minusDays(random.nextInt(30));
            Training training = Training.qualifying("RNCP" + (30000 + random.nextInt(900)), start.plusDays(300));
            steps.add(Step.of(StepId.of("T"), start, training));
        }
        if ((exited && category == ExitCategory.POSITIVE_EMPLOYMENT) || random.nextInt(5) == 0) {
            // the job starts in the last third of the parcours; employment exits are pronounced on it
            LocalDate start = horizon.minusDays(random.nextInt(Math.max(1, span / 3)));
            steps.add(Step.of(StepId.of("J"), start, job(random, start)));
        }

        List<Interview> interviews = new ArrayList<>(6);
        for (int k = 2 + random.nextInt(5); k > 0; k--) {
            interviews.add(new Interview(
                    entry.plusDays(random.nextInt(span + 1)),
                    random.nextInt(4) == 0 ? InterviewMode.PHONE : InterviewMode.FACE_TO_FACE,
                    "Point d'étape sur le parcours.",
                    referent));
        }
        List<JobOfferPlacement> placements = new ArrayList<>(2);
        for (int k = random.nextInt(3); k > 0; k--) {
            placements.add(new JobOfferPlacement(
                    "OFFER-" + random.nextInt(5000),
                    entry.plusDays(random.nextInt(span + 1)),
                    PLACEMENT_RESULTS[random.nextInt(PLACEMENT_RESULTS.length)],
                    Option.none()));
        }
        Option<Exit> exit = exited
                ? Option.some(Exit.proposed(exitDate, category, evidence(category, exitDate))
                        .validated(new ExitValidation(exitDate.plusDays(10 + random.nextInt(20)), "CES")))
                : Option.none();
        return Parcours.builder()
                .id(id)
                .participant(participant)
                .version(4 + steps.size() + interviews.size() + placements.size() + (exited ? 2 : 0))
                .referral(new Referral(
                        PRESCRIBERS[random.nextInt(PRESCRIBERS.length)],
                        "Prescripteur " + random.nextInt(30),
                        referralDate,
                        List.of("DELD")))
                .decisions(List.of(new CommitteeDecision.Admitted(entry.minusDays(5))))
                .commitment(Option.some(CommitmentContract.signedOn(entry)))
                .referents(List.of(new ReferentAssignment(referent, referralDate)))
                .steps(steps)
                .interviews(interviews)
                .placements(placements)
                .exit(exit)
                .build();
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
        return NON_POSITIVE[random.nextInt(NON_POSITIVE.length)];
    }

    private static List<Evidence> evidence(ExitCategory category, LocalDate exitDate) {
        EvidenceKind kind = switch (category) {
            case POSITIVE_EMPLOYMENT -> EvidenceKind.EMPLOYMENT_CONTRACT;
            case POSITIVE_TRAINING -> EvidenceKind.TRAINING_ENTRY_CERTIFICATE;
            case POSITIVE_CREATION -> EvidenceKind.KBIS;
            default -> null;
        };
        return kind == null ? List.of() : List.of(new Evidence(kind, exitDate, "PJ-" + kind.ordinal()));
    }

    private static Employment job(SplittableRandom random, LocalDate start) {
        int roll = random.nextInt(100);
        ContractType type = roll < 36
                ? ContractType.CDI
                : roll < 85 ? ContractType.CDD : roll < 95 ? ContractType.TEMPORARY_MISSION : ContractType.PEC;
        return Employment.builder()
                .contractType(type)
                .employer(new Employer(
                        "Employeur " + random.nextInt(200),
                        Option.none(),
                        Option.some("SECTOR-" + random.nextInt(8)),
                        EMPLOYER_KINDS[random.nextInt(3)]))
                .weeklyHours(random.nextInt(5) == 0 ? PART_TIME : FULL_TIME)
                .plannedEnd(
                        type == ContractType.CDI
                                ? Option.none()
                                : Option.some(start.plusDays(60 + random.nextInt(330))))
                .build();
    }
}
