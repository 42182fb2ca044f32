package fr.plie.adapter.json;

import fr.plie.adapter.json.Cursor.EnumCodes;
import fr.plie.core.participant.ProfileFact;
import fr.plie.rules.eligibility.CriterionKind;
import fr.plie.rules.eligibility.CriterionResult;
import fr.plie.rules.eligibility.EligibilityResult;
import fr.plie.rules.eligibility.EligibilityStatus;
import fr.plie.rules.eligibility.Reason;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JsonGenerator;

/**
 * Whether a profile is eligible to a PLIE ({@link EligibilityResult}, DOMAIN.md "Eligibility"): residence, age,
 * each criterion met, unmet or unknown (with the profile facts it misses) with its reason, the summary, the status
 * (eligible, not eligible, incomplete) and the facts missing to conclude, each reason with its key, arguments and French and
 * English texts. Read back, the result equals the one written; what the library derives ({@code eligible},
 * {@code criteriaMet}, the summary) is checked against the rest, and the texts are rendered again.
 */
final class EligibilityResultCodec extends DocumentCodec<EligibilityResult> {
    static final EligibilityResultCodec INSTANCE = new EligibilityResultCodec();

    private enum DocumentKey {
        formatVersion,
        eligible,
        criteriaMet,
        criteriaRequired,
        residence,
        age,
        criteria,
        summary,
        status,
        missingFacts
    }

    private static final Fields<DocumentKey> DOCUMENT =
            Fields.allBut(DocumentKey.class, DocumentKey.status, DocumentKey.missingFacts);

    private enum ReasonKey {
        met,
        key,
        args,
        fr,
        en
    }

    private static final Fields<ReasonKey> REASON = Fields.all(ReasonKey.class);

    private enum CriterionKey {
        criterion,
        met,
        key,
        args,
        fr,
        en,
        status,
        missingFacts
    }

    private static final Fields<CriterionKey> CRITERION =
            Fields.allBut(CriterionKey.class, CriterionKey.status, CriterionKey.missingFacts);
    private static final EnumCodes<CriterionResult.Status> CRITERION_STATUS =
            EnumCodes.of(CriterionResult.Status.class);
    private static final int MAX_CRITERIA = CriterionKind.values().length;

    private EligibilityResultCodec() {}

    @Override
    EligibilityResult read(Cursor c) {
        // status and missingFacts came with "unknown is not unmet": absent from older documents, derived when present
        Values<DocumentKey> v = c.object(DOCUMENT, (x, k) -> switch (k) {
            case formatVersion -> formatVersion(x);
            case eligible -> x.bool();
            case criteriaMet, criteriaRequired -> x.integer(0, MAX_CRITERIA);
            case residence, age, summary -> reason(x);
            case criteria -> x.list("object", EligibilityResultCodec::criterion);
            case status -> x.enumValue(EligibilityStatus.class);
            case missingFacts -> facts(x);
        });
        if (v == null || !c.distinct(v.get(DocumentKey.criteria), CriterionResult::criterion, "criteria")) {
            return null;
        }
        EligibilityResult r = new EligibilityResult(
                v.get(DocumentKey.residence),
                v.get(DocumentKey.age),
                v.get(DocumentKey.criteria),
                v.<Long>get(DocumentKey.criteriaRequired).intValue());
        EligibilityStatus status = v.get(DocumentKey.status);
        List<ProfileFact> missing = v.get(DocumentKey.missingFacts);
        int before = c.errorCount();
        derived(c, r.eligible() == v.<Boolean>get(DocumentKey.eligible), "eligible");
        derived(c, r.criteriaMet() == v.<Long>get(DocumentKey.criteriaMet), "criteriaMet");
        derived(c, r.summary().equals(v.get(DocumentKey.summary)), "summary");
        derived(c, status == null || r.status() == status, "status");
        derived(c, missing == null || List.copyOf(r.missingFacts()).equals(missing), "missingFacts");
        return c.errorCount() == before ? r : null;
    }

    private static void derived(Cursor c, boolean agrees, String field) {
        if (!agrees) {
            c.errorAt(JsonErrorCode.RULE_DERIVED, c.child(field), field);
        }
    }

    private static Reason reason(Cursor c) {
        Values<ReasonKey> v = c.object(REASON, (x, k) -> reasonPart(x, k));
        return v == null ? null : new Reason(v.get(ReasonKey.key), v.get(ReasonKey.args), v.get(ReasonKey.met));
    }

    /** A field a reason and a criterion have alike. */
    private static Object reasonPart(Cursor c, ReasonKey field) {
        return switch (field) {
            case met -> c.bool();
            case key -> c.text(Lines.MAX_KEY);
            case args -> Lines.args(c);
            case fr, en -> Lines.text(c);
        };
    }

    private static CriterionResult criterion(Cursor c) {
        Values<CriterionKey> v = c.object(CRITERION, (x, k) -> switch (k) {
            case criterion -> x.enumValue(CriterionKind.class);
            case status -> x.enumValue(CRITERION_STATUS);
            case missingFacts -> facts(x);
            case met, key, args, fr, en -> reasonPart(x, ReasonKey.valueOf(k.name()));
        });
        if (v == null) {
            return null;
        }
        Reason reason = new Reason(v.get(CriterionKey.key), v.get(CriterionKey.args), v.get(CriterionKey.met));
        List<ProfileFact> missing = v.list(CriterionKey.missingFacts);
        if (!c.distinct(missing, "missingFacts")) {
            return null;
        }
        Set<ProfileFact> facts = EnumSet.noneOf(ProfileFact.class);
        facts.addAll(missing);
        if (reason.met() && !facts.isEmpty()) {
            c.errorAt(JsonErrorCode.RULE_DERIVED, c.child("missingFacts"), "missingFacts");
            return null;
        }
        CriterionResult result = new CriterionResult(v.get(CriterionKey.criterion), reason, facts);
        CriterionResult.Status status = v.get(CriterionKey.status);
        if (status != null && status != result.status()) {
            c.errorAt(JsonErrorCode.RULE_DERIVED, c.child("status"), "status");
            return null;
        }
        return result;
    }

    private static List<ProfileFact> facts(Cursor c) {
        return c.list("string", x -> x.enumValue(ProfileFact.class));
    }

    @Override
    void fields(JsonGenerator g, EligibilityResult r, WriteOptions options) {
        g.writeBooleanProperty(DocumentKey.eligible.name(), r.eligible());
        g.writeNumberProperty(DocumentKey.criteriaMet.name(), r.criteriaMet());
        g.writeNumberProperty(DocumentKey.criteriaRequired.name(), r.criteriaRequired());
        Out.object(g, DocumentKey.residence, r.residence(), EligibilityResultCodec::reason);
        Out.object(g, DocumentKey.age, r.age(), EligibilityResultCodec::reason);
        Out.objects(g, DocumentKey.criteria, r.criteria(), EligibilityResultCodec::criterion);
        Out.object(g, DocumentKey.summary, r.summary(), EligibilityResultCodec::reason);
        Out.code(g, DocumentKey.status, r.status());
        facts(g, r.missingFacts());
    }

    private static void facts(JsonGenerator g, Set<ProfileFact> facts) {
        Out.texts(g, DocumentKey.missingFacts, facts, Enum::name);
    }

    private static void criterion(JsonGenerator g, CriterionResult c) {
        Out.code(g, CriterionKey.criterion, c.criterion());
        reason(g, c.reason());
        Out.code(g, CriterionKey.status, c.status());
        facts(g, c.missingFacts());
    }

    private static void reason(JsonGenerator g, Reason reason) {
        g.writeBooleanProperty(ReasonKey.met.name(), reason.met());
        Lines.fields(g, reason.code(), reason.args(), null, reason.message(), reason.message(Lines.ENGLISH));
    }
}
