package fr.plie.adapter.json;

import fr.plie.core.esf.EsfRecord;
import fr.plie.core.participant.Participant;
import fr.plie.reporting.indicator.AccumulatorSnapshot;
import fr.plie.reporting.indicator.IndicatorReport;
import fr.plie.rules.eligibility.EligibilityPolicy;
import fr.plie.rules.eligibility.EligibilityResult;
import fr.plie.rules.exit.ExitAssessment;
import fr.plie.rules.exit.ExitPolicy;

/**
 * A kind of document of the exchange format v1, with the JSON Schema that describes it (see {@code
 * docs/format.md}). Every document is read and written: policies, so that any vendor configures the engines in
 * JSON; results (exit assessment, eligibility result, indicator report), so that they can be stored and exchanged.
 *
 * @param <T> the domain type a document of this kind holds
 */
public final class PlieDocument<T> {
    /** A parcours with, optionally, its participant: one NDJSON line of an export. */
    public static final PlieDocument<ParcoursDocument> PARCOURS =
            new PlieDocument<>("parcours", ParcoursDocument.class, ParcoursCodec.INSTANCE);

    /** A participant: pseudonymous id, profile and, unless left out, personal data. */
    public static final PlieDocument<Participant> PARTICIPANT =
            new PlieDocument<>("participant", Participant.class, ParticipantCodec.INSTANCE);

    /**
     * A PLIE's rules for a positive exit (DOMAIN.md "Positive exits"): every parameter, or a {@code preset} (a
     * seed's reading) with the parameters that differ.
     */
    public static final PlieDocument<ExitPolicy> EXIT_POLICY =
            new PlieDocument<>("exit-policy", ExitPolicy.class, ExitPolicyCodec.INSTANCE);

    /** A PLIE's eligibility rules (DOMAIN.md "Eligibility"): territory, ages, criteria, or a preset overridden. */
    public static final PlieDocument<EligibilityPolicy> ELIGIBILITY_POLICY =
            new PlieDocument<>("eligibility-policy", EligibilityPolicy.class, EligibilityPolicyCodec.INSTANCE);

    /**
     * What the exit engine concluded for a parcours, with its explanation: each line's key, its typed arguments and
     * its French and English texts. Read back, it equals the assessment written.
     */
    public static final PlieDocument<ExitAssessment> EXIT_ASSESSMENT =
            new PlieDocument<>("exit-assessment", ExitAssessment.class, ExitAssessmentCodec.INSTANCE);

    /** Whether a profile is eligible, criterion by criterion, with reasons in French and English. */
    public static final PlieDocument<EligibilityResult> ELIGIBILITY_RESULT =
            new PlieDocument<>("eligibility-result", EligibilityResult.class, EligibilityResultCodec.INSTANCE);

    /**
     * The indicators of a reporting period (rates, counts, typologies, ESF+ indicators) with the options they were
     * computed with. Read and written: the rates and the other derived fields are recomputed on reading and must
     * agree with the document.
     */
    public static final PlieDocument<IndicatorReport> INDICATOR_REPORT =
            new PlieDocument<>("indicator-report", IndicatorReport.class, IndicatorReportCodec.INSTANCE);

    /**
     * The ESF+ answers entered for one participant in one operation (docs/esf.md): what the profile and the parcours
     * cannot tell. Added to format v1 as a document of its own, so every earlier document reads as before.
     */
    public static final PlieDocument<EsfRecord> ESF_RECORD =
            new PlieDocument<>("esf-record", EsfRecord.class, EsfRecordCodec.INSTANCE);

    /**
     * The state of an indicator accumulator (docs/indicators.md, "Mergeable figures"): what a PLIE sends another PLIE
     * or the national network, which merges it into exactly the figures of one pass. Counts and names, no person.
     */
    public static final PlieDocument<AccumulatorSnapshot> INDICATOR_ACCUMULATOR =
            new PlieDocument<>("indicator-accumulator", AccumulatorSnapshot.class, AccumulatorCodec.INSTANCE);

    private final String name;
    private final Class<T> type;
    private final DocumentCodec<T> codec;

    private PlieDocument(String name, Class<T> type, DocumentCodec<T> codec) {
        this.name = name;
        this.type = type;
        this.codec = codec;
    }

    /**
     * The document's name in the format, e.g. {@code parcours}.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /** {@return the Java type of the document's value} */
    public Class<T> type() {
        return type;
    }

    /**
     * The classpath resource of the document's JSON Schema (draft 2020-12).
     *
     * @return the resource's path
     */
    public String schemaResource() {
        return "fr/plie/adapter/json/schema/v1/" + name + ".schema.json";
    }

    /**
     * Every document of the format, in the order above.
     *
     * @return the documents
     */
    public static java.util.List<PlieDocument<?>> all() {
        return java.util.List.of(
                PARCOURS,
                PARTICIPANT,
                EXIT_POLICY,
                ELIGIBILITY_POLICY,
                EXIT_ASSESSMENT,
                ELIGIBILITY_RESULT,
                INDICATOR_REPORT,
                ESF_RECORD,
                INDICATOR_ACCUMULATOR);
    }

    DocumentCodec<T> codec() {
        return codec;
    }

    @Override
    public String toString() {
        return "PlieDocument[" + name + " v" + DocumentCodec.FORMAT_VERSION + "]";
    }
}
