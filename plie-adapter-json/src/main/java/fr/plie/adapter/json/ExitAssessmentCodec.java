package fr.plie.adapter.json;

import fr.plie.core.step.StepId;
import fr.plie.rules.exit.ExitAssessment;
import fr.plie.rules.exit.ExplanationLine;
import tools.jackson.core.JsonGenerator;

/**
 * What the exit engine concluded for one parcours on a date ({@link ExitAssessment}, DOMAIN.md "Positive
 * exits"): outcome, qualifying steps, the date the exit can be pronounced or is projected, the evidence still
 * missing, and the explanation line by line in French and English. Written only: an assessment is recomputed
 * from the parcours and the policy, never read back.
 */
final class ExitAssessmentCodec extends DocumentCodec.WriteOnly<ExitAssessment> {
    static final ExitAssessmentCodec INSTANCE = new ExitAssessmentCodec();

    private ExitAssessmentCodec() {}

    @Override
    void write(JsonGenerator g, ExitAssessment a, WriteOptions options) {
        g.writeStartObject();
        g.writeStringProperty("formatVersion", FORMAT_VERSION);
        g.writeStringProperty("policy", a.policy());
        Out.date(g, "asOf", a.asOf());
        Out.code(g, "outcome", a.outcome());
        a.projectedOutcome().forEach(p -> Out.code(g, "projectedOutcome", p));
        g.writeBooleanProperty("readyToPronounce", a.isReadyToPronounce());
        Out.date(g, "pronounceableFrom", a.pronounceableFrom());
        Out.date(g, "projectedDate", a.projectedDate());
        Out.texts(
                g,
                "qualifyingSteps",
                a.qualifyingSteps().stream().map(StepId::value).toList());
        ExitPolicyCodec.requirements(g, "missingEvidence", a.missingEvidence());
        Out.array(g, "explanation", a.explanation().lines(), ExitAssessmentCodec::line);
        g.writeEndObject();
    }

    private static void line(JsonGenerator g, ExplanationLine line) {
        g.writeStartObject();
        Lines.fields(g, line.key(), line.args(), line.render(), line.render(Lines.ENGLISH));
        g.writeEndObject();
    }
}
