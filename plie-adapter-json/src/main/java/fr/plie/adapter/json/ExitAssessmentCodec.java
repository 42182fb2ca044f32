package fr.plie.adapter.json;

import fr.plie.adapter.json.Cursor.EnumCodes;
import fr.plie.core.step.StepId;
import fr.plie.rules.exit.AwaitedFact;
import fr.plie.rules.exit.EvidenceRequirement;
import fr.plie.rules.exit.ExitAssessment;
import fr.plie.rules.exit.ExitOutcome;
import fr.plie.rules.exit.Explanation;
import fr.plie.rules.exit.ExplanationArgs;
import fr.plie.rules.exit.ExplanationLine;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * What the exit engine concluded for one parcours on a date ({@link ExitAssessment}, DOMAIN.md "Positive
 * exits"): outcome, qualifying steps, the date the exit can be pronounced or is projected, the evidence still
 * missing, and the explanation line by line: its key, its arguments with their type codes ({@link
 * ExplanationArgs}), and its French and English texts. Read back, the assessment equals the one written; the
 * parts the engine derives ({@code readyToPronounce}, the texts) are checked or rendered again, never trusted.
 */
final class ExitAssessmentCodec extends DocumentCodec<ExitAssessment> {
    static final ExitAssessmentCodec INSTANCE = new ExitAssessmentCodec();

    private enum DocumentKey {
        formatVersion,
        policy,
        asOf,
        outcome,
        projectedOutcome,
        readyToPronounce,
        pronounceableFrom,
        projectedDate,
        qualifyingSteps,
        missingEvidence,
        explanation,
        awaiting
    }

    private static final Fields<DocumentKey> DOCUMENT = Fields.allBut(
            DocumentKey.class,
            DocumentKey.projectedOutcome,
            DocumentKey.pronounceableFrom,
            DocumentKey.projectedDate,
            DocumentKey.awaiting);

    private enum AwaitedKey {
        fact,
        step,
        outcome
    }

    private static final Fields<AwaitedKey> AWAITED = Fields.all(AwaitedKey.class);

    /** An explanation line: the fields of a message, {@code argTypes} included. */
    private static final Fields<Lines.Key> LINE = Fields.all(Lines.Key.class);

    private static final EnumCodes<ExplanationArgs.Type> TYPE = EnumCodes.of(ExplanationArgs.Type.class);

    private ExitAssessmentCodec() {}

    @Override
    ExitAssessment read(Cursor c) {
        Values<DocumentKey> v = c.object(DOCUMENT, (x, k) -> switch (k) {
            case formatVersion -> formatVersion(x);
            case policy -> x.text(Lines.MAX_KEY);
            case asOf, pronounceableFrom, projectedDate -> x.date();
            case outcome, projectedOutcome -> x.enumValue(ExitOutcome.class);
            case readyToPronounce -> x.bool();
            case qualifyingSteps -> x.list("string", ExitAssessmentCodec::stepId);
            case missingEvidence -> x.list("object", ExitPolicyCodec::requirement);
            case explanation -> x.list("object", ExitAssessmentCodec::line);
            case awaiting -> x.list("object", ExitAssessmentCodec::awaited);
        });
        if (v == null) {
            return null;
        }
        ExitOutcome outcome = v.get(DocumentKey.outcome);
        LocalDate pronounceableFrom = v.get(DocumentKey.pronounceableFrom);
        LocalDate projectedDate = v.get(DocumentKey.projectedDate);
        List<StepId> steps = v.get(DocumentKey.qualifyingSteps);
        List<EvidenceRequirement> missing = v.get(DocumentKey.missingEvidence);
        List<AwaitedFact> awaiting = v.list(DocumentKey.awaiting);
        // every field that disagrees with the outcome: the parts ExitAssessment.disagreements names, and a date
        // written in the other outcome's field
        Option<ExitOutcome> projected = v.option(DocumentKey.projectedOutcome);
        Option<LocalDate> date = Option.of(pronounceableFrom).orElse(Option.of(projectedDate));
        int before = c.errorCount();
        boolean notYet = outcome == ExitOutcome.NOT_YET;
        boolean dated = notYet || outcome.isPositive();
        String dateField = pronounceableFrom != null
                ? "pronounceableFrom"
                : projectedDate != null || notYet ? "projectedDate" : "pronounceableFrom";
        List<String> parts = ExitAssessment.disagreements(outcome, projected, steps, date, missing, awaiting);
        for (String part : parts) {
            disagrees(c, part.equals("date") ? dateField : part, outcome);
        }
        if (!parts.contains("date") && dated) {
            // the format writes the date in the field of its outcome
            if (projectedDate != null && !notYet) {
                disagrees(c, "projectedDate", outcome);
            }
            if (pronounceableFrom != null && notYet) {
                disagrees(c, "pronounceableFrom", outcome);
            }
        }
        if (c.errorCount() != before) {
            return null;
        }
        ExitAssessment a = ExitAssessment.of(
                outcome,
                projected,
                steps,
                date,
                missing,
                awaiting,
                v.get(DocumentKey.asOf),
                v.get(DocumentKey.policy),
                Explanation.of(v.get(DocumentKey.explanation)));
        if (a.isReadyToPronounce() != v.<Boolean>get(DocumentKey.readyToPronounce)) {
            c.errorAt(JsonErrorCode.RULE_DERIVED, c.child("readyToPronounce"), "readyToPronounce");
            return null;
        }
        return a;
    }

    private static void disagrees(Cursor c, String field, ExitOutcome outcome) {
        c.errorAt(JsonErrorCode.RULE_OUTCOME, c.child(field), outcome.name());
    }

    /** One awaited fact; an outcome that is not positive is refused at its field. */
    private static AwaitedFact awaited(Cursor c) {
        Values<AwaitedKey> v = c.object(AWAITED, (x, k) -> switch (k) {
            case fact -> x.enumValue(AwaitedFact.Fact.class);
            case step -> stepId(x);
            case outcome -> {
                ExitOutcome outcome = x.enumValue(ExitOutcome.class);
                if (outcome != null && !outcome.isPositive()) {
                    x.error(JsonErrorCode.VALUE_ENUM, "POSITIVE_EMPLOYMENT, POSITIVE_TRAINING, POSITIVE_CREATION");
                    yield null;
                }
                yield outcome;
            }
        });
        return v == null
                ? null
                : new AwaitedFact(v.get(AwaitedKey.fact), v.get(AwaitedKey.step), v.get(AwaitedKey.outcome));
    }

    private static StepId stepId(Cursor c) {
        String id = c.id();
        return id == null ? null : StepId.of(id);
    }

    private static ExplanationLine line(Cursor c) {
        Values<Lines.Key> v = c.object(LINE, (x, k) -> switch (k) {
            case key -> x.text(Lines.MAX_KEY);
            case args -> Lines.args(x);
            case argTypes -> x.list("string", t -> t.text(Lines.MAX_KEY));
            case fr, en -> Lines.text(x);
        });
        if (v == null) {
            return null;
        }
        List<Object> args = v.get(Lines.Key.args);
        List<String> types = v.get(Lines.Key.argTypes);
        Either<Integer, ExplanationLine> read = ExplanationArgs.line(v.get(Lines.Key.key), types, args);
        int at = read.isLeft() ? read.getLeft() : unrenderable(read.get());
        if (at >= 0) {
            String field = at < args.size() ? "args" : "argTypes";
            c.errorAt(JsonErrorCode.VALUE_ARGUMENT, c.child(field) + "/" + at, typeCode(types, at));
            return null;
        }
        return read.get();
    }

    /**
     * The index of the first argument the line's text cannot format (a text where the message counts, {@code
     * {0,choice,...}}), or -1: such a line would read but fail when written or rendered. The culprit is found by
     * rendering the first arguments only, since a missing argument is left as it is rather than refused.
     */
    private static int unrenderable(ExplanationLine line) {
        if (renders(line)) {
            return -1;
        }
        List<Object> args = line.args();
        int n = 1;
        while (n < args.size() && renders(new ExplanationLine(line.key(), args.subList(0, n)))) {
            n++;
        }
        return n - 1;
    }

    private static boolean renders(ExplanationLine line) {
        try {
            line.render();
            line.render(Lines.ENGLISH);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The type code cited in an error: one of the format's codes, never a text read from the document. */
    private static String typeCode(List<String> types, int at) {
        String code = at < types.size() ? types.get(at) : "";
        return ExplanationArgs.isTypeCode(code) ? code : TYPE.list();
    }

    @Override
    void fields(JsonGenerator g, ExitAssessment a, WriteOptions options) {
        g.writeStringProperty(DocumentKey.policy.name(), a.policy());
        Out.date(g, DocumentKey.asOf, a.asOf());
        Out.code(g, DocumentKey.outcome, a.outcome());
        a.projectedOutcome().forEach(p -> Out.code(g, DocumentKey.projectedOutcome, p));
        g.writeBooleanProperty(DocumentKey.readyToPronounce.name(), a.isReadyToPronounce());
        Out.date(g, DocumentKey.pronounceableFrom, a.pronounceableFrom());
        Out.date(g, DocumentKey.projectedDate, a.projectedDate());
        Out.texts(g, DocumentKey.qualifyingSteps, a.qualifyingSteps(), StepId::value);
        ExitPolicyCodec.requirements(g, DocumentKey.missingEvidence, a.missingEvidence());
        Out.objects(g, DocumentKey.explanation, a.explanation().lines(), ExitAssessmentCodec::line);
        if (!a.awaiting().isEmpty()) {
            Out.objects(g, DocumentKey.awaiting, a.awaiting(), (gen, fact) -> {
                Out.code(gen, AwaitedKey.fact, fact.fact());
                gen.writeStringProperty(AwaitedKey.step.name(), fact.step().value());
                Out.code(gen, AwaitedKey.outcome, fact.outcome());
            });
        }
    }

    private static void line(JsonGenerator g, ExplanationLine line) {
        Lines.fields(
                g,
                line.key(),
                ExplanationArgs.plainValues(line),
                ExplanationArgs.types(line),
                line.render(),
                line.render(Lines.ENGLISH));
    }
}
