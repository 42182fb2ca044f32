package fr.plie.rules.eligibility;

import fr.plie.core.participant.QualificationLevel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who may enter a PLIE: the territory, the general age bounds, the criteria with their parameters, and how many
 * criteria must be met (one in both seeds: "et être soit..."). Immutable; derive your own from a preset with
 * {@code EligibilityPolicy.from(GRAND_AMIENOIS).withCriterion(new Senior(50, false)).build()}.
 *
 * <p>The general conditions the seeds add (adhering to the parcours, barriers compatible with a parcours,
 * actively seeking work) are the committee's judgement and are not checked here.
 *
 * @param name the policy's name, e.g. the PLIE and its protocol
 * @param territory the communes of residence admitted
 * @param ageBounds the general age bounds
 * @param criteria the criteria, at most one of each kind, in the order they are reported
 * @param criteriaRequired how many criteria must be met, from 0 to the number of criteria
 */
public record EligibilityPolicy(
        String name, Territory territory, AgeBounds ageBounds, List<Criterion> criteria, int criteriaRequired) {

    /**
     * PLIE du Grand Périgueux, protocol 2022-2027 (seed 001). Residence in the territory ("qu'ils résident sur
     * le territoire d'intervention du PLIE") and one of: long-term job seeker; minimum-income beneficiary;
     * resident of a Contrat de Ville neighbourhood (QPV); level V (CAP-BEP) or below; job seeker over 50
     * ("demandeurs d'emploi de plus de 50 ans", read as 50 and over); job seeker under 30; RQTH; international
     * protection; asylum seeker; single parent; important difficulties, read as at least two barriers not lifted
     * ("dès lors qu'elles cumulent des freins"). Ages from 16 ("en âge d'intégrer le marché du travail"). The
     * territory lists a few communes of the CA Le Grand Périgueux only: complete it with your own list.
     */
    public static final EligibilityPolicy GRAND_PERIGUEUX_2022_2027 = new EligibilityPolicy(
            "PLIE du Grand Périgueux 2022-2027",
            Territories.GRAND_PERIGUEUX,
            AgeBounds.from(16),
            List.of(
                    new Criterion.LongTermJobSeeker(Criterion.LongTermJobSeeker.DEFAULT_MONTHS),
                    Criterion.MinimumIncomeBeneficiary.any(),
                    new Criterion.PriorityNeighbourhood(),
                    new Criterion.LowQualification(QualificationLevel.LEVEL_3),
                    new Criterion.Senior(50, true),
                    new Criterion.Young(30, true),
                    new Criterion.RecognisedDisabledWorker(),
                    new Criterion.InternationalProtection(),
                    new Criterion.AsylumSeeker(),
                    new Criterion.SingleParent(),
                    new Criterion.CareerChange(),
                    new Criterion.CumulatedBarriers(2)),
            1);

    /**
     * PLIE du Grand Amiénois, carried by the MLIFE (seed 004). Residence in one of the EPCIs Somme Sud-Ouest, Val
     * de Somme, Nièvre et Somme, Territoire Nord Picardie and Amiens Métropole, adults "âgés de plus de 26 ans"
     * (read as 26 and over: the Mission Locale follows the 16-25), and one of: job seeker; person seeking work;
     * minimum-income beneficiary; senior (+45 ans); RQTH; person with barriers to employment ("freins
     * périphériques à l'emploi : logement, santé, social", at least one not lifted). The territory lists a few
     * communes only: complete it with your own list.
     */
    public static final EligibilityPolicy GRAND_AMIENOIS = new EligibilityPolicy(
            "PLIE du Grand Amiénois (MLIFE)",
            Territories.GRAND_AMIENOIS,
            AgeBounds.from(26),
            List.of(
                    new Criterion.JobSeeker(),
                    new Criterion.SeekingWork(),
                    Criterion.MinimumIncomeBeneficiary.any(),
                    new Criterion.Senior(45, false),
                    new Criterion.RecognisedDisabledWorker(),
                    new Criterion.CumulatedBarriers(1)),
            1);

    /**
     * Checks the criteria and copies them, so the policy stays immutable.
     *
     * @param name the policy's name, e.g. the PLIE and its protocol
     * @param territory the communes of residence admitted
     * @param ageBounds the general age bounds
     * @param criteria the criteria, at most one of each kind, in the order they are reported
     * @param criteriaRequired how many criteria must be met, from 0 to the number of criteria
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a kind of criterion is listed twice or {@code criteriaRequired} is out of
     *     range
     */
    public EligibilityPolicy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(ageBounds, "ageBounds");
        criteria = List.copyOf(criteria);
        Set<CriterionKind> kinds = EnumSet.noneOf(CriterionKind.class);
        for (Criterion c : criteria) {
            if (!kinds.add(c.kind())) {
                throw new IllegalArgumentException("the criterion " + c.kind() + " is listed twice");
            }
        }
        if (criteriaRequired < 0 || criteriaRequired > criteria.size()) {
            throw new IllegalArgumentException("criteriaRequired must be between 0 and the number of criteria ("
                    + criteria.size() + "), was " + criteriaRequired);
        }
    }

    /**
     * A builder starting from {@code base}, to derive a PLIE's own policy from a preset.
     *
     * @param base the policy to start from, often a preset
     * @return the builder
     */
    public static Builder from(EligibilityPolicy base) {
        return new Builder(base);
    }

    /** Derives a policy: each {@code with...} replaces one parameter; {@link #build()} checks the whole. */
    public static final class Builder {
        private String name;
        private Territory territory;
        private AgeBounds ageBounds;
        private final List<Criterion> criteria;
        private int criteriaRequired;

        private Builder(EligibilityPolicy base) {
            this.name = base.name;
            this.territory = base.territory;
            this.ageBounds = base.ageBounds;
            this.criteria = new ArrayList<>(base.criteria);
            this.criteriaRequired = base.criteriaRequired;
        }

        /**
         * The policy's name, as {@code ExitPolicy.Builder#name} names an exit policy.
         *
         * @param newName the policy's name
         * @return this builder
         */
        public Builder name(String newName) {
            this.name = newName;
            return this;
        }

        /**
         * Replaces the territory.
         *
         * @param newTerritory the communes of residence admitted
         * @return this builder
         */
        public Builder withTerritory(Territory newTerritory) {
            this.territory = newTerritory;
            return this;
        }

        /**
         * Adds an EPCI to the territory, or replaces the EPCI of the same name.
         *
         * @param epci the EPCI
         * @return this builder
         */
        public Builder withEpci(Epci epci) {
            this.territory = territory.withEpci(epci);
            return this;
        }

        /**
         * Replaces the general age bounds.
         *
         * @param bounds the bounds
         * @return this builder
         */
        public Builder withAgeBounds(AgeBounds bounds) {
            this.ageBounds = bounds;
            return this;
        }

        /**
         * Replaces the criterion of the same kind in place, or adds {@code criterion} at the end.
         *
         * @param criterion the criterion
         * @return this builder
         */
        public Builder withCriterion(Criterion criterion) {
            for (int i = 0; i < criteria.size(); i++) {
                if (criteria.get(i).kind() == criterion.kind()) {
                    criteria.set(i, criterion);
                    return this;
                }
            }
            criteria.add(criterion);
            return this;
        }

        /**
         * Removes the criterion of {@code kind}, if the policy has one.
         *
         * @param kind the kind of criterion
         * @return this builder
         */
        public Builder withoutCriterion(CriterionKind kind) {
            criteria.removeIf(c -> c.kind() == kind);
            return this;
        }

        /**
         * Sets how many criteria must be met.
         *
         * @param required from 0 to the number of criteria
         * @return this builder
         */
        public Builder withCriteriaRequired(int required) {
            this.criteriaRequired = required;
            return this;
        }

        /**
         * {@return the policy}
         *
         * @throws IllegalArgumentException if the criteria or their number required are inconsistent
         */
        public EligibilityPolicy build() {
            return new EligibilityPolicy(name, territory, ageBounds, criteria, criteriaRequired);
        }
    }
}
