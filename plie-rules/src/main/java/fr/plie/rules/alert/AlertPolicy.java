package fr.plie.rules.alert;

import fr.plie.core.step.ContractType;
import java.math.BigDecimal;
import java.time.Period;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The thresholds of the alerts a PLIE wants, and which alerts it wants at all. Immutable; derive your own from a
 * preset with {@code AlertPolicy.from(BOULONNAIS).withMaxIdleDays(45).build()}.
 *
 * @param name the policy's name
 * @param enabled the kinds of alerts raised; the others are never raised
 * @param maxIdleDays the longest idle period tolerated, in days: a longer one raises an alert
 * @param followUpContactInterval the longest time without an interview while a followed contract goes on
 * @param followedContracts the contract types that call for regular contact (subsidised contracts in seed 002)
 * @param endingWithinDays how many days before its end a contract or training raises an alert (end day included)
 * @param exitProposalDelayDays how many days after a positive exit became possible its absence of proposal is
 *     reported
 * @param caseloadPerFte how many participants a full-time referent follows at most
 * @param sixMonthSituationCollectable how long after the exit the ESF+ situation six months after it can still
 *     be collected: after that, its alerts stop ({@link #SIX_MONTH_SITUATION_COLLECTABLE} by default)
 */
public record AlertPolicy(
        String name,
        Set<AlertKind> enabled,
        int maxIdleDays,
        Period followUpContactInterval,
        Set<ContractType> followedContracts,
        int endingWithinDays,
        int exitProposalDelayDays,
        BigDecimal caseloadPerFte,
        Period sixMonthSituationCollectable) {

    /**
     * The default time after the exit during which the situation six months after it can be collected: twelve
     * months, i.e. the six months that follow the sixth month. The seeds set no limit and ESF+ (Regulation (EU)
     * 2021/1057, Annex I, EECR05-06) asks the situation six months after leaving; an answer collected more than
     * six months after that day would describe a day as far back as the exit is from it, so plie stops asking.
     */
    public static final Period SIX_MONTH_SITUATION_COLLECTABLE = Period.ofMonths(12);

    /** Subsidised and insertion contracts followed monthly in seed 002: PEC, CIE and the SIAE's CDDI. */
    public static final Set<ContractType> SUBSIDISED_CONTRACTS =
            Set.copyOf(EnumSet.of(ContractType.PEC, ContractType.CIE, ContractType.CDDI));

    /**
     * PLIE du Boulonnais, referent's specification (seed 002): avoid long idle periods between steps ("éviter au
     * maximum de longues périodes de veille en anticipant la suite de parcours après chaque étape"; the seed sets
     * no length, 30 days is this preset's choice); monthly contact with people in subsidised contracts
     * ("rendez-vous ou contacts mensuels"); contracts and trainings ending within 30 days, to prepare the next
     * step; exits to propose "au comité de suivi" with evidence. Seed 002 sets no caseload, so that alert is
     * off.
     */
    public static final AlertPolicy BOULONNAIS = new AlertPolicy(
            "PLIE du Boulonnais",
            EnumSet.complementOf(EnumSet.of(AlertKind.CASELOAD_OVER_CAPACITY)),
            30,
            Period.ofMonths(1),
            SUBSIDISED_CONTRACTS,
            30,
            0,
            new BigDecimal("90"),
            SIX_MONTH_SITUATION_COLLECTABLE);

    /**
     * PLIE du Grand Amiénois (seed 004): "le nombre de participants par Référent de parcours PLIE est fixé à 90
     * (pour un temps plein)"; with idle periods over 30 days, contracts and trainings ending within 30 days and the
     * exit alerts. Seed 004 sets no contact rhythm, so the follow-up contact alert is off.
     */
    public static final AlertPolicy GRAND_AMIENOIS = new AlertPolicy(
            "PLIE du Grand Amiénois (MLIFE)",
            EnumSet.complementOf(EnumSet.of(AlertKind.FOLLOW_UP_CONTACT_OVERDUE)),
            30,
            Period.ofMonths(1),
            SUBSIDISED_CONTRACTS,
            30,
            0,
            new BigDecimal("90"),
            SIX_MONTH_SITUATION_COLLECTABLE);

    /** Every alert, with the thresholds of seeds 002 and 004 together. */
    public static final AlertPolicy ALL = new AlertPolicy(
            "Toutes les alertes",
            EnumSet.allOf(AlertKind.class),
            30,
            Period.ofMonths(1),
            SUBSIDISED_CONTRACTS,
            30,
            0,
            new BigDecimal("90"),
            SIX_MONTH_SITUATION_COLLECTABLE);

    /**
     * Checks the thresholds and copies the sets, so the policy stays immutable.
     *
     * @param name the policy's name
     * @param enabled the kinds of alerts raised; the others are never raised
     * @param maxIdleDays the longest idle period tolerated, in days: a longer one raises an alert
     * @param followUpContactInterval the longest time without an interview while a followed contract goes on
     * @param followedContracts the contract types that call for regular contact (subsidised contracts in seed 002)
     * @param endingWithinDays how many days before its end a contract or training raises an alert (end day included)
     * @param exitProposalDelayDays how many days after a positive exit became possible its absence of proposal is
     *     reported
     * @param caseloadPerFte how many participants a full-time referent follows at most
     * @param sixMonthSituationCollectable how long after the exit the situation six months after it can still be
     *     collected
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a threshold in days is negative, or the contact interval, the caseload
     *     or the collection period is not positive
     */
    public AlertPolicy {
        Objects.requireNonNull(name, "name");
        enabled = enabled.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(enabled));
        Objects.requireNonNull(followUpContactInterval, "followUpContactInterval");
        followedContracts = Set.copyOf(followedContracts);
        Objects.requireNonNull(caseloadPerFte, "caseloadPerFte");
        if (maxIdleDays < 0 || endingWithinDays < 0 || exitProposalDelayDays < 0) {
            throw new IllegalArgumentException("alert thresholds in days cannot be negative");
        }
        if (followUpContactInterval.isNegative() || followUpContactInterval.isZero()) {
            throw new IllegalArgumentException("the follow-up contact interval must be positive");
        }
        if (caseloadPerFte.signum() <= 0) {
            throw new IllegalArgumentException("the caseload per FTE must be positive");
        }
        Objects.requireNonNull(sixMonthSituationCollectable, "sixMonthSituationCollectable");
        if (sixMonthSituationCollectable.isNegative() || sixMonthSituationCollectable.isZero()) {
            throw new IllegalArgumentException("the six-month situation's collection period must be positive");
        }
    }

    /**
     * Whether alerts of {@code kind} are raised.
     *
     * @param kind the kind of alert
     * @return whether it is enabled
     */
    public boolean isEnabled(AlertKind kind) {
        return enabled.contains(kind);
    }

    /**
     * A builder starting from {@code base}, to derive a PLIE's own policy from a preset.
     *
     * @param base the policy to start from, often a preset
     * @return the builder
     */
    public static Builder from(AlertPolicy base) {
        return new Builder(base);
    }

    /** Derives an alert policy: each {@code with...} replaces one parameter. */
    public static final class Builder {
        private String name;
        private final Set<AlertKind> enabled;
        private int maxIdleDays;
        private Period followUpContactInterval;
        private Set<ContractType> followedContracts;
        private int endingWithinDays;
        private int exitProposalDelayDays;
        private BigDecimal caseloadPerFte;
        private Period sixMonthSituationCollectable;

        private Builder(AlertPolicy base) {
            name = base.name;
            enabled = EnumSet.noneOf(AlertKind.class);
            enabled.addAll(base.enabled);
            maxIdleDays = base.maxIdleDays;
            followUpContactInterval = base.followUpContactInterval;
            followedContracts = base.followedContracts;
            endingWithinDays = base.endingWithinDays;
            exitProposalDelayDays = base.exitProposalDelayDays;
            caseloadPerFte = base.caseloadPerFte;
            sixMonthSituationCollectable = base.sixMonthSituationCollectable;
        }

        /**
         * Names the policy.
         *
         * @param newName the policy's name
         * @return this builder
         */
        public Builder name(String newName) {
            name = newName;
            return this;
        }

        /**
         * Raises alerts of {@code kind}.
         *
         * @param kind the kind of alert
         * @return this builder
         */
        public Builder enabling(AlertKind kind) {
            enabled.add(kind);
            return this;
        }

        /**
         * Never raises alerts of {@code kind}.
         *
         * @param kind the kind of alert
         * @return this builder
         */
        public Builder disabling(AlertKind kind) {
            enabled.remove(kind);
            return this;
        }

        /**
         * Sets the longest idle period tolerated.
         *
         * @param days in days
         * @return this builder
         */
        public Builder withMaxIdleDays(int days) {
            maxIdleDays = days;
            return this;
        }

        /**
         * Sets the longest time without an interview while a followed contract goes on.
         *
         * @param interval the interval, positive
         * @return this builder
         */
        public Builder withFollowUpContactInterval(Period interval) {
            followUpContactInterval = interval;
            return this;
        }

        /**
         * Sets the contract types that call for regular contact.
         *
         * @param types the contract types
         * @return this builder
         */
        public Builder withFollowedContracts(Set<ContractType> types) {
            followedContracts = types;
            return this;
        }

        /**
         * Sets how many days before its end a contract or training raises an alert.
         *
         * @param days in days
         * @return this builder
         */
        public Builder withEndingWithinDays(int days) {
            endingWithinDays = days;
            return this;
        }

        /**
         * Sets how many days after a positive exit became possible its absence of proposal is reported.
         *
         * @param days in days
         * @return this builder
         */
        public Builder withExitProposalDelayDays(int days) {
            exitProposalDelayDays = days;
            return this;
        }

        /**
         * Sets how many participants a full-time referent follows at most.
         *
         * @param participants per full-time equivalent, positive
         * @return this builder
         */
        public Builder withCaseloadPerFte(BigDecimal participants) {
            caseloadPerFte = participants;
            return this;
        }

        /**
         * Sets how long after the exit the situation six months after it can still be collected.
         *
         * @param period after the exit, positive
         * @return this builder
         */
        public Builder withSixMonthSituationCollectable(Period period) {
            sixMonthSituationCollectable = period;
            return this;
        }

        /**
         * {@return the policy}
         *
         * @throws NullPointerException if a parameter was set to null
         * @throws IllegalArgumentException if a threshold is out of range
         */
        public AlertPolicy build() {
            return new AlertPolicy(
                    name,
                    enabled,
                    maxIdleDays,
                    followUpContactInterval,
                    followedContracts,
                    endingWithinDays,
                    exitProposalDelayDays,
                    caseloadPerFte,
                    sixMonthSituationCollectable);
        }
    }
}
