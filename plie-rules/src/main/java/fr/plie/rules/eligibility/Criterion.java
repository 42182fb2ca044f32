package fr.plie.rules.eligibility;

import static fr.plie.rules.eligibility.Reason.met;
import static fr.plie.rules.eligibility.Reason.unmet;

import fr.plie.core.participant.BarrierStatus;
import fr.plie.core.participant.LabourMarketStatus;
import fr.plie.core.participant.MinimumIncome;
import fr.plie.core.participant.Profile;
import fr.plie.core.participant.ProfileFact;
import fr.plie.core.participant.ProtectionStatus;
import fr.plie.core.participant.QualificationLevel;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One criterion of a PLIE's public with its parameters, as listed by the protocol (seed 001: "on notera
 * notamment comme personnes pouvant être suivies"; seed 004: "et être soit..."). Each criterion judges a
 * {@link Profile} on a date and explains itself: met, not met, or unknown when a fact it needs is among the
 * profile's {@link Profile#unknownFacts()} and the known facts do not settle it.
 */
public sealed interface Criterion {
    /** {@return which criterion this is, one per kind in a policy} */
    CriterionKind kind();

    /**
     * Evaluates the criterion for {@code profile} on {@code asOf}.
     *
     * @param profile the candidate's profile
     * @param asOf the day of the check
     * @return met, not met or unknown, with its reason
     */
    CriterionResult evaluate(Profile profile, LocalDate asOf);

    /** Registered as a job seeker with France Travail on {@code asOf} (seed 004: "demandeur d'emploi"). */
    record JobSeeker() implements Criterion {
        @Override
        public CriterionKind kind() {
            return CriterionKind.JOB_SEEKER;
        }

        @Override
        public CriterionResult evaluate(Profile profile, LocalDate asOf) {
            if (!profile.knows(ProfileFact.JOB_SEEKER_REGISTRATION)) {
                return unknown(kind(), ProfileFact.JOB_SEEKER_REGISTRATION, "eligibility.criterion.job-seeker.unknown");
            }
            return new CriterionResult(
                    kind(),
                    registeredOn(profile, asOf)
                            ? met("eligibility.criterion.job-seeker.met", monthsRegistered(profile, asOf))
                            : unmet("eligibility.criterion.job-seeker.unmet"));
        }
    }

    /**
     * Seeking work, registered or not: the labour-market status is unemployed (seed 004: "personne en recherche
     * d'emploi").
     */
    record SeekingWork() implements Criterion {
        @Override
        public CriterionKind kind() {
            return CriterionKind.SEEKING_WORK;
        }

        @Override
        public CriterionResult evaluate(Profile profile, LocalDate asOf) {
            if (!profile.knows(ProfileFact.LABOUR_MARKET_STATUS)) {
                return unknown(kind(), ProfileFact.LABOUR_MARKET_STATUS, "eligibility.criterion.seeking-work.unknown");
            }
            return new CriterionResult(
                    kind(),
                    profile.labourMarketStatus() == LabourMarketStatus.UNEMPLOYED
                            ? met("eligibility.criterion.seeking-work.met")
                            : unmet("eligibility.criterion.seeking-work."
                                    + profile.labourMarketStatus().name().toLowerCase(Locale.ROOT)));
        }
    }

    /**
     * Registered as a job seeker for at least {@code months} months on the date (seed 001: "demandeurs d'emploi de
     * longue durée"; DELD means 12 months).
     *
     * @param months the registration length required, 12 for the usual definition
     */
    record LongTermJobSeeker(int months) implements Criterion {
        /** The usual definition of a long-term job seeker: 12 months of registration. */
        public static final int DEFAULT_MONTHS = 12;

        /**
         * Checks the registration length.
         *
         * @param months the registration length required, 12 for the usual definition
         * @throws IllegalArgumentException if {@code months} is below 1
         */
        public LongTermJobSeeker {
            if (months < 1) {
                throw new IllegalArgumentException("a long-term registration lasts at least one month");
            }
        }

        @Override
        public CriterionKind kind() {
            return CriterionKind.LONG_TERM_JOB_SEEKER;
        }

        @Override
        public CriterionResult evaluate(Profile profile, LocalDate asOf) {
            if (!profile.knows(ProfileFact.JOB_SEEKER_REGISTRATION)) {
                return unknown(
                        kind(),
                        ProfileFact.JOB_SEEKER_REGISTRATION,
                        "eligibility.criterion.long-term-job-seeker.unknown",
                        months);
            }
            if (!registeredOn(profile, asOf)) {
                return new CriterionResult(
                        kind(), unmet("eligibility.criterion.long-term-job-seeker.unregistered", months));
            }
            long registered = monthsRegistered(profile, asOf);
            return new CriterionResult(
                    kind(),
                    profile.jobSeekerForAtLeast(months, asOf)
                            ? met("eligibility.criterion.long-term-job-seeker.met", registered, months)
                            : unmet("eligibility.criterion.long-term-job-seeker.unmet", registered, months));
        }
    }

    /**
     * Receives one of the accepted minimum-income benefits (seeds 001 and 004: "bénéficiaires de minimas sociaux").
     *
     * @param accepted the benefits that count; all of them in both seeds
     */
    record MinimumIncomeBeneficiary(Set<MinimumIncome> accepted) implements Criterion {
        /**
         * Copies the benefits, so the criterion stays immutable.
         *
         * @param accepted the benefits that count; all of them in both seeds
         * @throws IllegalArgumentException if {@code accepted} is empty
         */
        public MinimumIncomeBeneficiary {
            accepted = Set.copyOf(accepted);
            if (accepted.isEmpty()) {
                throw new IllegalArgumentException("at least one minimum-income benefit must count");
            }
        }

        /**
         * Any minimum-income benefit counts.
         *
         * @return the criterion
         */
        public static MinimumIncomeBeneficiary any() {
            return new MinimumIncomeBeneficiary(EnumSet.allOf(MinimumIncome.class));
        }

        @Override
        public CriterionKind kind() {
            return CriterionKind.MINIMUM_INCOME;
        }

        @Override
        public CriterionResult evaluate(Profile profile, LocalDate asOf) {
            Set<MinimumIncome> received = EnumSet.noneOf(MinimumIncome.class);
            profile.minimumIncomes().stream().filter(accepted::contains).forEach(received::add);
            if (received.isEmpty() && !profile.knows(ProfileFact.MINIMUM_INCOMES)) {
                return unknown(
                        kind(),
                        ProfileFact.MINIMUM_INCOMES,
                        "eligibility.criterion.minimum-income.unknown",
                        names(accepted));
            }
            return new CriterionResult(
                    kind(),
                    received.isEmpty()
                            ? unmet("eligibility.criterion.minimum-income.unmet", names(accepted))
                            : met("eligibility.criterion.minimum-income.met", names(received)));
        }
    }

    /**
     * Aged {@code fromAge} or more on the date: a birthday counts from its day (seed 001: "demandeurs d'emploi de
     * plus de 50 ans"; seed 004: "senior (+45 ans)").
     *
     * @param fromAge the age from which a person is a senior
     * @param jobSeekersOnly whether the person must also be a registered job seeker (seed 001 says "demandeurs
     *     d'emploi de plus de 50 ans")
     */
    record Senior(int fromAge, boolean jobSeekersOnly) implements Criterion {
        /**
         * Checks the age.
         *
         * @param fromAge the age from which a person is a senior
         * @param jobSeekersOnly whether the person must also be a registered job seeker
         * @throws IllegalArgumentException if {@code fromAge} is negative
         */
        public Senior {
            if (fromAge < 0) {
                throw new IllegalArgumentException("an age cannot be negative");
            }
        }

        @Override
        public CriterionKind kind() {
            return CriterionKind.SENIOR;
        }

        @Override
        public CriterionResult evaluate(Profile profile, LocalDate asOf) {
            int age = profile.ageOn(asOf);
            if (age < fromAge) {
                return new CriterionResult(kind(), unmet("eligibility.criterion.senior.unmet", age, fromAge));
            }
            if (jobSeekersOnly && !profile.knows(ProfileFact.JOB_SEEKER_REGISTRATION)) {
                return unknown(
                        kind(),
                        ProfileFact.JOB_SEEKER_REGISTRATION,
                        "eligibility.criterion.senior.registration-unknown",
                        age,
                        fromAge);
            }
            if (jobSeekersOnly && !registeredOn(profile, asOf)) {
                return new CriterionResult(kind(), unmet("eligibility.criterion.senior.not-job-seeker", age, fromAge));
            }
            return new CriterionResult(kind(), met("eligibility.criterion.senior.met", age, fromAge));
        }
    }

    /**
     * Aged under {@code underAge} on the date (seed 001: "demandeurs d'emploi de moins de 30 ans", outside the
     * Mission Locale's follow-up, which the committee checks).
     *
     * @param underAge the first age that is no longer young
     * @param jobSeekersOnly whether the person must also be a registered job seeker
     */
    record Young(int underAge, boolean jobSeekersOnly) implements Criterion {
        /**
         * Checks the age.
         *
         * @param underAge the first age that is no longer young
         * @param jobSeekersOnly whether the person must also be a registered job seeker
         * @throws IllegalArgumentException if {@code underAge} is below 1
         */
        public Young {
            if (underAge < 1) {
                throw new IllegalArgumentException("the young age limit must be positive");
            }
        }

        @Override
        public CriterionKind kind() {
            return CriterionKind.YOUNG;
        }

        @Override
        public CriterionResult evaluate(Profile profile, LocalDate asOf) {
            int age = profile.ageOn(asOf);
            if (age >= underAge) {
                return new CriterionResult(kind(), unmet("eligibility.criterion.young.unmet", age, underAge));
            }
            if (jobSeekersOnly && !profile.knows(ProfileFact.JOB_SEEKER_REGISTRATION)) {
                return unknown(
                        kind(),
                        ProfileFact.JOB_SEEKER_REGISTRATION,
                        "eligibility.criterion.young.registration-unknown",
                        age,
                        underAge);
            }
            if (jobSeekersOnly && !registeredOn(profile, asOf)) {
                return new CriterionResult(kind(), unmet("eligibility.criterion.young.not-job-seeker", age, underAge));
            }
            return new CriterionResult(kind(), met("eligibility.criterion.young.met", age, underAge));
        }
    }

    /** Recognised disabled worker, RQTH (seed 001: "travailleurs handicapés"; seed 004: "travailleur handicapé"). */
    record RecognisedDisabledWorker() implements Criterion {
        @Override
        public CriterionKind kind() {
            return CriterionKind.RECOGNISED_DISABLED_WORKER;
        }

        @Override
        public CriterionResult evaluate(Profile profile, LocalDate asOf) {
            if (!profile.knows(ProfileFact.RECOGNISED_DISABLED_WORKER)) {
                return unknown(kind(), ProfileFact.RECOGNISED_DISABLED_WORKER, "eligibility.criterion.rqth.unknown");
            }
            return new CriterionResult(
                    kind(),
                    profile.recognisedDisabledWorker()
                            ? met("eligibility.criterion.rqth.met")
                            : unmet("eligibility.criterion.rqth.unmet"));
        }
    }

    /** Resident of a QPV (seed 001: "personnes issues des quartiers inscrits dans le Contrat de Ville"). */
    record PriorityNeighbourhood() implements Criterion {
        @Override
        public CriterionKind kind() {
            return CriterionKind.PRIORITY_NEIGHBOURHOOD;
        }

        @Override
        public CriterionResult evaluate(Profile profile, LocalDate asOf) {
            if (!profile.knows(ProfileFact.PRIORITY_NEIGHBOURHOOD)) {
                return unknown(kind(), ProfileFact.PRIORITY_NEIGHBOURHOOD, "eligibility.criterion.qpv.unknown");
            }
            return new CriterionResult(
                    kind(),
                    profile.priorityNeighbourhood()
                            ? met("eligibility.criterion.qpv.met")
                            : unmet("eligibility.criterion.qpv.unmet"));
        }
    }

    /**
     * Qualification at most {@code atMost} (seed 001: "niveaux de qualification inférieurs ou égaux au niveau V
     * (CAP-BEP)", that is {@link QualificationLevel#LEVEL_3}).
     *
     * @param atMost the highest level that still meets the criterion
     */
    record LowQualification(QualificationLevel atMost) implements Criterion {
        /**
         * Checks that the level is present.
         *
         * @param atMost the highest level that still meets the criterion
         * @throws NullPointerException if {@code atMost} is null
         */
        public LowQualification {
            Objects.requireNonNull(atMost, "atMost");
        }

        @Override
        public CriterionKind kind() {
            return CriterionKind.LOW_QUALIFICATION;
        }

        @Override
        public CriterionResult evaluate(Profile profile, LocalDate asOf) {
            QualificationLevel level = profile.qualificationLevel();
            Object[] args = {level.rank(), level.formerLevel(), atMost.rank(), atMost.formerLevel()};
            return new CriterionResult(
                    kind(),
                    level.atMost(atMost)
                            ? met("eligibility.criterion.low-qualification.met", args)
                            : unmet("eligibility.criterion.low-qualification.unmet", args));
        }
    }

    /** Beneficiary of international protection (seed 001: "bénéficiaires de la protection internationale"). */
    record InternationalProtection() implements Criterion {
        @Override
        public CriterionKind kind() {
            return CriterionKind.INTERNATIONAL_PROTECTION;
        }

        @Override
        public CriterionResult evaluate(Profile profile, LocalDate asOf) {
            if (!profile.knows(ProfileFact.PROTECTION)) {
                return unknown(
                        kind(), ProfileFact.PROTECTION, "eligibility.criterion.international-protection.unknown");
            }
            return new CriterionResult(
                    kind(),
                    profile.protection() == ProtectionStatus.INTERNATIONAL_PROTECTION
                            ? met("eligibility.criterion.international-protection.met")
                            : unmet("eligibility.criterion.international-protection.unmet"));
        }
    }

    /** Asylum seeker (seed 001: "les demandeurs d'asile"). */
    record AsylumSeeker() implements Criterion {
        @Override
        public CriterionKind kind() {
            return CriterionKind.ASYLUM_SEEKER;
        }

        @Override
        public CriterionResult evaluate(Profile profile, LocalDate asOf) {
            if (!profile.knows(ProfileFact.PROTECTION)) {
                return unknown(kind(), ProfileFact.PROTECTION, "eligibility.criterion.asylum-seeker.unknown");
            }
            return new CriterionResult(
                    kind(),
                    profile.protection() == ProtectionStatus.ASYLUM_SEEKER
                            ? met("eligibility.criterion.asylum-seeker.met")
                            : unmet("eligibility.criterion.asylum-seeker.unmet"));
        }
    }

    /** Single parent (seed 001: "personnes en situation de monoparentalité"). */
    record SingleParent() implements Criterion {
        @Override
        public CriterionKind kind() {
            return CriterionKind.SINGLE_PARENT;
        }

        @Override
        public CriterionResult evaluate(Profile profile, LocalDate asOf) {
            if (!profile.knows(ProfileFact.SINGLE_PARENT)) {
                return unknown(kind(), ProfileFact.SINGLE_PARENT, "eligibility.criterion.single-parent.unknown");
            }
            return new CriterionResult(
                    kind(),
                    profile.singleParent()
                            ? met("eligibility.criterion.single-parent.met")
                            : unmet("eligibility.criterion.single-parent.unmet"));
        }
    }

    /** In career change (seed 001: "les personnes en situation de monoparentalité et/ou en reconversion professionnelle"). */
    record CareerChange() implements Criterion {
        @Override
        public CriterionKind kind() {
            return CriterionKind.CAREER_CHANGE;
        }

        @Override
        public CriterionResult evaluate(Profile profile, LocalDate asOf) {
            if (!profile.knows(ProfileFact.CAREER_CHANGE)) {
                return unknown(kind(), ProfileFact.CAREER_CHANGE, "eligibility.criterion.career-change.unknown");
            }
            return new CriterionResult(
                    kind(),
                    profile.careerChange()
                            ? met("eligibility.criterion.career-change.met")
                            : unmet("eligibility.criterion.career-change.unmet"));
        }
    }

    /**
     * At least {@code atLeast} barriers to employment identified and not lifted on the date (seed 001: people who
     * "cumulent des freins professionnels et sociaux"; seed 004: "personne rencontrant des difficultés
     * d'insertion prof (freins périphériques à l'emploi : logement, santé, social)").
     *
     * @param atLeast how many barriers must be open
     */
    record CumulatedBarriers(int atLeast) implements Criterion {
        /**
         * Checks the number of barriers.
         *
         * @param atLeast how many barriers must be open
         * @throws IllegalArgumentException if {@code atLeast} is below 1
         */
        public CumulatedBarriers {
            if (atLeast < 1) {
                throw new IllegalArgumentException("at least one barrier is required");
            }
        }

        @Override
        public CriterionKind kind() {
            return CriterionKind.CUMULATED_BARRIERS;
        }

        @Override
        public CriterionResult evaluate(Profile profile, LocalDate asOf) {
            long open = profile.barriers().stream()
                    .filter(b -> !b.identifiedOn().isAfter(asOf))
                    .filter(b ->
                            b.status() != BarrierStatus.LIFTED || b.liftedOn().exists(d -> d.isAfter(asOf)))
                    .count();
            if (open < atLeast && !profile.knows(ProfileFact.BARRIERS)) {
                return unknown(kind(), ProfileFact.BARRIERS, "eligibility.criterion.barriers.unknown", atLeast);
            }
            return new CriterionResult(
                    kind(),
                    open >= atLeast
                            ? met("eligibility.criterion.barriers.met", open, atLeast)
                            : unmet("eligibility.criterion.barriers.unmet", open, atLeast));
        }
    }

    /** Unknown: {@code fact}, which the criterion reads, is not recorded. */
    private static CriterionResult unknown(CriterionKind kind, ProfileFact fact, String code, Object... args) {
        return new CriterionResult(kind, unmet(code, args), EnumSet.of(fact));
    }

    private static boolean registeredOn(Profile profile, LocalDate asOf) {
        return profile.jobSeekerSince().exists(since -> !since.isAfter(asOf));
    }

    private static long monthsRegistered(Profile profile, LocalDate asOf) {
        return ChronoUnit.MONTHS.between(profile.jobSeekerSince().get(), asOf);
    }

    private static String names(Set<MinimumIncome> incomes) {
        return incomes.stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
    }
}
