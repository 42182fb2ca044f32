package fr.plie.rules.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.plie.core.exit.ExitCategory;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.step.ContractType;
import fr.plie.core.step.Employment;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepId;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Seed 004's "au moins 6 mois dans les 12 derniers mois" against a brute-force oracle that walks the calendar day
 * by day: for each day, the window of 12 calendar months ending on it, the runs of consecutive mission days in it,
 * each run's whole months counted with {@link LocalDate#plusMonths} from its first day, then its days left over
 * (docs/policies.md, "Durations"). Both readings of the window are checked: any window, and the window ending on
 * the proposed exit (or the assessment date).
 */
class TemporaryWorkProperties {
    private static final Period WINDOW = Period.ofMonths(12);

    /** A mission: start offset, length, and whether it ended (0), is planned to end (1) or is open (2). */
    private static Gen<int[]> mission() {
        return Generate.intArrays(Generate.constant(3), integers().between(0, 1100));
    }

    @Test
    void the_engine_agrees_with_a_day_by_day_calendar_month_count() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 300))
                .forAll(
                        lists().of(mission()).ofSizeBetween(1, 7),
                        integers().between(0, 1200),
                        // months needed (1 to 9) and boundary, as months * 2 + boundary
                        integers().between(2, 19),
                        integers().between(-1, 400))
                .checkAssert((missions, asOfOffset, need2, exitOffset) -> {
                    int months = need2 / 2;
                    Boundary boundary = Boundary.values()[need2 % 2];
                    for (WindowEnd windowEnd : WindowEnd.values()) {
                        ExitPolicy policy = ExitPolicy.from(ExitPolicy.GRAND_AMIENOIS)
                                .name("missions-" + months + "-" + boundary)
                                .temporaryWorkMinimum(Period.ofMonths(months))
                                .temporaryWorkBoundary(boundary)
                                .windowEnd(windowEnd)
                                .build();
                        LocalDate origin = Parcourses.ENTRY;
                        LocalDate asOf = origin.plusDays(asOfOffset);
                        List<Step> steps = new ArrayList<>();
                        for (int i = 0; i < missions.size(); i++) {
                            steps.add(mission("M" + i, origin, missions.get(i)));
                        }
                        Parcours parcours = Parcourses.of(steps);
                        // an exit proposed on some day up to the assessment date, or none (-1)
                        int anchor = asOfOffset;
                        if (exitOffset >= 0 && exitOffset <= asOfOffset) {
                            anchor = exitOffset;
                            parcours = Parcourses.withExit(
                                    parcours, origin.plusDays(exitOffset), ExitCategory.POSITIVE_EMPLOYMENT);
                        }
                        long need = months * 31L + (boundary == Boundary.EXCLUSIVE ? 1 : 0);
                        boolean[] worked = worked(steps, origin, asOfOffset);
                        long firstDay = windowEnd == WindowEnd.ANY_DAY
                                ? firstMeeting(worked, origin, need, 0)
                                : anchored(worked, known(steps, asOf), origin, need, anchor);

                        ExitAssessment assessment = ExitEngine.assess(parcours, asOf, policy);

                        if (firstDay < 0) {
                            assertThat(assessment.outcome()).isEqualTo(ExitOutcome.NOT_POSITIVE);
                        } else if (firstDay <= asOfOffset) {
                            assertThat(assessment.outcome()).isEqualTo(ExitOutcome.POSITIVE_EMPLOYMENT);
                            assertThat(assessment.pronounceableFrom()).contains(origin.plusDays(firstDay));
                        } else {
                            assertThat(assessment.outcome()).isEqualTo(ExitOutcome.NOT_YET);
                            assertThat(assessment.projectedDate()).contains(origin.plusDays(firstDay));
                        }
                    }
                });
    }

    private static Step mission(String id, LocalDate origin, int[] genes) {
        LocalDate start = origin.plusDays(genes[0]);
        LocalDate last = start.plusDays(genes[1] % 240);
        int state = genes[2] % 3;
        Employment job = Parcourses.job(ContractType.TEMPORARY_MISSION, "35")
                .plannedEnd(state == 2 ? Option.none() : Option.some(last))
                .build();
        Step step = Step.of(StepId.of(id), start, job);
        return state == 0 ? step.endedOn(last) : step;
    }

    /** Days of missions by offset from the origin; missions starting after the assessment date are unknown. */
    private static boolean[] worked(List<Step> steps, LocalDate origin, int asOfOffset) {
        int horizon = asOfOffset + 1500;
        boolean[] worked = new boolean[horizon + 1];
        for (Step step : steps) {
            int start = (int) (step.start().toEpochDay() - origin.toEpochDay());
            if (start > asOfOffset) {
                continue;
            }
            Option<LocalDate> lastDay =
                    step.end().orElse(step.employment().get().plannedEnd());
            int last = lastDay.isDefined() ? (int) (lastDay.get().toEpochDay() - origin.toEpochDay()) : horizon;
            for (int day = start; day <= Math.min(last, horizon); day++) {
                worked[day] = true;
            }
        }
        return worked;
    }

    /** The first day from {@code from} whose window holds the need, or -1. */
    private static long firstMeeting(boolean[] worked, LocalDate origin, long need, int from) {
        for (int day = from; day < worked.length; day++) {
            if (meets(worked, origin, need, day)) {
                return day;
            }
        }
        return -1;
    }

    /**
     * The window ending on the anchor: since when it has held the need without a break, but not before the first
     * of its own missions began; or when it will hold it.
     */
    private static long anchored(boolean[] worked, List<Step> steps, LocalDate origin, long need, int anchor) {
        if (!meets(worked, origin, need, anchor)) {
            return firstMeeting(worked, origin, need, anchor + 1);
        }
        int day = anchor;
        while (day > 0 && meets(worked, origin, need, day - 1)) {
            day--;
        }
        LocalDate windowFrom = origin.plusDays(anchor).plusDays(1).minus(WINDOW);
        long firstOwn = Long.MAX_VALUE;
        for (Step step : steps) {
            long start = step.start().toEpochDay() - origin.toEpochDay();
            boolean worksInWindow = false;
            for (LocalDate d = windowFrom; !d.isAfter(origin.plusDays(anchor)); d = d.plusDays(1)) {
                long offset = d.toEpochDay() - origin.toEpochDay();
                worksInWindow |= offset >= start && offset >= 0 && worked[(int) offset] && worksOn(step, d);
            }
            if (worksInWindow) {
                firstOwn = Math.min(firstOwn, start);
            }
        }
        return Math.max(day, firstOwn);
    }

    /** The missions the engine knows of on {@code asOf}: those started by then. */
    private static List<Step> known(List<Step> steps, LocalDate asOf) {
        return steps.stream().filter(step -> !step.start().isAfter(asOf)).toList();
    }

    /** Whether the mission covers {@code day} (from its start to its end, planned end or forever). */
    private static boolean worksOn(Step step, LocalDate day) {
        Option<LocalDate> last = step.end().orElse(step.employment().get().plannedEnd());
        return !day.isBefore(step.start()) && (last.isEmpty() || !day.isAfter(last.get()));
    }

    /** Whole months (31 each) and days left over of each run of mission days in the 12 months up to {@code day}. */
    private static boolean meets(boolean[] worked, LocalDate origin, long need, int day) {
        LocalDate end = origin.plusDays(day);
        LocalDate from = end.plusDays(1).minus(WINDOW);
        long total = 0;
        LocalDate runStart = null;
        for (LocalDate d = from; !d.isAfter(end.plusDays(1)); d = d.plusDays(1)) {
            long offset = d.toEpochDay() - origin.toEpochDay();
            boolean isWorked = !d.isAfter(end) && offset >= 0 && worked[(int) offset];
            if (isWorked && runStart == null) {
                runStart = d;
            } else if (!isWorked && runStart != null) {
                int months = 0;
                while (!runStart.plusMonths(months + 1).isAfter(d)) {
                    months++;
                }
                total += months * 31L
                        + (d.toEpochDay() - runStart.plusMonths(months).toEpochDay());
                runStart = null;
            }
        }
        return total >= Math.max(1, need);
    }
}
