package fr.plie.adapter.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.plie.core.esf.EsfAnswer;
import fr.plie.core.esf.EsfAnswerKind;
import fr.plie.core.esf.EsfOperationId;
import fr.plie.core.esf.EsfQuestion;
import fr.plie.core.esf.EsfRecord;
import fr.plie.core.participant.ParticipantId;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** The esf-record document: entered ESF+ answers, read back equal, checked as the questionnaire checks them. */
class EsfRecordDocumentTest {
    /** The start of a record of participant P-1, up to its answers. */
    private static final String RECORD =
            "{\"formatVersion\":\"1\",\"participant\":\"P-1\",\"operation\":\"OP-2024\",\"updatedOn\":\"2025-01-20\",";

    private final PlieJson json = PlieJson.create();

    /** A record with random answers each question accepts, never job searching and employed both yes. */
    static EsfRecord randomRecord(long seed, int answers) {
        Random random = new Random(seed);
        EsfRecord record = EsfRecord.empty(
                ParticipantId.of("P-" + random.nextInt(1000)),
                EsfOperationId.of("OP-2024"),
                LocalDate.of(2025, 1, 1).plusDays(random.nextInt(400)));
        for (int i = 0; i < answers; i++) {
            EsfQuestion question = EsfQuestion.values()[random.nextInt(EsfQuestion.values().length)];
            List<EsfAnswer> choices = new ArrayList<>();
            question.codes().forEach(code -> choices.add(EsfAnswer.given(code)));
            question.nonAnswers().forEach(kind -> choices.add(new EsfAnswer(kind, Option.none())));
            record = record.with(question, choices.get(random.nextInt(choices.size())), record.updatedOn());
        }
        if (record.answers()
                .getOrDefault(EsfQuestion.EXIT_EMPLOYED, EsfAnswer.NO)
                .isYes()) {
            record = record.with(EsfQuestion.EXIT_JOB_SEARCHING, EsfAnswer.NO, record.updatedOn());
        }
        return record;
    }

    @Test
    void every_record_written_reads_back_equal_and_validates_against_its_schema() {
        qt().withExamples(300).forAll(longs().all(), integers().between(0, 25)).checkAssert((seed, n) -> {
            EsfRecord record = randomRecord(seed, n);
            String text = json.writeAsString(PlieDocument.ESF_RECORD, record);
            assertThat(Schemas.violations(PlieDocument.ESF_RECORD, text)).isEmpty();
            assertThat(json.read(PlieDocument.ESF_RECORD, text).value()).contains(record);
        });
    }

    @Test
    void the_golden_record_reads_with_its_refusals_and_unreachable_answers() throws IOException {
        String text = Files.readString(Path.of("src/test/resources/golden/v1/esf-record.json"));
        EsfRecord record = json.read(PlieDocument.ESF_RECORD, text).value().get();
        assertThat(record.answers().get(EsfQuestion.MINORITY).kind()).isEqualTo(EsfAnswerKind.REFUSED);
        assertThat(record.answers().get(EsfQuestion.EMPLOYED_6_MONTHS).kind()).isEqualTo(EsfAnswerKind.UNREACHABLE);
        assertThat(Schemas.violations(PlieDocument.ESF_RECORD, text)).isEmpty();
    }

    @Test
    void an_answer_a_question_does_not_take_and_an_unknown_question_are_located() {
        String bad =
                RECORD + "\"answers\":{\"RURAL_AREA\":\"REFUSED\",\"MINORITE\":\"YES\",\"ISCED_LEVEL\":\"ISCED_9\"}}";
        ReadResult<EsfRecord> read = json.read(PlieDocument.ESF_RECORD, bad);
        assertThat(read.value()).isEmpty();
        assertThat(read.errors())
                .extracting(JsonError::code, JsonError::pointer)
                .containsExactlyInAnyOrder(
                        Tuple.tuple(JsonErrorCode.VALUE_ENUM, "/answers/RURAL_AREA"),
                        Tuple.tuple(JsonErrorCode.FIELD_UNKNOWN, "/answers/MINORITE"),
                        Tuple.tuple(JsonErrorCode.VALUE_ENUM, "/answers/ISCED_LEVEL"));
        assertThat(read.errors().get(0).message(Locale.ENGLISH)).contains("YES, NO");
        assertThat(Schemas.violations(PlieDocument.ESF_RECORD, bad)).isNotEmpty();
    }

    @Test
    void job_searching_and_employed_both_yes_is_refused_by_the_reader_and_the_schema() {
        String both = RECORD + "\"answers\":{\"EXIT_JOB_SEARCHING\":\"YES\",\"EXIT_EMPLOYED\":\"YES\"}}";
        ReadResult<EsfRecord> read = json.read(PlieDocument.ESF_RECORD, both);
        assertThat(read.errors()).extracting(JsonError::code).containsExactly(JsonErrorCode.RULE_ESF_LAST_EVENT);
        assertThat(Schemas.violations(PlieDocument.ESF_RECORD, both)).isNotEmpty();
    }

    @Test
    void a_question_answered_null_reads_as_not_answered_as_the_schema_says() {
        String text = RECORD + "\"answers\":{\"SINGLE_ADULT_HOUSEHOLD\":null,\"DEPENDENT_CHILDREN\":\"YES\"}}";
        ReadResult<EsfRecord> read = json.read(PlieDocument.ESF_RECORD, text);
        assertThat(read.errors()).isEmpty();
        assertThat(read.value().get().answers()).containsOnlyKeys(EsfQuestion.DEPENDENT_CHILDREN);
        assertThat(Schemas.violations(PlieDocument.ESF_RECORD, text)).isEmpty();
        String noAnswers = text.replaceFirst("\"answers\":\\{.*}}", "\"answers\":null}");
        assertThat(json.read(PlieDocument.ESF_RECORD, noAnswers).value().get().answers())
                .isEmpty();
        assertThat(Schemas.violations(PlieDocument.ESF_RECORD, noAnswers)).isEmpty();
    }
}
