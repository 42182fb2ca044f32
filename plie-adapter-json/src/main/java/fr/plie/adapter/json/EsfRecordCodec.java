package fr.plie.adapter.json;

import fr.plie.core.esf.EsfAnswer;
import fr.plie.core.esf.EsfAnswerKind;
import fr.plie.core.esf.EsfOperationId;
import fr.plie.core.esf.EsfQuestion;
import fr.plie.core.esf.EsfRecord;
import fr.plie.core.participant.ParticipantId;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;

/**
 * The ESF+ answers entered for a participant in an operation: {@code answers} maps a question to a code
 * ({@code "YES"}, {@code "ISCED_3_4"}) or to an allowed non-answer ({@code "REFUSED"}, {@code "UNKNOWN"},
 * {@code "UNREACHABLE"}). Added to format v1 as a new document: older documents are untouched.
 */
final class EsfRecordCodec extends DocumentCodec<EsfRecord> {
    static final EsfRecordCodec INSTANCE = new EsfRecordCodec();

    private enum DocumentKey {
        formatVersion,
        participant,
        operation,
        updatedOn,
        answers
    }

    private static final Fields<DocumentKey> DOCUMENT = Fields.allBut(DocumentKey.class, DocumentKey.answers);
    /** The answers object has one field per question, named as the question. */
    private static final Fields<EsfQuestion> ANSWERS = Fields.of(EsfQuestion.class);

    private EsfRecordCodec() {}

    @Override
    EsfRecord read(Cursor c) {
        Values<DocumentKey> v = c.values(DOCUMENT, (x, k) -> switch (k) {
            case formatVersion -> formatVersion(x);
            case participant, operation -> x.id();
            case updatedOn -> x.date();
            case answers -> x.nullable(EsfRecordCodec::answers);
        });
        if (!v.ok()) {
            return null;
        }
        EsfRecord record = new EsfRecord(
                ParticipantId.of(v.get(DocumentKey.participant)),
                EsfOperationId.of(v.get(DocumentKey.operation)),
                v.or(DocumentKey.answers, Map.of()),
                v.get(DocumentKey.updatedOn));
        if (record.violations().stream().anyMatch(r -> r.code().equals("esf.exit.searching-and-employed"))) {
            c.errorAt(JsonErrorCode.RULE_ESF_LAST_EVENT, "/answers");
            return null;
        }
        return record;
    }

    private static Map<EsfQuestion, EsfAnswer> answers(Cursor c) {
        int f = c.begin(ANSWERS);
        Map<EsfQuestion, EsfAnswer> answers = new EnumMap<>(EsfQuestion.class);
        for (EsfQuestion question; (question = c.next(f)) != null; ) {
            // every question is optional: null reads as no answer, like an optional field of the format
            String text = c.nullable(x -> x.text(40));
            if (text == null) {
                continue;
            }
            EsfAnswer answer = parse(text);
            if (!question.accepts(answer)) {
                c.error(JsonErrorCode.VALUE_ENUM, accepted(question));
            } else {
                answers.put(question, answer);
            }
        }
        // end reports false for any error inside the answers, a refused answer's included
        return c.end(f) ? answers : null;
    }

    private static EsfAnswer parse(String text) {
        for (EsfAnswerKind kind : EsfAnswerKind.values()) {
            if (kind != EsfAnswerKind.GIVEN && kind.name().equals(text)) {
                return new EsfAnswer(kind, io.vavr.control.Option.none());
            }
        }
        return EsfAnswer.given(text);
    }

    private static String accepted(EsfQuestion question) {
        return java.util.stream.Stream.concat(
                        question.codes().stream(),
                        question.nonAnswers().stream().sorted().map(Enum::name))
                .collect(Collectors.joining(", "));
    }

    @Override
    void fields(JsonGenerator g, EsfRecord value, WriteOptions options) {
        g.writeStringProperty(
                DocumentKey.participant.name(), value.participant().value());
        g.writeStringProperty(DocumentKey.operation.name(), value.operation().value());
        Out.date(g, DocumentKey.updatedOn, value.updatedOn());
        Out.object(
                g,
                DocumentKey.answers,
                value.answers(),
                (gen, answers) -> answers.forEach(
                        (question, answer) -> gen.writeStringProperty(question.name(), answer.asText())));
    }
}
