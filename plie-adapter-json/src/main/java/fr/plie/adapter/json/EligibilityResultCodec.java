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

    private static final Fields<DocumentKey> DOCUMENT = Fields.of(
            DocumentKey.class,
            DocumentKey.formatVersion,
            DocumentKey.eligible,
            DocumentKey.criteriaMet,
            DocumentKey.criteriaRequired,
            DocumentKey.residence,
            DocumentKey.age,
            DocumentKey.criteria,
            DocumentKey.summary);

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

    private static final Fields<CriterionKey> CRITERION = Fields.of(
            CriterionKey.class,
            CriterionKey.criterion,
            CriterionKey.met,
            CriterionKey.key,
            CriterionKey.args,
            CriterionKey.fr,
            CriterionKey.en);
    private static final EnumCodes<CriterionResult.Status> CRITERION_STATUS =
            EnumCodes.of(CriterionResult.Status.class);
    private static final int MAX_CRITERIA = CriterionKind.values().length;

    private EligibilityResultCodec() {}

    @Override
    EligibilityResult read(Cursor c) {
        int f = c.begin(DOCUMENT);
        Boolean eligible = null;
        Long criteriaMet = null;
        Long criteriaRequired = null;
        Reason residence = null;
        Reason age = null;
        List<CriterionResult> criteria = null;
        Reason summary = null;
        // status and missingFacts came with "unknown is not unmet": absent from older documents, derived when present
        EligibilityStatus status = null;
        List<ProfileFact> missing = null;
        for (DocumentKey k; (k = c.next(f)) != null; ) {
            switch (k) {
                case formatVersion -> formatVersion(c);
                case eligible -> eligible = c.bool();
                case criteriaMet -> criteriaMet = c.integer(0, MAX_CRITERIA);
                case criteriaRequired -> criteriaRequired = c.integer(0, MAX_CRITERIA);
                case residence -> residence = reason(c);
                case age -> age = reason(c);
                case criteria -> criteria = c.list("object", EligibilityResultCodec::criterion);
                case summary -> summary = reason(c);
                case status -> status = c.enumValue(EligibilityStatus.class);
                case missingFacts -> missing = facts(c);
            }
        }
        if (!c.end(f) || !c.distinct(criteria, CriterionResult::criterion, "criteria")) {
            return null;
        }
        EligibilityResult r = new EligibilityResult(residence, age, criteria, criteriaRequired.intValue());
        int before = c.errorCount();
        derived(c, r.eligible() == eligible, "eligible");
        derived(c, r.criteriaMet() == criteriaMet, "criteriaMet");
        derived(c, r.summary().equals(summary), "summary");
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
        int f = c.begin(REASON);
        ReasonParts parts = new ReasonParts();
        for (ReasonKey k; (k = c.next(f)) != null; ) {
            parts.read(c, k);
        }
        return c.end(f) ? parts.reason() : null;
    }

    private static CriterionResult criterion(Cursor c) {
        int f = c.begin(CRITERION);
        CriterionKind kind = null;
        ReasonParts parts = new ReasonParts();
        CriterionResult.Status status = null;
        List<ProfileFact> missing = List.of();
        for (CriterionKey k; (k = c.next(f)) != null; ) {
            switch (k) {
                case criterion -> kind = c.enumValue(CriterionKind.class);
                case status -> status = c.enumValue(CRITERION_STATUS);
                case missingFacts -> missing = facts(c);
                case met, key, args, fr, en -> parts.read(c, ReasonKey.valueOf(k.name()));
            }
        }
        if (!c.end(f)) {
            return null;
        }
        Reason reason = parts.reason();
        if (!c.distinct(missing, "missingFacts")) {
            return null;
        }
        Set<ProfileFact> facts = EnumSet.noneOf(ProfileFact.class);
        facts.addAll(missing);
        if (reason.met() && !facts.isEmpty()) {
            c.errorAt(JsonErrorCode.RULE_DERIVED, c.child("missingFacts"), "missingFacts");
            return null;
        }
        CriterionResult result = new CriterionResult(kind, reason, facts);
        if (status != null && status != result.status()) {
            c.errorAt(JsonErrorCode.RULE_DERIVED, c.child("status"), "status");
            return null;
        }
        return result;
    }

    private static List<ProfileFact> facts(Cursor c) {
        return c.list("string", x -> x.enumValue(ProfileFact.class));
    }

    /** The fields of a reason, in the order of {@link #REASON}, as they are read. */
    private static final class ReasonParts {
        private Boolean met;
        private String key;
        private List<Object> args;

        void read(Cursor c, ReasonKey field) {
            switch (field) {
                case met -> met = c.bool();
                case key -> key = c.text(Lines.MAX_KEY);
                case args -> args = Lines.args(c);
                case fr, en -> Lines.text(c);
            }
        }

        Reason reason() {
            return new Reason(key, args, met);
        }
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
