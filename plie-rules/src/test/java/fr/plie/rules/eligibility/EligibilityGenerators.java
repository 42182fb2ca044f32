package fr.plie.rules.eligibility;

import fr.plie.core.participant.Barrier;
import fr.plie.core.participant.BarrierKind;
import fr.plie.core.participant.InseeCode;
import fr.plie.core.participant.LabourMarketStatus;
import fr.plie.core.participant.MinimumIncome;
import fr.plie.core.participant.Profile;
import fr.plie.core.participant.ProfileFact;
import fr.plie.core.participant.ProtectionStatus;
import fr.plie.core.participant.QualificationLevel;
import fr.plie.core.participant.Sex;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of profiles, dates and policies for the eligibility properties. */
final class EligibilityGenerators {
    static final LocalDate ORIGIN = LocalDate.of(2024, 1, 1);
    static final List<String> COMMUNES = List.of("24322", "24053", "80021", "80622", "33063", "31555", "2A004");

    private EligibilityGenerators() {}

    /** Check dates over three years, with month ends and 29 February among them. */
    static Gen<LocalDate> asOfDates() {
        return Generate.range(0, 3 * 366).map(ORIGIN::plusDays);
    }

    static Gen<Boolean> bools() {
        return Generate.booleans();
    }

    static <E extends Enum<E>> Gen<Set<E>> subsets(Class<E> type) {
        E[] values = type.getEnumConstants();
        return in -> {
            Set<E> set = EnumSet.noneOf(type);
            for (E value : values) {
                if (bools().generate(in)) {
                    set.add(value);
                }
            }
            return set;
        };
    }

    static Gen<Barrier> barriers() {
        return in -> {
            LocalDate identified =
                    ORIGIN.minusDays(400).plusDays(Generate.range(0, 1600).generate(in));
            Barrier barrier =
                    Barrier.identified(Generate.enumValues(BarrierKind.class).generate(in), identified);
            return switch (Generate.range(0, 2).generate(in)) {
                case 0 -> barrier;
                case 1 -> barrier.inProgress();
                default ->
                    barrier.liftedOn(identified.plusDays(Generate.range(0, 500).generate(in)));
            };
        };
    }

    /** Profiles of people aged 10 to 80 around the check dates, with every field drawn. */
    static Gen<Profile> profiles() {
        return in -> {
            Profile.Builder b = Profile.builder();
            b.birthDate(ORIGIN.minusYears(80)
                            .plusDays(Generate.range(0, 70 * 366).generate(in)))
                    .sex(Generate.enumValues(Sex.class).generate(in))
                    .residenceCommune(InseeCode.of(Generate.pick(COMMUNES).generate(in)))
                    .priorityNeighbourhood(bools().generate(in))
                    .qualificationLevel(
                            Generate.enumValues(QualificationLevel.class).generate(in))
                    .jobSeekerSince(
                            bools().generate(in)
                                    ? Option.some(ORIGIN.minusDays(800)
                                            .plusDays(Generate.range(0, 2000).generate(in)))
                                    : Option.none())
                    .minimumIncomes(subsets(MinimumIncome.class).generate(in))
                    .recognisedDisabledWorker(bools().generate(in))
                    .protection(Generate.enumValues(ProtectionStatus.class).generate(in))
                    .singleParent(bools().generate(in))
                    .careerChange(bools().generate(in))
                    .labourMarketStatus(
                            Generate.enumValues(LabourMarketStatus.class).generate(in))
                    .thirdCountryNational(bools().generate(in))
                    .foreignBackground(bools().generate(in))
                    .homelessOrHousingExclusion(bools().generate(in))
                    .ruralArea(bools().generate(in));
            int barrierCount = Generate.range(0, 4).generate(in);
            for (int i = 0; i < barrierCount; i++) {
                b.addBarriers(barriers().generate(in));
            }
            return b.build();
        };
    }

    /** Profiles as {@link #profiles()}, with a drawn subset of facts unknown, each reset to its default value. */
    static Gen<Profile> profilesWithUnknownFacts() {
        return in -> {
            Profile drawn = profiles().generate(in);
            Set<ProfileFact> unknown = subsets(ProfileFact.class).generate(in);
            Profile.Builder b = Profile.builder().from(drawn);
            unknown.forEach(b::unknown);
            return b.build();
        };
    }

    /** One criterion of {@code kind} with drawn parameters. */
    static Criterion criterion(CriterionKind kind, org.quicktheories.core.RandomnessSource in) {
        return switch (kind) {
            case JOB_SEEKER -> new Criterion.JobSeeker();
            case SEEKING_WORK -> new Criterion.SeekingWork();
            case LONG_TERM_JOB_SEEKER ->
                new Criterion.LongTermJobSeeker(Generate.range(1, 36).generate(in));
            case MINIMUM_INCOME -> {
                Set<MinimumIncome> accepted = subsets(MinimumIncome.class).generate(in);
                yield accepted.isEmpty()
                        ? Criterion.MinimumIncomeBeneficiary.any()
                        : new Criterion.MinimumIncomeBeneficiary(accepted);
            }
            case SENIOR -> new Criterion.Senior(Generate.range(40, 60).generate(in), bools().generate(in));
            case YOUNG -> new Criterion.Young(Generate.range(18, 35).generate(in), bools().generate(in));
            case RECOGNISED_DISABLED_WORKER -> new Criterion.RecognisedDisabledWorker();
            case PRIORITY_NEIGHBOURHOOD -> new Criterion.PriorityNeighbourhood();
            case LOW_QUALIFICATION ->
                new Criterion.LowQualification(
                        Generate.enumValues(QualificationLevel.class).generate(in));
            case INTERNATIONAL_PROTECTION -> new Criterion.InternationalProtection();
            case ASYLUM_SEEKER -> new Criterion.AsylumSeeker();
            case SINGLE_PARENT -> new Criterion.SingleParent();
            case CAREER_CHANGE -> new Criterion.CareerChange();
            case CUMULATED_BARRIERS ->
                new Criterion.CumulatedBarriers(Generate.range(1, 3).generate(in));
        };
    }

    /** Policies with a drawn territory, age bounds, a drawn subset of criteria in a drawn order, and N required. */
    static Gen<EligibilityPolicy> policies() {
        return in -> {
            List<String> communes = new ArrayList<>();
            for (String code : COMMUNES) {
                if (bools().generate(in)) {
                    communes.add(code);
                }
            }
            Territory territory = Territory.of(
                    "T",
                    Epci.of(
                            "E1",
                            communes.stream().filter(c -> c.startsWith("2")).toArray(String[]::new)),
                    Epci.of(
                            "E2",
                            communes.stream().filter(c -> !c.startsWith("2")).toArray(String[]::new)));
            Option<Integer> min =
                    bools().generate(in) ? Option.some(Generate.range(16, 30).generate(in)) : Option.none();
            Option<Integer> max =
                    bools().generate(in) ? Option.some(Generate.range(30, 70).generate(in)) : Option.none();
            List<CriterionKind> kinds = new ArrayList<>();
            for (CriterionKind kind : CriterionKind.values()) {
                if (bools().generate(in)) {
                    kinds.add(kind);
                }
            }
            java.util.Collections.shuffle(
                    kinds, new java.util.Random(Generate.range(0, 1000).generate(in)));
            List<Criterion> criteria = kinds.stream().map(k -> criterion(k, in)).toList();
            int required = Generate.range(0, criteria.size()).generate(in);
            return new EligibilityPolicy("P", territory, new AgeBounds(min, max), criteria, required);
        };
    }
}
