package fr.plie.rules.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import fr.plie.core.exit.ExitCategory;
import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.step.Employer;
import fr.plie.core.step.EmployerKind;
import fr.plie.core.step.Immersion;
import fr.plie.core.step.StepDetail;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The ESF+ deadline alerts counted as a person counts on a calendar, day by day, against the engine's
 * {@code plusMonths}: the situation six months after an exit (EECR05-06) and the PMSMP of at most one month.
 * Exits and starts are drawn over four years, month ends and 29 February included.
 */
class EsfDeadlineAlertProperties {
    private static final LocalDate FIRST = LocalDate.of(2023, 1, 1);
    private static final Employer HOST = Employer.of("Boulangerie du Portel", EmployerKind.PRIVATE);

    /** Months since year 0, so two days are n months apart when their indexes differ by n. */
    private static int month(LocalDate day) {
        return day.getYear() * 12 + day.getMonthValue();
    }

    /**
     * The day {@code months} calendar months after {@code from}, found by walking the days: the first day of the
     * month {@code months} later that has the same day of month, or that month's last day when it is shorter.
     */
    private static LocalDate walkMonths(LocalDate from, int months) {
        LocalDate day = from;
        while (!(month(day) - month(from) == months
                && (day.getDayOfMonth() >= from.getDayOfMonth()
                        || day.plusDays(1).getDayOfMonth() == 1))) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static long daysBetween(LocalDate from, LocalDate to) {
        long days = 0;
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            days++;
        }
        return days;
    }

    @Test
    void Esf_SixMonthsAfterLeaving_dueAndOverdueAsACalendarCountsThem() {
        qt().forAll(Generate.range(0, 1500), Generate.range(0, 500), Generate.range(6, 18))
                .checkAssert((exitOffset, later, collectableMonths) -> {
                    LocalDate exit = FIRST.plusDays(exitOffset);
                    LocalDate asOf = exit.plusDays(later);
                    Parcours parcours = ParcoursFixture.enteredOn(exit.minusDays(100))
                            .step(new StepDetail.Mobilisation(), exit.minusDays(100), Option.some(exit))
                            .proposeExit(exit, ExitCategory.ABANDONMENT)
                            .validateExit(exit)
                            .build();
                    AlertPolicy policy = AlertPolicy.from(AlertPolicy.ALL)
                            .withSixMonthSituationCollectable(Period.ofMonths(collectableMonths))
                            .build();

                    LocalDate due = walkMonths(exit, 6);
                    // no longer collectable once the collection period after the exit is over
                    LocalDate lastDay = walkMonths(exit, collectableMonths);
                    List<AlertKind> expected = asOf.isBefore(due) || asOf.isAfter(lastDay)
                            ? List.of()
                            : List.of(
                                    daysBetween(due, asOf) <= Alerts.SIX_MONTH_SITUATION_GRACE_DAYS
                                            ? AlertKind.SIX_MONTH_SITUATION_DUE
                                            : AlertKind.SIX_MONTH_SITUATION_OVERDUE);

                    assertThat(Alerts.forParcours(parcours, asOf, policy, ExitReadiness.unknown()))
                            .as("exit %s, on %s, collectable %s months", exit, asOf, collectableMonths)
                            .extracting(Alert::kind)
                            .isEqualTo(expected);
                });
    }

    @Test
    void Pmsmp_anImmersionOfMoreThanOneMonthIsAlertedAsACalendarCountsIt() {
        qt().forAll(Generate.range(0, 1500), Generate.range(0, 70)).checkAssert((startOffset, length) -> {
            LocalDate start = FIRST.plusDays(startOffset);
            LocalDate end = start.plusDays(length);
            Parcours parcours = ParcoursFixture.enteredOn(start)
                    .step(new Immersion(HOST), start, Option.some(end))
                    .build();

            // one month from 4 March is over on 3 April: the immersion is too long when it reaches 4 April
            boolean tooLong = !end.isBefore(walkMonths(start, 1));

            assertThat(AlertFixtures.ofKind(
                            Alerts.forParcours(parcours, end.plusDays(1), AlertPolicy.ALL),
                            AlertKind.IMMERSION_TOO_LONG))
                    .as("from %s to %s", start, end)
                    .hasSize(tooLong ? 1 : 0);
        });
    }
}
