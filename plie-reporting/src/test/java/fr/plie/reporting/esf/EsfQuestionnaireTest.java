package fr.plie.reporting.esf;

import static fr.plie.reporting.esf.EsfFixtures.QUESTIONNAIRE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.common.MessageBundle;
import fr.plie.core.esf.EsfAnswer;
import fr.plie.core.esf.EsfQuestion;
import fr.plie.core.esf.EsfRecord;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.fixture.ProfileFixture;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.participant.Profile;
import fr.plie.core.step.ContractType;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The ESF+ questionnaire of one participant (Regulation (EU) 2021/1057, Annex I; docs/esf.md): what is derived
 * and from what, what must be entered, when it is due.
 */
class EsfQuestionnaireTest {
    private static final LocalDate ENTRY = LocalDate.of(2024, 3, 4);
    private static final LocalDate EXIT = LocalDate.of(2024, 10, 1);
    private static final Profile PROFILE = ProfileFixture.longTermJobSeeker().build();

    /** Entered in March 2024, hired on a CDI in September, left for that job on 1 October 2024. */
    static Parcours hiredOnACdi() {
        return ParcoursFixture.enteredOn("PAR-1", ENTRY)
                .employment(ContractType.CDI, LocalDate.of(2024, 9, 2), Option.none())
                .proposeExit(EXIT, ExitCategory.POSITIVE_EMPLOYMENT)
                .validateExit(EXIT.plusDays(10))
                .build();
    }

    private static EsfSheet sheet(Parcours parcours, Option<EsfRecord> entered, LocalDate asOf) {
        OperationSplitter splitter =
                new OperationSplitter(EsfFixtures.yearlyOperations(), OperationRule.SPLIT_AT_OPERATION_BOUNDARIES);
        ParticipantOperation record = splitter.split(parcours, asOf).get(0);
        return QUESTIONNAIRE.sheet(record, parcours, PROFILE, entered, asOf);
    }

    @Test
    void entry_answers_come_from_the_profile_and_say_from_what() {
        EsfSheet sheet = sheet(hiredOnACdi(), Option.none(), LocalDate.of(2025, 6, 30));
        assertThat(sheet.response(EsfQuestion.LABOUR_MARKET_STATUS))
                .extracting(EsfResponse::answer, EsfResponse::source, EsfResponse::basis)
                .containsExactly(
                        Option.some(EsfAnswer.given("UNEMPLOYED")),
                        EsfSource.DERIVED,
                        Basis.PROFILE_LABOUR_MARKET_STATUS);
        // registered since 1 September 2021, entered on 4 March 2024
        assertThat(sheet.response(EsfQuestion.UNEMPLOYMENT_DURATION).is("12_MONTHS_OR_MORE"))
                .isTrue();
        assertThat(sheet.response(EsfQuestion.ISCED_LEVEL).is("ISCED_3_4")).isTrue();
        assertThat(sheet.response(EsfQuestion.DISABILITY).basis()).isEqualTo(Basis.PROFILE_RQTH);
    }

    @Test
    void minority_and_household_are_never_guessed_they_are_missing_until_entered() {
        EsfSheet sheet = sheet(hiredOnACdi(), Option.none(), LocalDate.of(2025, 6, 30));
        assertThat(sheet.missing())
                .extracting(EsfResponse::question)
                .contains(
                        EsfQuestion.MINORITY,
                        EsfQuestion.SINGLE_ADULT_HOUSEHOLD,
                        EsfQuestion.DEPENDENT_CHILDREN,
                        EsfQuestion.FOREIGN_BACKGROUND);
        assertThat(sheet.response(EsfQuestion.MINORITY).dueOn()).contains(ENTRY.plusDays(28));
    }

    @Test
    void the_last_event_of_the_four_weeks_after_leaving_answers_the_exit_questions() {
        EsfSheet sheet = sheet(hiredOnACdi(), Option.none(), LocalDate.of(2025, 6, 30));
        assertThat(sheet.response(EsfQuestion.EXIT_EMPLOYED).isYes()).isTrue();
        assertThat(sheet.response(EsfQuestion.EXIT_EMPLOYED).basis()).isEqualTo(Basis.PARCOURS_EXIT_WINDOW);
        assertThat(sheet.response(EsfQuestion.EXIT_JOB_SEARCHING).answer()).contains(EsfAnswer.NO);
        // still on the CDI six months later, full time both times: employed, not improved
        assertThat(sheet.response(EsfQuestion.EMPLOYED_6_MONTHS).isYes()).isTrue();
        assertThat(sheet.response(EsfQuestion.IMPROVED_SITUATION_6_MONTHS).answer())
                .contains(EsfAnswer.NO);
    }

    @Test
    void exit_answers_wait_for_the_window_to_close() {
        EsfSheet sheet = sheet(hiredOnACdi(), Option.none(), EXIT.plusDays(14));
        assertThat(sheet.response(EsfQuestion.EXIT_EMPLOYED).source()).isEqualTo(EsfSource.PENDING);
        assertThat(sheet.response(EsfQuestion.EXIT_EMPLOYED).dueOn()).contains(EXIT.plusDays(28));
        assertThat(sheet.response(EsfQuestion.EMPLOYED_6_MONTHS).source()).isEqualTo(EsfSource.PENDING);
    }

    @Test
    void an_entered_answer_takes_precedence_and_refusal_is_an_answer_where_allowed() {
        Parcours parcours = hiredOnACdi();
        EsfRecord entered = EsfRecord.empty(
                        parcours.participant(), EsfFixtures.yearly(2024).id(), ENTRY)
                .with(EsfQuestion.MINORITY, EsfAnswer.refused(), ENTRY)
                .with(EsfQuestion.DISABILITY, EsfAnswer.YES, ENTRY);
        assertThat(entered.violations()).isEmpty();
        EsfSheet sheet = sheet(parcours, Option.some(entered), LocalDate.of(2025, 6, 30));
        assertThat(sheet.response(EsfQuestion.MINORITY).answer()).contains(EsfAnswer.refused());
        assertThat(sheet.response(EsfQuestion.DISABILITY).source()).isEqualTo(EsfSource.ENTERED);
        assertThat(sheet.missing()).extracting(EsfResponse::question).doesNotContain(EsfQuestion.MINORITY);
    }

    @Test
    void a_refusal_the_rules_do_not_allow_and_both_last_events_are_refused_with_reasons() {
        Parcours parcours = hiredOnACdi();
        EsfRecord entered = EsfRecord.empty(
                        parcours.participant(), EsfFixtures.yearly(2024).id(), ENTRY)
                .with(EsfQuestion.RURAL_AREA, EsfAnswer.refused(), ENTRY)
                .with(EsfQuestion.LABOUR_MARKET_STATUS, EsfAnswer.given("RETIRED"), ENTRY)
                .with(EsfQuestion.EXIT_JOB_SEARCHING, EsfAnswer.YES, EXIT)
                .with(EsfQuestion.EXIT_EMPLOYED, EsfAnswer.YES, EXIT);
        assertThat(entered.violations())
                .extracting(r -> r.code())
                .containsExactlyInAnyOrder(
                        "esf.answer.not-accepted", "esf.answer.not-accepted", "esf.exit.searching-and-employed");
        assertThat(entered.violations().get(0).message(Locale.ENGLISH)).contains("not allowed");
    }

    @Test
    void an_entered_yes_to_job_searching_answers_employment_no() {
        Parcours parcours = hiredOnACdi();
        EsfRecord entered = EsfRecord.empty(
                        parcours.participant(), EsfFixtures.yearly(2024).id(), EXIT)
                .with(EsfQuestion.EXIT_JOB_SEARCHING, EsfAnswer.YES, EXIT);
        EsfSheet sheet = sheet(parcours, Option.some(entered), LocalDate.of(2025, 6, 30));
        assertThat(sheet.response(EsfQuestion.EXIT_EMPLOYED).answer()).contains(EsfAnswer.NO);
        assertThat(sheet.response(EsfQuestion.EXIT_EMPLOYED).basis()).isEqualTo(Basis.ENTERED_LAST_EVENT);
    }

    @Test
    void missing_answers_raise_an_alert_a_week_before_they_are_due_then_an_overdue_one() {
        Parcours parcours = hiredOnACdi();
        LocalDate due = ENTRY.plusDays(28);
        List<EsfSheet> early = List.of(sheet(parcours, Option.none(), due.minusDays(10)));
        assertThat(EsfCompleteness.alerts(early, due.minusDays(10), 7)).isEmpty();
        List<EsfSheet> soon = List.of(sheet(parcours, Option.none(), due.minusDays(3)));
        List<EsfAlert> alerts = EsfCompleteness.alerts(soon, due.minusDays(3), 7);
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(EsfAlert.Kind.DUE_SOON);
            assertThat(a.dueOn()).isEqualTo(due);
            assertThat(a.message(MessageBundle.FRENCH)).contains("01/04/2024").contains("appartenance à une minorité");
            assertThat(a.message(Locale.ENGLISH)).contains("2024-04-01").contains("minority");
        });
        List<EsfSheet> late = List.of(sheet(parcours, Option.none(), due.plusDays(1)));
        assertThat(EsfCompleteness.alerts(late, due.plusDays(1), 7))
                .extracting(EsfAlert::kind)
                .containsExactly(EsfAlert.Kind.OVERDUE);
        assertThat(EsfCompleteness.missing(late))
                .extracting(MissingAnswer::question)
                .contains(EsfQuestion.MINORITY);
    }
}
