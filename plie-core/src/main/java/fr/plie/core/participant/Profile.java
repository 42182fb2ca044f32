package fr.plie.core.participant;

import io.vavr.control.Option;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What eligibility, exit and indicator rules know about a participant, without name or contact: the facts
 * recorded at entry (seeds 001 and 004 list the criteria; ESF+ asks for the entry status once per person).
 */
@Value.Immutable
public abstract class Profile {
    /** {@return the birth date, exact or generalised in a pseudonymised export} */
    public abstract LocalDate birthDate();

    /** {@return the sex, as the ESF+ indicators break it down} */
    public abstract Sex sex();

    /**
     * The commune of residence, checked against the PLIE's territory.
     *
     * @return the INSEE code of the commune
     */
    public abstract InseeCode residenceCommune();

    /**
     * Residence in a "quartier prioritaire de la politique de la ville" (QPV).
     *
     * @return whether the participant lives in a QPV
     */
    @Value.Default
    public boolean priorityNeighbourhood() {
        return false;
    }

    /** {@return the highest qualification level reached} */
    public abstract QualificationLevel qualificationLevel();

    /**
     * Registration date as a job seeker with France Travail, if registered.
     *
     * @return the registration date, none if not registered
     */
    @Value.Default
    public Option<LocalDate> jobSeekerSince() {
        return Option.none();
    }

    /** {@return the minimum incomes received (RSA, ASS...), empty if none} */
    public abstract Set<MinimumIncome> minimumIncomes();

    /**
     * Recognised disabled worker (RQTH).
     *
     * @return whether the participant holds the RQTH
     */
    @Value.Default
    public boolean recognisedDisabledWorker() {
        return false;
    }

    /** {@return the international protection status, none by default} */
    @Value.Default
    public ProtectionStatus protection() {
        return ProtectionStatus.NONE;
    }

    /** {@return whether the participant raises children alone} */
    @Value.Default
    public boolean singleParent() {
        return false;
    }

    /**
     * In career change, "en reconversion professionnelle" (seed 001): leaving a trade one can no longer practise.
     *
     * @return whether the participant is in career change
     */
    @Value.Default
    public boolean careerChange() {
        return false;
    }

    /** {@return the situation on the labour market at entry, unemployed by default} */
    @Value.Default
    public LabourMarketStatus labourMarketStatus() {
        return LabourMarketStatus.UNEMPLOYED;
    }

    /**
     * Third-country national (ESF+ EECO13).
     *
     * @return whether the participant is a third-country national
     */
    @Value.Default
    public boolean thirdCountryNational() {
        return false;
    }

    /**
     * Participant with a foreign background (ESF+ EECO14).
     *
     * @return whether the participant has a foreign background
     */
    @Value.Default
    public boolean foreignBackground() {
        return false;
    }

    /**
     * Homeless or affected by housing exclusion (ESF+ EECO16).
     *
     * @return whether the participant is homeless or excluded from housing
     */
    @Value.Default
    public boolean homelessOrHousingExclusion() {
        return false;
    }

    /**
     * Living in a rural area (ESF+ EECO17).
     *
     * @return whether the participant lives in a rural area
     */
    @Value.Default
    public boolean ruralArea() {
        return false;
    }

    /** {@return the barriers to employment identified, in the order they were} */
    public abstract List<Barrier> barriers();

    /**
     * The facts not recorded yet: each holds its default value (false, none, empty, unemployed) and the
     * eligibility criteria reading it are unknown rather than unmet. Empty by default: every fact recorded.
     *
     * @return the facts not recorded
     */
    public abstract Set<ProfileFact> unknownFacts();

    /**
     * Whether {@code fact} is recorded, that is not among {@link #unknownFacts()}.
     *
     * @param fact the fact
     * @return whether it is recorded
     */
    public boolean knows(ProfileFact fact) {
        return !unknownFacts().contains(fact);
    }

    /** An unknown fact holding a value would be a contradiction only a reader of the record would notice. */
    @Value.Check
    protected void checkUnknownFactsHoldNoValue() {
        for (ProfileFact fact : unknownFacts()) {
            if (holdsValue(fact)) {
                throw new IllegalArgumentException("the fact " + fact + " is both unknown and recorded");
            }
        }
    }

    /**
     * Whether {@code fact} holds a value other than its default (true, a date, a benefit, a barrier...).
     *
     * @param fact the fact
     * @return whether it holds a value
     */
    public boolean holdsValue(ProfileFact fact) {
        return switch (fact) {
            case PRIORITY_NEIGHBOURHOOD -> priorityNeighbourhood();
            case JOB_SEEKER_REGISTRATION -> jobSeekerSince().isDefined();
            case MINIMUM_INCOMES -> !minimumIncomes().isEmpty();
            case RECOGNISED_DISABLED_WORKER -> recognisedDisabledWorker();
            case PROTECTION -> protection() != ProtectionStatus.NONE;
            case SINGLE_PARENT -> singleParent();
            case CAREER_CHANGE -> careerChange();
            case LABOUR_MARKET_STATUS -> labourMarketStatus() != LabourMarketStatus.UNEMPLOYED;
            case BARRIERS -> !barriers().isEmpty();
        };
    }

    /**
     * Age in whole years on {@code date}: a birthday counts from its day (someone born on 29 February is a year
     * older on 1 March of a common year). Computed without a {@code Period}: the indicators ask it per parcours.
     *
     * @param date the day
     * @return the age in whole years
     */
    public int ageOn(LocalDate date) {
        LocalDate birth = birthDate();
        int years = date.getYear() - birth.getYear();
        if (date.getMonthValue() * 100 + date.getDayOfMonth() < birth.getMonthValue() * 100 + birth.getDayOfMonth()) {
            years--;
        }
        return years;
    }

    /**
     * Whether registered as a job seeker for at least {@code months} months on {@code date}.
     *
     * @param months the least number of months
     * @param date the day
     * @return whether registered for that long
     */
    public boolean jobSeekerForAtLeast(int months, LocalDate date) {
        return jobSeekerSince().exists(since -> !since.plusMonths(months).isAfter(date));
    }

    // Bean Validation reads only fields and JavaBeans getters: constraints on Immutables' accessors
    // (birthDate()) are silently ignored. These private getters, invisible to Immutables and to callers,
    // carry the constraints so a validator sees them under the attribute's name.

    @NotNull
    @Past
    private LocalDate getBirthDate() {
        return birthDate();
    }

    private List<@Valid Barrier> getBarriers() {
        return barriers();
    }

    /** Profiles are personal data: they never print their content. */
    @Override
    public String toString() {
        return "Profile[redacted]";
    }

    /** {@return a builder of profiles} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a profile; {@code birthDate}, {@code sex}, {@code residenceCommune} and the level are required. */
    public static final class Builder extends ImmutableProfile.Builder {
        /**
         * Registered as a job seeker since {@code since}, for callers without Vavr.
         *
         * @param since the registration date
         * @return this builder
         */
        public Builder jobSeekerSince(LocalDate since) {
            jobSeekerSince(Option.some(java.util.Objects.requireNonNull(since, "since")));
            return this;
        }

        /**
         * Marks {@code fact} as not recorded, its field back to its default value.
         *
         * @param fact the fact not recorded
         * @return this builder
         */
        public Builder unknown(ProfileFact fact) {
            switch (fact) {
                case PRIORITY_NEIGHBOURHOOD -> priorityNeighbourhood(false);
                case JOB_SEEKER_REGISTRATION -> jobSeekerSince(Option.none());
                case MINIMUM_INCOMES -> minimumIncomes(Set.of());
                case RECOGNISED_DISABLED_WORKER -> recognisedDisabledWorker(false);
                case PROTECTION -> protection(ProtectionStatus.NONE);
                case SINGLE_PARENT -> singleParent(false);
                case CAREER_CHANGE -> careerChange(false);
                case LABOUR_MARKET_STATUS -> labourMarketStatus(LabourMarketStatus.UNEMPLOYED);
                case BARRIERS -> barriers(List.of());
            }
            addUnknownFacts(fact);
            return this;
        }

        /**
         * Registered as a job seeker since the date {@code since} holds, or not registered when it is empty.
         *
         * @param since the registration date, or empty
         * @return this builder
         */
        public Builder jobSeekerSince(java.util.Optional<LocalDate> since) {
            jobSeekerSince(Option.ofOptional(since));
            return this;
        }
    }
}
