package fr.plie.adapter.json;

import fr.plie.rules.eligibility.CriterionResult;
import fr.plie.rules.eligibility.EligibilityResult;
import fr.plie.rules.eligibility.Reason;
import tools.jackson.core.JsonGenerator;

/**
 * Whether a profile is eligible to a PLIE ({@link EligibilityResult}, DOMAIN.md "Eligibility"): residence, age,
 * each criterion met or not with its reason, and the summary, each reason with its key, arguments and French and
 * English texts. Written only: a result is recomputed from the profile and the policy.
 */
final class EligibilityResultCodec extends DocumentCodec.WriteOnly<EligibilityResult> {
    static final EligibilityResultCodec INSTANCE = new EligibilityResultCodec();

    private EligibilityResultCodec() {}

    @Override
    void write(JsonGenerator g, EligibilityResult r, WriteOptions options) {
        g.writeStartObject();
        g.writeStringProperty("formatVersion", FORMAT_VERSION);
        g.writeBooleanProperty("eligible", r.eligible());
        g.writeNumberProperty("criteriaMet", r.criteriaMet());
        g.writeNumberProperty("criteriaRequired", r.criteriaRequired());
        g.writeName("residence");
        reason(g, r.residence());
        g.writeName("age");
        reason(g, r.age());
        Out.array(g, "criteria", r.criteria(), EligibilityResultCodec::criterion);
        g.writeName("summary");
        reason(g, r.summary());
        g.writeEndObject();
    }

    private static void criterion(JsonGenerator g, CriterionResult c) {
        g.writeStartObject();
        Out.code(g, "criterion", c.criterion());
        reasonFields(g, c.reason());
        g.writeEndObject();
    }

    private static void reason(JsonGenerator g, Reason reason) {
        g.writeStartObject();
        reasonFields(g, reason);
        g.writeEndObject();
    }

    private static void reasonFields(JsonGenerator g, Reason reason) {
        g.writeBooleanProperty("met", reason.met());
        Lines.fields(g, reason.code(), reason.args(), reason.message(), reason.message(Lines.ENGLISH));
    }
}
