package fr.plie.rules.exit;

import fr.plie.core.common.Rejection;
import fr.plie.core.exit.Exit;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ReportingPeriod;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The exit policies of a PLIE over its successive protocols (seed 000: "pour la période du 1er janvier 2015 au
 * 31 décembre 2020"): an exit is judged by the policy in force on its date, and a date no protocol covers is
 * refused with a clear message rather than judged by a guess.
 *
 * <p>Immutable and thread-safe.
 */
public final class ExitPolicySchedule {
    /**
     * One protocol period and the policy in force during it.
     *
     * @param period the protocol's first and last days, both included
     */
    public record Entry(ReportingPeriod period, ExitPolicy policy) {
        /**
         * Checks that no component is missing.
         *
         * @param period the protocol's first and last days, both included
         * @param policy the exit policy in force over the period
         * @throws NullPointerException if {@code period} or {@code policy} is null
         */
        public Entry {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(policy, "policy");
        }
    }

    private final List<Entry> entries;

    private ExitPolicySchedule(List<Entry> entries) {
        this.entries = entries;
    }

    /**
     * A schedule of {@code entries}; every pair of overlapping periods is reported (code {@code
     * schedule.overlap}), not only the first.
     *
     * @param entries the policies and their periods, in any order
     * @return the schedule, or every overlap
     */
    public static Validation<Seq<Rejection>, ExitPolicySchedule> of(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing((Entry e) -> e.period().from()));
        Seq<Rejection> overlaps = Vector.empty();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                ReportingPeriod a = sorted.get(i).period();
                ReportingPeriod b = sorted.get(j).period();
                if (!b.from().isAfter(a.to())) {
                    overlaps = overlaps.append(Texts.REJECTIONS.rejection(
                            "schedule.overlap",
                            sorted.get(i).policy().name(),
                            a.from(),
                            a.to(),
                            sorted.get(j).policy().name(),
                            b.from(),
                            b.to()));
                }
            }
        }
        return overlaps.isEmpty()
                ? Validation.valid(new ExitPolicySchedule(List.copyOf(sorted)))
                : Validation.invalid(overlaps);
    }

    /**
     * The entries, by start date.
     *
     * @return the entries
     */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * The policy in force on {@code date}, or {@code schedule.no-policy}.
     *
     * @param date the day
     * @return the policy, or the rejection
     */
    public Either<Rejection, ExitPolicy> policyOn(LocalDate date) {
        for (Entry entry : entries) {
            if (entry.period().contains(date)) {
                return Either.right(entry.policy());
            }
        }
        return Either.left(Texts.REJECTIONS.rejection("schedule.no-policy", date));
    }

    /**
     * Assesses {@code parcours} on {@code asOf} under the policy in force on its exit date: the proposed exit's
     * date when an exit is proposed, {@code asOf} otherwise.
     *
     * @param parcours the parcours
     * @param asOf the day of the assessment
     * @return the assessment, or {@code schedule.no-policy}
     */
    public Either<Rejection, ExitAssessment> assess(Parcours parcours, LocalDate asOf) {
        LocalDate exitDate = parcours.exit().map(Exit::date).getOrElse(asOf);
        return policyOn(exitDate).map(policy -> ExitEngine.assess(parcours, asOf, policy));
    }
}
