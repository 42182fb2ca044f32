package fr.plie.adapter.json;

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
import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.parcours.Interview;
import fr.plie.core.parcours.InterviewMode;
import fr.plie.core.parcours.JobOfferPlacement;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.parcours.ParcoursStatus;
import fr.plie.core.parcours.PlacementResult;
import fr.plie.core.participant.Barrier;
import fr.plie.core.participant.BarrierKind;
import fr.plie.core.participant.BarrierStatus;
import fr.plie.core.participant.InseeCode;
import fr.plie.core.participant.LabourMarketStatus;
import fr.plie.core.participant.MinimumIncome;
import fr.plie.core.participant.Participant;
import fr.plie.core.participant.ParticipantId;
import fr.plie.core.participant.PersonalData;
import fr.plie.core.participant.Profile;
import fr.plie.core.participant.ProfileFact;
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
import fr.plie.core.step.StepKind;
import fr.plie.core.step.Training;
import fr.plie.core.step.TrainingResult;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators of valid participants and stored parcours: every value the format can hold, with
 * texts full of accents, quotes, escapes and emoji. Values are drawn from QuickTheories' randomness source, so a
 * failure shrinks towards small documents.
 */
final class DomainGen {
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCXYZ0123456789 éèàçùÉÀœ'\"\\/\t\n\u0001€😀-";
    private static final Set<ParcoursStatus> COMMITTED =
            EnumSet.of(ParcoursStatus.ACTIVE, ParcoursStatus.EXIT_PROPOSED, ParcoursStatus.EXITED);

    private DomainGen() {}

    static Gen<Participant> participants() {
        return in -> participant(new Draw(in), "P-" + new Draw(in).between(1, 99_999));
    }

    static Gen<Parcours> parcours() {
        return in -> parcours(new Draw(in));
    }

    /** Parcours documents, half of them with their participant. */
    static Gen<ParcoursDocument> documents() {
        return in -> {
            Draw d = new Draw(in);
            Parcours p = parcours(d);
            return d.bool()
                    ? ParcoursDocument.of(p, participant(d, p.participant().value()))
                    : ParcoursDocument.of(p);
        };
    }

    static Participant participant(Draw d, String id) {
        Profile profile = Profile.builder()
                .birthDate(d.date())
                .sex(d.pick(Sex.values()))
                .residenceCommune(InseeCode.of(d.pick(new String[] {"31555", "2A004", "2B033", "80021", "62160"})))
                .priorityNeighbourhood(d.bool())
                .qualificationLevel(d.pick(QualificationLevel.values()))
                .jobSeekerSince(d.maybe(d::date))
                .minimumIncomes(d.list(3, () -> d.pick(MinimumIncome.values())))
                .recognisedDisabledWorker(d.bool())
                .protection(d.pick(ProtectionStatus.values()))
                .singleParent(d.bool())
                .careerChange(d.bool())
                .labourMarketStatus(d.pick(LabourMarketStatus.values()))
                .thirdCountryNational(d.bool())
                .foreignBackground(d.bool())
                .homelessOrHousingExclusion(d.bool())
                .ruralArea(d.bool())
                .barriers(d.list(3, () -> barrier(d)))
                .build();
        if (d.bool()) {
            profile = Profile.builder()
                    .from(profile)
                    .unknown(d.pick(ProfileFact.values()))
                    .build();
        }
        Option<PersonalData> personal = d.maybe(() -> new PersonalData(
                d.text(100),
                d.text(100),
                d.maybe(() -> d.id() + "@" + d.id() + ".example.org"),
                d.maybe(() -> d.text(30)),
                d.maybe(() -> d.text(300))));
        return new Participant(ParticipantId.of(id), profile, personal);
    }

    private static Barrier barrier(Draw d) {
        BarrierStatus status = d.pick(BarrierStatus.values());
        LocalDate identified = d.date();
        return new Barrier(
                d.pick(BarrierKind.values()),
                status,
                identified,
                status == BarrierStatus.LIFTED ? Option.some(identified.plusDays(d.between(0, 400))) : Option.none());
    }

    static Parcours parcours(Draw d) {
        ParcoursStatus status = d.pick(ParcoursStatus.values());
        Option<CommitmentContract> commitment = COMMITTED.contains(status)
                ? Option.some(new CommitmentContract(d.date(), d.list(2, () -> d.text(500))))
                : Option.none();
        Option<Exit> exit = Option.none();
        if (status == ParcoursStatus.EXIT_PROPOSED || status == ParcoursStatus.EXITED) {
            LocalDate date = d.date();
            Exit proposed = Exit.proposed(
                    date,
                    d.pick(ExitCategory.values()),
                    d.list(3, () -> new Evidence(d.pick(EvidenceKind.values()), d.date(), d.text(200))));
            exit = Option.some(
                    status == ParcoursStatus.EXITED
                            ? proposed.validated(new ExitValidation(date.plusDays(d.between(0, 90)), d.text(200)))
                            : proposed);
        }
        List<Step> steps = new ArrayList<>();
        int stepCount = d.between(0, 4);
        for (int i = 1; i <= stepCount; i++) {
            LocalDate start = d.date();
            steps.add(new Step(
                    StepId.of("S" + i),
                    start,
                    d.maybe(() -> start.plusDays(d.between(0, 700))),
                    detail(d),
                    d.list(2, () -> d.text(300)),
                    d.maybe(() -> d.text(200)),
                    d.maybe(() -> d.text(100))));
        }
        Parcours drawn = Parcours.builder()
                .id(ParcoursId.of("PAR-" + d.id()))
                .participant(ParticipantId.of("P-" + d.between(1, 99_999)))
                .version(d.between(1, 1_000_000))
                .referral(new Referral(
                        d.pick(PrescriberKind.values()), d.text(200), d.date(), d.list(2, () -> d.text(500))))
                .decisions(d.list(3, () -> decision(d)))
                .commitment(commitment)
                .referents(d.list(2, () -> new ReferentAssignment(ReferentId.of(d.id()), d.date())))
                .steps(steps)
                .interviews(d.list(
                        3,
                        () -> new Interview(
                                d.date(), d.pick(InterviewMode.values()), d.text(4000), ReferentId.of(d.id()))))
                .placements(d.list(
                        2,
                        () -> new JobOfferPlacement(
                                d.text(100), d.date(), d.pick(PlacementResult.values()), d.maybe(() -> d.text(500)))))
                .exit(exit)
                .build();
        // independent draws rarely make a history the lifecycle produces, which the reader refuses (rule.history):
        // then a lifecycle-built one, with drawn dates and an exit drawn among none, proposed and validated
        return Parcours.restore(drawn).getOrElse(() -> lifecycleBuilt(d));
    }

    private static Parcours lifecycleBuilt(Draw d) {
        LocalDate entry = d.date();
        ParcoursFixture f = ParcoursFixture.enteredOn("PAR-" + d.id(), entry);
        for (int i = d.between(0, 3); i > 0; i--) {
            f.interview(entry.plusDays(d.between(0, 300)));
        }
        int exit = d.between(0, 2);
        if (exit > 0) {
            f.proposeExit(entry.plusDays(400), d.pick(ExitCategory.values()));
        }
        if (exit > 1) {
            f.validateExit(entry.plusDays(400 + d.between(0, 90)));
        }
        return f.build();
    }

    private static CommitteeDecision decision(Draw d) {
        return switch (d.between(0, 2)) {
            case 0 -> new CommitteeDecision.Admitted(d.date());
            case 1 -> new CommitteeDecision.Refused(d.date(), d.text(500), d.text(500));
            default -> new CommitteeDecision.Postponed(d.date(), d.text(500), d.maybe(d::date));
        };
    }

    private static StepDetail detail(Draw d) {
        return switch (d.pick(StepKind.values())) {
            case DIAGNOSTIC -> new StepDetail.Diagnostic();
            case MOBILISATION -> new StepDetail.Mobilisation();
            case JOB_SEARCH_WORKSHOP -> new StepDetail.JobSearchWorkshop();
            case BARRIER_ACTION -> new StepDetail.BarrierAction(d.pick(BarrierKind.values()));
            case TRAINING ->
                new Training(
                        d.bool(),
                        d.maybe(() -> d.text(30)),
                        d.maybe(d::date),
                        d.pick(TrainingResult.values()),
                        d.maybe(d::date));
            case EMPLOYMENT ->
                Employment.builder()
                        .contractType(d.pick(ContractType.values()))
                        .employer(employer(d))
                        .plannedEnd(d.maybe(d::date))
                        .trialPeriodEnd(d.maybe(d::date))
                        .weeklyHours(d.hours())
                        .referenceWeeklyHours(d.hours())
                        .partTimeChosen(d.bool())
                        .build();
            case IMMERSION -> new Immersion(employer(d));
            case BUSINESS_CREATION -> new BusinessCreation(d.maybe(d::date), d.maybe(d::siret), d.maybe(d::date));
        };
    }

    private static Employer employer(Draw d) {
        return new Employer(d.text(200), d.maybe(d::siret), d.maybe(() -> d.text(100)), d.pick(EmployerKind.values()));
    }

    /** Draws values from QuickTheories' randomness source. */
    static final class Draw {
        private final RandomnessSource in;

        Draw(RandomnessSource in) {
            this.in = in;
        }

        int between(int min, int max) {
            return (int) in.next(Constraint.between(min, max));
        }

        boolean bool() {
            return between(0, 1) == 1;
        }

        <T> T pick(T[] values) {
            return values[between(0, values.length - 1)];
        }

        <T> Option<T> maybe(Supplier<T> value) {
            return bool() ? Option.some(value.get()) : Option.none();
        }

        <T> List<T> list(int max, Supplier<T> element) {
            int n = between(0, max);
            List<T> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(element.get());
            }
            return out;
        }

        LocalDate date() {
            return LocalDate.of(1950, 1, 1).plusDays(between(0, 40_000));
        }

        String id() {
            return "R" + between(0, 9999) + (bool() ? "-x.y_z:" + between(0, 99) : "");
        }

        Siret siret() {
            return Siret.of(String.format("%014d", (long) between(0, Integer.MAX_VALUE) * 1000 + between(0, 999)));
        }

        /** Above 0 and at most 48, with 0 to 2 decimal places, the scale kept as drawn. */
        BigDecimal hours() {
            int scale = between(0, 2);
            int max = 48 * (int) Math.pow(10, scale);
            return BigDecimal.valueOf(between(1, max), scale);
        }

        /** A non-blank text of at most {@code max} characters (short mostly, sometimes the maximum). */
        String text(int max) {
            int length = between(0, 9) == 0 ? max : between(1, Math.min(max, 24));
            StringBuilder s = new StringBuilder().append((char) ('a' + between(0, 25)));
            while (s.length() < length) {
                int cp = ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(
                        0, between(0, ALPHABET.codePointCount(0, ALPHABET.length()) - 1)));
                if (s.length() + Character.charCount(cp) <= length) {
                    s.appendCodePoint(cp);
                } else {
                    s.append('z');
                }
            }
            return s.toString();
        }
    }
}
