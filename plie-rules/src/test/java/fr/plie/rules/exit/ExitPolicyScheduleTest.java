package fr.plie.rules.exit;

import static fr.plie.rules.exit.Parcourses.day;
import static fr.plie.rules.exit.Parcourses.fullTime;
import static fr.plie.rules.exit.Parcourses.step;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.common.Rejection;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.core.step.ContractType;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Seed 000's protocol "pour la période du 1er janvier 2015 au 31 décembre 2020", followed by another one. */
class ExitPolicyScheduleTest {
    private static final ExitPolicy NEXT_PROTOCOL = ExitPolicy.from(ExitPolicy.TOULOUSE_2015_2020)
            .name("toulouse-2021-2027")
            .fixedTermBoundary(Boundary.INCLUSIVE)
            .build();

    private static ExitPolicySchedule toulouse() {
        return ExitPolicySchedule.of(List.of(
                        new ExitPolicySchedule.Entry(
                                new ReportingPeriod(day("2021-01-01"), day("2027-12-31")), NEXT_PROTOCOL),
                        new ExitPolicySchedule.Entry(
                                new ReportingPeriod(day("2015-01-01"), day("2020-12-31")),
                                ExitPolicy.TOULOUSE_2015_2020)))
                .get();
    }

    @Test
    void the_policy_in_force_on_a_date_is_the_one_of_its_protocol() {
        assertThat(toulouse().policyOn(day("2020-12-31")).get()).isEqualTo(ExitPolicy.TOULOUSE_2015_2020);
        assertThat(toulouse().policyOn(day("2021-01-01")).get()).isEqualTo(NEXT_PROTOCOL);
        assertThat(toulouse().entries())
                .extracting(e -> e.policy().name())
                .containsExactly("toulouse-2015-2020", "toulouse-2021-2027");
    }

    @Test
    void an_exit_is_judged_by_the_policy_in_force_on_its_date() {
        // a CDD of exactly six months: not "more than 6 months" in 2015-2020, "at least" afterwards
        var parcours = Parcourses.of(step("S1", fullTime(ContractType.CDD), "2020-06-01", "2020-11-30"));
        var exitIn2020 = Parcourses.withExit(parcours, day("2020-12-15"), ExitCategory.POSITIVE_EMPLOYMENT);
        var exitIn2021 = Parcourses.withExit(parcours, day("2021-01-04"), ExitCategory.POSITIVE_EMPLOYMENT);

        assertThat(toulouse().assess(exitIn2020, day("2021-01-10")).get().outcome())
                .isEqualTo(ExitOutcome.NOT_POSITIVE);
        assertThat(toulouse().assess(exitIn2021, day("2021-01-10")).get().outcome())
                .isEqualTo(ExitOutcome.POSITIVE_EMPLOYMENT);
        assertThat(toulouse().assess(parcours, day("2021-01-10")).get().policy())
                .isEqualTo("toulouse-2021-2027");
    }

    @Test
    void a_date_no_protocol_covers_is_refused_with_a_clear_message() {
        Either<Rejection, ExitPolicy> result = toulouse().policyOn(day("2014-12-31"));

        Rejection rejection = result.getLeft();
        assertThat(rejection.code()).isEqualTo("schedule.no-policy");
        assertThat(rejection.message())
                .isEqualTo(
                        "Aucune règle de sortie n'est en vigueur le 31/12/2014 : aucun protocole ne couvre cette date.");
        assertThat(rejection.message(Locale.ENGLISH))
                .isEqualTo("No exit policy is in force on 2014-12-31: no protocol covers this date.");
    }

    @Test
    void every_overlap_between_protocols_is_reported() {
        Validation<Seq<Rejection>, ExitPolicySchedule> schedule = ExitPolicySchedule.of(List.of(
                new ExitPolicySchedule.Entry(
                        new ReportingPeriod(day("2015-01-01"), day("2020-12-31")), ExitPolicy.TOULOUSE_2015_2020),
                new ExitPolicySchedule.Entry(new ReportingPeriod(day("2020-07-01"), day("2021-06-30")), NEXT_PROTOCOL),
                new ExitPolicySchedule.Entry(
                        new ReportingPeriod(day("2021-06-30"), day("2027-12-31")), ExitPolicy.GRAND_AMIENOIS)));

        assertThat(schedule.isInvalid()).isTrue();
        Seq<Rejection> errors = schedule.getError();
        assertThat(errors).extracting(Rejection::code).containsOnly("schedule.overlap");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).message(Locale.ENGLISH))
                .isEqualTo("The protocols toulouse-2015-2020 (2015-01-01 - 2020-12-31) and toulouse-2021-2027"
                        + " (2020-07-01 - 2021-06-30) overlap.");
    }
}
