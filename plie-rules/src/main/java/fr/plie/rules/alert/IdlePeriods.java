package fr.plie.rules.alert;

import fr.plie.core.step.Step;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Finds the periods with no step going on between the entry into the PLIE and a date ("périodes de veille"). */
final class IdlePeriods {
    /**
     * A maximal run of days with no step going on.
     *
     * @param first the first idle day
     * @param last the last idle day
     * @param ongoing whether the run reaches the date of the check
     */
    record Gap(LocalDate first, LocalDate last, boolean ongoing) {
        long days() {
            return ChronoUnit.DAYS.between(first, last) + 1;
        }
    }

    private IdlePeriods() {}

    /** The idle runs between {@code entry} and {@code asOf}, both included, oldest first. */
    static List<Gap> between(LocalDate entry, LocalDate asOf, List<Step> steps) {
        List<LocalDate[]> covered = new ArrayList<>();
        for (Step step : steps) {
            LocalDate start = step.start().isBefore(entry) ? entry : step.start();
            LocalDate end = step.end().filter(e -> e.isBefore(asOf)).getOrElse(asOf);
            if (!start.isAfter(end)) {
                covered.add(new LocalDate[] {start, end});
            }
        }
        covered.sort(Comparator.comparing(interval -> interval[0]));
        List<Gap> gaps = new ArrayList<>();
        LocalDate firstUncovered = entry;
        for (LocalDate[] interval : covered) {
            if (interval[0].isAfter(firstUncovered)) {
                gaps.add(new Gap(firstUncovered, interval[0].minusDays(1), false));
            }
            if (!interval[1].isBefore(firstUncovered)) {
                firstUncovered = interval[1].plusDays(1);
            }
        }
        if (!firstUncovered.isAfter(asOf)) {
            gaps.add(new Gap(firstUncovered, asOf, true));
        }
        return gaps;
    }
}
