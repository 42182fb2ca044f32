package fr.plie.examples.demo;

import fr.plie.core.admission.CommitmentContract;
import fr.plie.core.admission.CommitteeDecision;
import fr.plie.core.admission.PrescriberKind;
import fr.plie.core.admission.Referent;
import fr.plie.core.admission.ReferentId;
import fr.plie.core.admission.Referral;
import fr.plie.core.exit.Evidence;
import fr.plie.core.exit.EvidenceKind;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.exit.ExitValidation;
import fr.plie.core.parcours.Interview;
import fr.plie.core.parcours.InterviewMode;
import fr.plie.core.parcours.JobOfferPlacement;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursCommand;
import fr.plie.core.parcours.ParcoursCommand.StartStep;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.parcours.ParcoursLifecycle;
import fr.plie.core.parcours.PlacementResult;
import fr.plie.core.participant.Barrier;
import fr.plie.core.participant.BarrierKind;
import fr.plie.core.participant.InseeCode;
import fr.plie.core.participant.MinimumIncome;
import fr.plie.core.participant.Participant;
import fr.plie.core.participant.ParticipantId;
import fr.plie.core.participant.PersonalData;
import fr.plie.core.participant.Profile;
import fr.plie.core.participant.ProtectionStatus;
import fr.plie.core.participant.QualificationLevel;
import fr.plie.core.participant.Sex;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates a realistic synthetic PLIE from a fixed seed: a territory of communes, referents, and participants
 * entering over a protocol with referrals, committee decisions, steps, contracts, trainings, interviews,
 * placements, exits and evidence. The same seed always gives the same PLIE.
 *
 * <p>Distributions follow the seeds: about half of the exits positive (seeds 001, 002, 004: target 50 %), the job
 * typology of seed 003 (CDI 36.5 %, CDD over 6 months 62 %, creation 1.5 %), its employer typology (private
 * 60 %, public 23 %, associative 17 %) and sectors; short contracts, missions and subsidised contracts are steps
 * (seed 000). All names are invented.
 */
public final class SyntheticPlie {
    /** Communes of the demo territory with their EPCI (INSEE codes of Toulouse Métropole and the Sicoval). */
    public static final List<Commune> COMMUNES = List.of(
            new Commune("31555", "Toulouse", "Toulouse Métropole"),
            new Commune("31069", "Blagnac", "Toulouse Métropole"),
            new Commune("31149", "Colomiers", "Toulouse Métropole"),
            new Commune("31557", "Tournefeuille", "Toulouse Métropole"),
            new Commune("31044", "Balma", "Toulouse Métropole"),
            new Commune("31506", "Saint-Orens-de-Gameville", "Toulouse Métropole"),
            new Commune("31113", "Castanet-Tolosan", "Sicoval"),
            new Commune("31448", "Ramonville-Saint-Agne", "Sicoval"),
            new Commune("31254", "Labège", "Sicoval"),
            new Commune("31035", "Auzeville-Tolosane", "Sicoval"));

    private static final String[] SECTORS = {
        "Services aux entreprises et aux particuliers", "Activités administratives", "Commerce", "Restauration"
    };
    private static final double[] SECTOR_WEIGHTS = {55, 21, 13, 11};
    private static final String[] FIRST_NAMES = {
        "Nadia", "Karim", "Sophie", "Jean", "Fatou", "Lucas", "Amina", "Thomas", "Leïla", "Marc", "Chloé", "Youssef"
    };
    private static final String[] LAST_NAMES = {
        "Martin", "Benali", "Dupont", "Diallo", "Bernard", "Nguyen", "Moreau", "Haddad", "Garcia", "Petit"
    };

    /** A commune of the territory. */
    public record Commune(String insee, String name, String epci) {}

    /** A participant and their parcours. */
    public record Case(Participant participant, Parcours parcours) {}

    /** The generated PLIE. */
    public record Plie(List<Referent> referents, List<Case> cases, LocalDate asOf) {}

    private final Random random;
    private final ParcoursLifecycle lifecycle;
    private final LocalDate protocolStart;
    private final LocalDate asOf;
    private final List<Referent> referents = new ArrayList<>();

    /**
     * @param seed the random seed: the same seed gives the same PLIE
     * @param clock stamps the lifecycle's events
     * @param protocolStart first day participants may enter
     * @param asOf the day the simulation stops: facts after it are not recorded
     */
    public SyntheticPlie(long seed, Clock clock, LocalDate protocolStart, LocalDate asOf) {
        this.random = new Random(seed);
        this.lifecycle = new ParcoursLifecycle(clock);
        this.protocolStart = protocolStart;
        this.asOf = asOf;
    }

    /** Generates {@code participants} participants followed by {@code referentCount} referents. */
    public Plie generate(int participants, int referentCount) {
        for (int i = 1; i <= referentCount; i++) {
            BigDecimal fte = i % 4 == 0 ? new BigDecimal("0.5") : BigDecimal.ONE;
            referents.add(new Referent(ReferentId.of(String.format(Locale.ROOT, "REF-%02d", i)), fte));
        }
        long days = protocolStart.until(asOf.minusMonths(3), java.time.temporal.ChronoUnit.DAYS);
        List<Case> cases = new ArrayList<>(participants);
        for (int i = 1; i <= participants; i++) {
            LocalDate referral = protocolStart.plusDays((long) (random.nextDouble() * days));
            cases.add(generateCase(i, referral));
        }
        return new Plie(List.copyOf(referents), List.copyOf(cases), asOf);
    }

    private Case generateCase(int n, LocalDate referralDate) {
        ParticipantId participantId = ParticipantId.of(String.format(Locale.ROOT, "P-%05d", n));
        Profile profile = profile(referralDate);
        PersonalData personal = new PersonalData(
                pick(FIRST_NAMES),
                pick(LAST_NAMES),
                Option.none(),
                Option.some(String.format(Locale.ROOT, "06%08d", random.nextInt(100_000_000))),
                Option.none());
        Participant participant = new Participant(participantId, profile, Option.some(personal));
        Builder b = new Builder(Parcours.referred(
                ParcoursId.of(String.format(Locale.ROOT, "PAR-%05d", n)),
                participantId,
                new Referral(
                        pickPrescriber(),
                        "Agence partenaire " + (1 + random.nextInt(6)),
                        referralDate,
                        List.of("Accompagnement renforcé vers l'emploi"))));
        simulate(b, referralDate, profile);
        return new Case(participant, b.parcours);
    }

    private Profile profile(LocalDate referral) {
        int age = 20 + random.nextInt(42);
        Commune commune = COMMUNES.get(random.nextInt(COMMUNES.size()));
        Profile.Builder p = Profile.builder()
                .birthDate(referral.minusYears(age).minusDays(random.nextInt(365)))
                .sex(random.nextDouble() < 0.52 ? Sex.FEMALE : Sex.MALE)
                .residenceCommune(InseeCode.of(commune.insee()))
                .priorityNeighbourhood(random.nextDouble() < 0.35)
                .qualificationLevel(QualificationLevel.values()[weighted(new double[] {10, 15, 35, 22, 10, 5, 2, 1})])
                .recognisedDisabledWorker(random.nextDouble() < 0.12)
                .singleParent(random.nextDouble() < 0.18)
                .careerChange(random.nextDouble() < 0.06)
                .thirdCountryNational(random.nextDouble() < 0.12)
                .homelessOrHousingExclusion(random.nextDouble() < 0.05)
                .protection(
                        random.nextDouble() < 0.04 ? ProtectionStatus.INTERNATIONAL_PROTECTION : ProtectionStatus.NONE);
        if (random.nextDouble() < 0.85) {
            p.jobSeekerSince(Option.some(referral.minusDays(30 + random.nextInt(1500))));
        }
        if (random.nextDouble() < 0.45) {
            p.addMinimumIncomes(random.nextDouble() < 0.8 ? MinimumIncome.RSA : MinimumIncome.ASS);
        }
        int barriers = random.nextInt(3);
        for (int i = 0; i < barriers; i++) {
            p.addBarriers(
                    Barrier.identified(BarrierKind.values()[random.nextInt(BarrierKind.values().length)], referral));
        }
        return p.build();
    }

    /** Walks one parcours through its lifecycle, stopping at {@link #asOf}. */
    private void simulate(Builder b, LocalDate referral, Profile profile) {
        ReferentId referent = referents.get(random.nextInt(referents.size())).id();
        b.apply(new ParcoursCommand.AssignReferent(referent, referral));
        LocalDate day = referral.plusDays(3 + random.nextInt(10));
        b.start(
                new StepDetail.Diagnostic(),
                day,
                Option.some(day.plusDays(7 + random.nextInt(14))),
                "Diagnostic partagé");
        LocalDate committee = day.plusDays(21 + random.nextInt(14));
        if (committee.isAfter(asOf)) {
            return;
        }
        double decision = random.nextDouble();
        if (decision < 0.06) {
            b.apply(new ParcoursCommand.Decide(new CommitteeDecision.Refused(
                    committee,
                    "Projet professionnel déjà construit",
                    "Orientation vers l'accompagnement France Travail")));
            return;
        }
        if (decision < 0.10) {
            b.apply(new ParcoursCommand.Decide(new CommitteeDecision.Postponed(
                    committee, "Diagnostic à compléter", Option.some(committee.plusDays(28)))));
            committee = committee.plusDays(28);
        }
        b.apply(new ParcoursCommand.Decide(new CommitteeDecision.Admitted(committee)));
        LocalDate entry = committee.plusDays(2 + random.nextInt(10));
        if (entry.isAfter(asOf)) {
            return;
        }
        b.apply(new ParcoursCommand.SignCommitment(CommitmentContract.signedOn(entry)));
        day = entry;
        for (Barrier barrier : profile.barriers()) {
            day = b.startIfBefore(
                    new StepDetail.BarrierAction(barrier.kind()),
                    day.plusDays(random.nextInt(20)),
                    30 + random.nextInt(60));
        }
        day = b.startIfBefore(
                new StepDetail.Mobilisation(), day.plusDays(7 + random.nextInt(30)), 20 + random.nextInt(40));
        day = b.startIfBefore(
                new StepDetail.JobSearchWorkshop(), day.plusDays(random.nextInt(30)), 30 + random.nextInt(30));
        if (random.nextDouble() < 0.4) {
            day = b.startIfBefore(new Immersion(employer()), day.plusDays(random.nextInt(20)), 10 + random.nextInt(10));
        }
        if (random.nextDouble() < 0.5) {
            ContractType shortType =
                    pickOf(ContractType.TEMPORARY_MISSION, ContractType.CDD, ContractType.CDDI, ContractType.PEC);
            day = b.startIfBefore(
                    employment(shortType, Option.none()), day.plusDays(random.nextInt(30)), 30 + random.nextInt(90));
        }
        b.placements(entry, day);
        b.interviews(entry, day, referent);

        double outcome = random.nextDouble();
        LocalDate start = day.plusDays(14 + random.nextInt(60));
        if (outcome < 0.42) {
            positiveEmployment(b, start, referent);
        } else if (outcome < 0.50) {
            positiveTraining(b, start, referent);
        } else if (outcome < 0.51) {
            positiveCreation(b, start, referent);
        } else if (outcome < 0.60) {
            exit(
                    b,
                    start,
                    pickOf(ExitCategory.MOVED_AWAY, ExitCategory.MOVED_AWAY, ExitCategory.RETIREMENT),
                    List.of(new Evidence(
                            EvidenceKind.ADMINISTRATIVE_PROOF, start, "GED-" + random.nextInt(1_000_000))));
        } else if (outcome < 0.92) {
            LocalDate end = start.plusDays(random.nextInt(300));
            b.interviews(day, end, referent);
            exit(
                    b,
                    end,
                    pickOf(
                            ExitCategory.ABANDONMENT,
                            ExitCategory.INTERRUPTION,
                            ExitCategory.HEALTH,
                            ExitCategory.MAXIMUM_DURATION,
                            ExitCategory.REORIENTATION),
                    List.of());
        } // else: still in parcours at asOf
    }

    private void positiveEmployment(Builder b, LocalDate start, ReferentId referent) {
        boolean cdi = random.nextDouble() < 0.37;
        ContractType type = cdi ? ContractType.CDI : ContractType.CDD;
        Option<LocalDate> plannedEnd = cdi ? Option.none() : Option.some(start.plusMonths(7 + random.nextInt(12)));
        Employment job = employment(type, plannedEnd);
        if (cdi) {
            job = Employment.builder()
                    .from(job)
                    .trialPeriodEnd(Option.some(start.plusMonths(2)))
                    .build();
        }
        if (!b.startIfBefore(job, start, 0).equals(start)) {
            return;
        }
        LocalDate exitDay = start.plusMonths(6).plusDays(1);
        b.interviews(start, exitDay, referent);
        exit(
                b,
                exitDay,
                ExitCategory.POSITIVE_EMPLOYMENT,
                List.of(
                        new Evidence(EvidenceKind.EMPLOYMENT_CONTRACT, start, "GED-" + random.nextInt(1_000_000)),
                        new Evidence(EvidenceKind.PAYSLIP, exitDay.minusDays(5), "GED-" + random.nextInt(1_000_000))));
    }

    private void positiveTraining(Builder b, LocalDate start, ReferentId referent) {
        LocalDate end = start.plusMonths(4 + random.nextInt(6));
        Training training = Training.qualifying("RNCP" + (30000 + random.nextInt(9000)), end);
        if (end.isAfter(asOf)) {
            b.startIfBefore(training, start, 0);
            return;
        }
        boolean obtained = random.nextDouble() < 0.8;
        b.start(
                training.withResult(obtained ? TrainingResult.OBTAINED : TrainingResult.FAILED, end),
                start,
                Option.some(end),
                "Formation qualifiante");
        b.interviews(start, end, referent);
        if (obtained) {
            exit(
                    b,
                    end.plusDays(1),
                    ExitCategory.POSITIVE_TRAINING,
                    List.of(new Evidence(EvidenceKind.DIPLOMA, end, "GED-" + random.nextInt(1_000_000))));
        }
    }

    private void positiveCreation(Builder b, LocalDate start, ReferentId referent) {
        BusinessCreation creation = new BusinessCreation(
                Option.some(start),
                Option.some(Siret.of(
                        String.format(Locale.ROOT, "%014d", Math.abs(random.nextLong()) % 100_000_000_000_000L))),
                Option.some(start));
        if (!b.startIfBefore(creation, start, 0).equals(start)) {
            return;
        }
        LocalDate exitDay = start.plusMonths(6);
        b.interviews(start, exitDay, referent);
        exit(
                b,
                exitDay,
                ExitCategory.POSITIVE_CREATION,
                List.of(new Evidence(EvidenceKind.KBIS, start, "GED-" + random.nextInt(1_000_000))));
    }

    private void exit(Builder b, LocalDate date, ExitCategory category, List<Evidence> evidence) {
        LocalDate validation = date.plusDays(7 + random.nextInt(21));
        if (validation.isAfter(asOf)) {
            return;
        }
        b.apply(new ParcoursCommand.ProposeExit(date, category, evidence));
        b.apply(new ParcoursCommand.ValidateExit(new ExitValidation(validation, "Commission entrées-sorties")));
    }

    private Employment employment(ContractType type, Option<LocalDate> plannedEnd) {
        boolean partTime = random.nextDouble() < 0.25;
        return Employment.builder()
                .contractType(type)
                .employer(employer())
                .plannedEnd(plannedEnd)
                .weeklyHours(partTime ? new BigDecimal(17 + random.nextInt(14)) : new BigDecimal("35"))
                .partTimeChosen(partTime && random.nextBoolean())
                .build();
    }

    private Employer employer() {
        EmployerKind kind = EmployerKind.values()[weighted(new double[] {60, 23, 17, 0})];
        return new Employer(
                "Employeur " + (1 + random.nextInt(300)),
                Option.none(),
                Option.some(SECTORS[weighted(SECTOR_WEIGHTS)]),
                kind);
    }

    private PrescriberKind pickPrescriber() {
        return pickOf(
                PrescriberKind.FRANCE_TRAVAIL,
                PrescriberKind.FRANCE_TRAVAIL,
                PrescriberKind.FRANCE_TRAVAIL,
                PrescriberKind.DEPARTMENT_COUNCIL,
                PrescriberKind.DEPARTMENT_COUNCIL,
                PrescriberKind.CCAS,
                PrescriberKind.CAP_EMPLOI,
                PrescriberKind.SIAE,
                PrescriberKind.MISSION_LOCALE);
    }

    private int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    @SafeVarargs
    private <T> T pickOf(T... values) {
        return values[random.nextInt(values.length)];
    }

    /** Applies commands to one parcours, keeping only what happened by {@link #asOf}. */
    private final class Builder {
        private Parcours parcours;
        private int steps;

        Builder(Parcours parcours) {
            this.parcours = parcours;
        }

        void apply(ParcoursCommand command) {
            parcours = lifecycle
                    .handle(parcours, command)
                    .getOrElseThrow(r -> new IllegalStateException("generator bug: " + r.code() + " " + r.args()))
                    .parcours();
        }

        void start(StepDetail detail, LocalDate start, Option<LocalDate> end, String objective) {
            Step step = Step.of(StepId.of("S" + ++steps), start, detail).withObjectives(List.of(objective));
            Option<LocalDate> known = end.filter(e -> !e.isAfter(asOf));
            apply(new StartStep(known.isDefined() ? step.endedOn(known.get()) : step));
        }

        /** Starts a step lasting {@code days} (0: open-ended) if it starts by asOf; returns the day after it. */
        LocalDate startIfBefore(StepDetail detail, LocalDate start, int days) {
            if (start.isAfter(asOf)) {
                return start.plusDays(1);
            }
            start(
                    detail,
                    start,
                    days == 0 ? Option.none() : Option.some(start.plusDays(days)),
                    detail.kind().name());
            return days == 0 ? start : start.plusDays(days);
        }

        void interviews(LocalDate from, LocalDate to, ReferentId referent) {
            for (LocalDate d = from.plusDays(7);
                    !d.isAfter(to) && !d.isAfter(asOf);
                    d = d.plusDays(25 + random.nextInt(15))) {
                apply(new ParcoursCommand.RecordInterview(new Interview(
                        d,
                        random.nextDouble() < 0.8 ? InterviewMode.FACE_TO_FACE : InterviewMode.PHONE,
                        "Point d'étape sur le parcours.",
                        referent)));
            }
        }

        void placements(LocalDate from, LocalDate to) {
            int count = random.nextInt(4);
            for (int i = 0; i < count; i++) {
                LocalDate d = from.plusDays(
                        random.nextInt((int) Math.max(1, from.until(to, java.time.temporal.ChronoUnit.DAYS))));
                if (d.isAfter(asOf)) {
                    continue;
                }
                PlacementResult result = pickOf(
                        PlacementResult.NOT_SELECTED,
                        PlacementResult.NOT_SELECTED,
                        PlacementResult.HIRED,
                        PlacementResult.NO_SHOW,
                        PlacementResult.DECLINED_BY_PARTICIPANT);
                apply(new ParcoursCommand.RecordPlacement(new JobOfferPlacement(
                        "OFFRE-" + random.nextInt(100_000),
                        d,
                        result,
                        result == PlacementResult.NOT_SELECTED
                                ? Option.some("Profil ne correspondant pas au poste")
                                : Option.none())));
            }
        }
    }
}
