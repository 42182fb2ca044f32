package fr.plie.rules.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

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
 * Seed 004's "au moins 6 mois dans les 12 derniers mois" against a brute-force oracle that counts, day by day,
 * the days of missions in every window of the last 12 months (365 days).
 */
class TemporaryWorkProperties {
    private static final int WINDOW = 365;

    /** A mission: start offset, length, and whether it ended (0), is planned to end (1) or is open (2). */
    private static Gen<int[]> mission() {
        return Generate.intArrays(Generate.constant(3), integers().between(0, 1100));
    }

    @Test
    void the_engine_agrees_with_a_day_by_day_count_over_every_twelve_month_window() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 300))
                .forAll(
                        lists().of(mission()).ofSizeBetween(1, 7),
                        integers().between(0, 1200),
                        integers().between(1, 9),
                        Generate.enumValues(Boundary.class))
                .checkAssert((missions, asOfOffset, months, boundary) -> {
                    ExitPolicy policy = ExitPolicy.from(ExitPolicy.GRAND_AMIENOIS)
                            .name("missions-" + months + "-" + boundary)
                            .temporaryWorkMinimum(Period.ofMonths(months))
                            .temporaryWorkBoundary(boundary)
                            .build();
                    LocalDate origin = ParcoursGen.ENTRY;
                    LocalDate asOf = origin.plusDays(asOfOffset);
                    List<Step> steps = new ArrayList<>();
                    for (int i = 0; i < missions.size(); i++) {
                        steps.add(mission("M" + i, origin, missions.get(i)));
                    }
                    Parcours parcours = Parcourses.of(steps);
                    long need = (long) Math.ceil(months * 365.25 / 12) + (boundary == Boundary.EXCLUSIVE ? 1 : 0);

                    long firstDay = oracle(steps, origin, asOfOffset, need);
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

    /**
     * The first day (as an offset from the origin) whose 365-day window holds {@code need} days of missions, or
     * -1; missions starting after the assessment date are unknown, an open mission never ends.
     */
    private static long oracle(List<Step> steps, LocalDate origin, int asOfOffset, long need) {
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
        for (int day = 0; day <= horizon; day++) {
            int count = 0;
            for (int x = Math.max(0, day - WINDOW + 1); x <= day; x++) {
                count += worked[x] ? 1 : 0;
            }
            if (count >= need) {
                return day;
            }
        }
        return -1;
    }
}
