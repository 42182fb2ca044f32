package fr.plie.reporting.esf;

import static fr.plie.reporting.esf.EsfFixtures.AS_OF;
import static fr.plie.reporting.esf.EsfFixtures.QUESTIONNAIRE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.plie.core.esf.EsfAnswer;
import fr.plie.core.esf.EsfOperation;
import fr.plie.core.esf.EsfOperationId;
import fr.plie.core.esf.EsfOperations;
import fr.plie.core.esf.EsfQuestion;
import fr.plie.core.esf.EsfRecord;
import fr.plie.core.esf.EsfStage;
import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.reporting.fixture.RandomCohort;
import fr.plie.reporting.indicator.Indicator;
import fr.plie.reporting.indicator.IndicatorAccumulator;
import fr.plie.reporting.indicator.IndicatorReport;
import fr.plie.reporting.indicator.ReportedParcours;
import fr.plie.reporting.indicator.ReportingOptions;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The questionnaire's derived answers against an independent oracle and against the period indicators. */
class EsfQuestionnaireProperties {
    private static List<EsfSheet> sheets(List<ReportedParcours> cohort, OperationSplitter splitter, LocalDate asOf) {
        List<EsfSheet> sheets = new ArrayList<>();
        for (ReportedParcours reported : cohort) {
            for (ParticipantOperation record : splitter.split(reported.parcours(), asOf)) {
                sheets.add(QUESTIONNAIRE.sheet(record, reported.parcours(), reported.profile(), Option.none(), asOf));
            }
        }
        return sheets;
    }

    @Test
    void derived_exit_and_six_month_answers_agree_with_the_oracle() {
        OperationSplitter splitter =
                new OperationSplitter(EsfFixtures.yearlyOperations(), OperationRule.SPLIT_AT_OPERATION_BOUNDARIES);
        qt().withExamples(200).forAll(longs().all(), integers().between(1, 30)).checkAssert((seed, size) -> {
            for (ReportedParcours reported : RandomCohort.of(seed, size)) {
                for (ParticipantOperation record : splitter.split(reported.parcours(), AS_OF)) {
                    EsfSheet sheet =
                            QUESTIONNAIRE.sheet(record, reported.parcours(), reported.profile(), Option.none(), AS_OF);
                    var parcours = reported.parcours();
                    if (record.exit().isEmpty()
                            || record.exit().get().plusDays(28).isAfter(AS_OF)) {
                        assertThat(sheet.response(EsfQuestion.EXIT_EMPLOYED).source())
                                .isEqualTo(EsfSource.PENDING);
                        continue;
                    }
                    LocalDate exit = record.exit().get();
                    String last = EsfOracle.lastEvent(parcours, exit);
                    assertThat(sheet.response(EsfQuestion.EXIT_EMPLOYED).isYes())
                            .isEqualTo(last.equals("EMPLOYED"));
                    assertThat(sheet.response(EsfQuestion.EXIT_JOB_SEARCHING).isYes())
                            .isEqualTo(last.equals("SEARCHING"));
                    assertThat(sheet.response(EsfQuestion.EXIT_IN_EDUCATION_OR_TRAINING)
                                    .isYes())
                            .isEqualTo(EsfOracle.inTraining(parcours, exit));
                    assertThat(sheet.response(EsfQuestion.EXIT_QUALIFICATION).isYes())
                            .isEqualTo(EsfOracle.qualification(parcours, record.entry(), exit));
                    if (!exit.plusMonths(6).isAfter(AS_OF)) {
                        boolean employed = EsfOracle.employedOn(parcours, exit.plusMonths(6));
                        assertThat(sheet.response(EsfQuestion.EMPLOYED_6_MONTHS).source())
                                .isEqualTo(employed ? EsfSource.DERIVED : EsfSource.MISSING);
                    }
                }
            }
        });
    }

    @Test
    void derived_entry_answers_agree_with_the_oracle() {
        OperationSplitter splitter =
                new OperationSplitter(EsfFixtures.yearlyOperations(), OperationRule.SPLIT_AT_OPERATION_BOUNDARIES);
        List<EsfQuestion> entryQuestions = Arrays.stream(EsfQuestion.values())
                .filter(q -> q.stage() == EsfStage.ENTRY)
                .toList();
        assertThat(entryQuestions).hasSize(11);
        qt().withExamples(200).forAll(longs().all(), integers().between(1, 30)).checkAssert((seed, size) -> {
            for (ReportedParcours reported : RandomCohort.of(seed, size)) {
                LocalDate parcoursEntry = reported.parcours().entryDate().getOrNull();
                for (ParticipantOperation record : splitter.split(reported.parcours(), AS_OF)) {
                    EsfSheet sheet =
                            QUESTIONNAIRE.sheet(record, reported.parcours(), reported.profile(), Option.none(), AS_OF);
                    for (EsfQuestion question : entryQuestions) {
                        EsfResponse response = sheet.response(question);
                        String expected = EsfOracle.entryAnswer(question, reported.profile(), parcoursEntry);
                        assertThat(response.source())
                                .as(question.name())
                                .isEqualTo(expected == null ? EsfSource.MISSING : EsfSource.DERIVED);
                        assertThat(response.answer().flatMap(EsfAnswer::code).getOrNull())
                                .as(question.name())
                                .isEqualTo(expected);
                        assertThat(response.dueOn()).contains(record.entry().plusDays(28));
                    }
                }
            }
        });
    }

    @Test
    void an_entered_entry_answer_always_takes_precedence_over_the_profile() {
        OperationSplitter splitter =
                new OperationSplitter(EsfFixtures.yearlyOperations(), OperationRule.SPLIT_AT_OPERATION_BOUNDARIES);
        List<EsfAnswer> choices = List.of(EsfAnswer.YES, EsfAnswer.NO, EsfAnswer.refused(), EsfAnswer.unknown());
        qt().withExamples(100).forAll(longs().all(), integers().between(1, 20)).checkAssert((seed, size) -> {
            Random random = new Random(seed);
            for (ReportedParcours reported : RandomCohort.of(seed, size)) {
                for (ParticipantOperation record : splitter.split(reported.parcours(), AS_OF)) {
                    EsfQuestion question = random.nextBoolean() ? EsfQuestion.DISABILITY : EsfQuestion.MINORITY;
                    EsfAnswer answer = choices.get(random.nextInt(choices.size()));
                    EsfRecord entered = EsfRecord.empty(
                                    record.participant(), record.operation().id(), AS_OF)
                            .with(question, answer, AS_OF);
                    if (!entered.violations().isEmpty()) {
                        continue; // a non-answer the rules refuse for this question never reaches a sheet
                    }
                    EsfResponse response = QUESTIONNAIRE
                            .sheet(record, reported.parcours(), reported.profile(), Option.some(entered), AS_OF)
                            .response(question);
                    assertThat(response.source()).isEqualTo(EsfSource.ENTERED);
                    assertThat(response.answer()).contains(answer);
                }
            }
        });
    }

    @Test
    void job_searching_and_employment_at_exit_never_both_hold_whatever_is_entered() {
        OperationSplitter splitter =
                new OperationSplitter(EsfFixtures.yearlyOperations(), OperationRule.SPLIT_AT_OPERATION_BOUNDARIES);
        List<EsfAnswer> choices = List.of(EsfAnswer.YES, EsfAnswer.NO, EsfAnswer.unreachable());
        qt().withExamples(200).forAll(longs().all(), integers().between(1, 30)).checkAssert((seed, size) -> {
            Random random = new Random(seed);
            for (ReportedParcours reported : RandomCohort.of(seed, size)) {
                for (ParticipantOperation record : splitter.split(reported.parcours(), AS_OF)) {
                    EsfRecord entered = EsfRecord.empty(
                            record.participant(), record.operation().id(), AS_OF);
                    if (random.nextBoolean()) {
                        entered = entered.with(EsfQuestion.EXIT_JOB_SEARCHING, choices.get(random.nextInt(3)), AS_OF);
                    }
                    if (random.nextBoolean()) {
                        entered = entered.with(EsfQuestion.EXIT_EMPLOYED, choices.get(random.nextInt(3)), AS_OF);
                    }
                    if (!entered.violations().isEmpty()) {
                        continue; // the record is refused before it reaches a sheet
                    }
                    EsfSheet sheet = QUESTIONNAIRE.sheet(
                            record, reported.parcours(), reported.profile(), Option.some(entered), AS_OF);
                    assertThat(sheet.response(EsfQuestion.EXIT_JOB_SEARCHING).isYes()
                                    && sheet.response(EsfQuestion.EXIT_EMPLOYED).isYes())
                            .isFalse();
                    assertThat(EsfOperationTable.codesOf(sheet, reported.profile()))
                            .as("EECR01 and EECR04")
                            .doesNotContainSubsequence("EECR01", "EECR04");
                }
            }
        });
    }

    @Test
    void one_operation_over_everything_gives_the_esf_figures_of_the_period_report() {
        ReportingPeriod all = new ReportingPeriod(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31));
        EsfOperation operation = new EsfOperation(EsfOperationId.of("OP-ALL"), all, "PLIE Test", "Tout");
        LocalDate asOf = LocalDate.of(2032, 1, 1);
        OperationSplitter splitter =
                new OperationSplitter(EsfOperations.of(List.of(operation)).get(), OperationRule.FIRST_OPERATION_ONLY);
        Map<String, Indicator> same = Map.ofEntries(
                Map.entry("EECO01", Indicator.EECO01_TOTAL),
                Map.entry("EECO02", Indicator.EECO02_UNEMPLOYED),
                Map.entry("EECO03", Indicator.EECO03_LONG_TERM_UNEMPLOYED),
                Map.entry("EECO04", Indicator.EECO04_INACTIVE),
                Map.entry("EECO05", Indicator.EECO05_EMPLOYED),
                Map.entry("EECO06", Indicator.EECO06_UNDER_18),
                Map.entry("EECO07", Indicator.EECO07_18_29),
                Map.entry("EECO08", Indicator.EECO08_55_AND_OVER),
                Map.entry("EECO09", Indicator.EECO09_ISCED_0_2),
                Map.entry("EECO10", Indicator.EECO10_ISCED_3_4),
                Map.entry("EECO11", Indicator.EECO11_ISCED_5_8),
                Map.entry("EECO12", Indicator.EECO12_DISABILITY),
                Map.entry("EECO13", Indicator.EECO13_THIRD_COUNTRY_NATIONALS),
                Map.entry("EECO17", Indicator.EECO17_RURAL),
                Map.entry("LEAVERS", Indicator.ESF_LEAVERS),
                Map.entry("EECR01", Indicator.EECR01_JOB_SEARCHING),
                Map.entry("EECR02", Indicator.EECR02_EDUCATION_OR_TRAINING),
                Map.entry("EECR03", Indicator.EECR03_QUALIFICATION),
                Map.entry("EECR04", Indicator.EECR04_EMPLOYMENT),
                Map.entry("LEAVERS_6_MONTHS", Indicator.ESF_LEAVERS_OBSERVED_6_MONTHS),
                Map.entry("EECR05", Indicator.EECR05_EMPLOYMENT_6_MONTHS),
                Map.entry("EECR06", Indicator.EECR06_IMPROVED_SITUATION_6_MONTHS));
        qt().withExamples(100).forAll(longs().all(), integers().between(0, 40)).checkAssert((seed, size) -> {
            List<ReportedParcours> cohort = RandomCohort.of(seed, size);
            IndicatorReport report =
                    cohort.stream().collect(IndicatorAccumulator.collector(all, ReportingOptions.asOf(asOf)));
            List<EsfParticipantRow> rows = new ArrayList<>();
            for (ReportedParcours reported : cohort) {
                for (ParticipantOperation record : splitter.split(reported.parcours(), asOf)) {
                    rows.add(new EsfParticipantRow(
                            QUESTIONNAIRE.sheet(record, reported.parcours(), reported.profile(), Option.none(), asOf),
                            reported.profile(),
                            Option.none()));
                }
            }
            EsfOperationTable table = EsfOperationTable.of(operation, rows);
            same.forEach((code, indicator) -> {
                var figure = report.figure(indicator);
                var row = table.row(code);
                assertThat(List.of(row.total(), row.women(), row.men(), row.nonBinary()))
                        .as(code)
                        .isEqualTo(List.of(figure.total(), figure.women(), figure.men(), figure.nonBinary()));
            });
        });
    }
}
