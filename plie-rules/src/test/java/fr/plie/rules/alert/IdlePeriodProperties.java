package fr.plie.rules.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepDetail;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The idle-period alerts agree with a brute-force scan of every day from entry to the date of the check. */
class IdlePeriodProperties {
    private static final LocalDate ENTRY = LocalDate.of(2024, 1, 8);

    /** A drawn step: start offset from entry, length in days, and whether it is still going on. */
    record DrawnStep(int startOffset, int length, boolean ongoing) {}

    private static Gen<List<DrawnStep>> steps() {
        Gen<DrawnStep> step = Generate.range(0, 300)
                .zip(
                        Generate.range(0, 90),
                        Generate.range(0, 9),
                        (start, length, open) -> new DrawnStep(start, length, open == 0));
        return in -> {
            int count = Generate.range(0, 8).generate(in);
            List<DrawnStep> all = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                all.add(step.generate(in));
            }
            return all;
        };
    }

    private static Parcours parcoursWith(List<DrawnStep> steps) {
        ParcoursFixture fixture = ParcoursFixture.enteredOn(ENTRY);
        for (DrawnStep s : steps) {
            LocalDate start = ENTRY.plusDays(s.startOffset());
            fixture.step(
                    new StepDetail.Mobilisation(),
                    start,
                    s.ongoing() ? Option.none() : Option.some(start.plusDays(s.length())));
        }
        return fixture.build();
    }

    /** The idle runs longer than {@code threshold}, found day by day: first and last idle day of each. */
    private static Set<List<LocalDate>> bruteForce(Parcours parcours, LocalDate asOf, int threshold) {
        Set<List<LocalDate>> runs = new HashSet<>();
        LocalDate runStart = null;
        for (LocalDate day = ENTRY; !day.isAfter(asOf.plusDays(1)); day = day.plusDays(1)) {
            boolean idle = !day.isAfter(asOf) && isIdle(parcours.steps(), day);
            if (idle && runStart == null) {
                runStart = day;
            } else if (!idle && runStart != null) {
                LocalDate last = day.minusDays(1);
                if (java.time.temporal.ChronoUnit.DAYS.between(runStart, last) + 1 > threshold) {
                    runs.add(List.of(runStart, last));
                }
                runStart = null;
            }
        }
        return runs;
    }

    private static boolean isIdle(List<Step> steps, LocalDate day) {
        for (Step step : steps) {
            boolean started = !step.start().isAfter(day);
            boolean notEnded = step.end().isEmpty() || !step.end().get().isBefore(day);
            if (started && notEnded) {
                return false;
            }
        }
        return true;
    }

    @Test
    void anIdleAlertIsRaisedExactlyForEachRunOfIdleDaysLongerThanTheThreshold() {
        qt().withExamples(400)
                .forAll(steps(), Generate.range(0, 400), Generate.range(0, 60))
                .checkAssert((drawn, asOfOffset, threshold) -> {
                    Parcours parcours = parcoursWith(drawn);
                    LocalDate asOf = ENTRY.plusDays(asOfOffset);
                    AlertPolicy policy = AlertPolicy.from(AlertPolicy.BOULONNAIS)
                            .withMaxIdleDays(threshold)
                            .build();

                    Set<List<LocalDate>> raised = new HashSet<>();
                    for (Alert alert : Alerts.forParcours(parcours, asOf, policy)) {
                        if (alert.kind() == AlertKind.IDLE_PERIOD) {
                            raised.add(List.of(alert.from(), alert.to().getOrElse(asOf)));
                            assertThat(alert.to().isEmpty())
                                    .as("only the run reaching the date of the check is ongoing")
                                    .isEqualTo(
                                            alert.to().getOrElse(asOf).equals(asOf) && isIdle(parcours.steps(), asOf));
                        }
                    }
                    assertThat(raised).isEqualTo(bruteForce(parcours, asOf, threshold));
                });
    }
}
