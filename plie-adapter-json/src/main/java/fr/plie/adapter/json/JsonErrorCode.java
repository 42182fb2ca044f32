package fr.plie.adapter.json;

/**
 * The documented errors of the exchange format: every problem a reader reports has one of these stable codes,
 * with a French and an English text in {@code fr/plie/adapter/json/messages*.properties}. Programs switch on the
 * code; people read the text.
 */
public enum JsonErrorCode {
    /** Not JSON: a syntax error. */
    SYNTAX("json.syntax"),
    /** The document ends in the middle of a value. */
    TRUNCATED("json.truncated"),
    /** The bytes are not valid UTF-8 (or UTF-16/32). */
    ENCODING("json.encoding"),
    /** No document at all. */
    EMPTY("json.empty"),
    /** Something follows the document. */
    TRAILING_CONTENT("json.trailing-content"),
    /** The document is longer than {@link JsonLimits#maxDocumentLength()}. */
    LIMIT_DOCUMENT_LENGTH("limit.document-length"),
    /** Objects and arrays nest deeper than {@link JsonLimits#maxNestingDepth()}. */
    LIMIT_NESTING_DEPTH("limit.nesting-depth"),
    /** A string is longer than {@link JsonLimits#maxStringLength()}. */
    LIMIT_STRING_LENGTH("limit.string-length"),
    /** A number is longer than {@link JsonLimits#maxNumberLength()}. */
    LIMIT_NUMBER_LENGTH("limit.number-length"),
    /** A field name is longer than {@link JsonLimits#maxNameLength()}. */
    LIMIT_NAME_LENGTH("limit.name-length"),
    /** An array has more elements than {@link JsonLimits#maxArrayLength()}. */
    LIMIT_ARRAY_LENGTH("limit.array-length"),
    /** Another limit of the JSON parser (for instance its token count). */
    LIMIT_OTHER("limit.other"),
    /** A format version this reader does not read (only version "1" is read). */
    FORMAT_VERSION("format.version"),
    /** A required field is missing. */
    FIELD_REQUIRED("field.required"),
    /** A field the format does not have. */
    FIELD_UNKNOWN("field.unknown"),
    /** A field given twice in the same object. */
    FIELD_DUPLICATE("field.duplicate"),
    /** A field that exists in the format but not for this kind of step or decision. */
    FIELD_NOT_ALLOWED("field.not-allowed"),
    /** A value of the wrong JSON type (a string where a number is expected). */
    VALUE_TYPE("value.type"),
    /** A value outside its enumeration. */
    VALUE_ENUM("value.enum"),
    /** A warning: a preset named in its other spelling ({@code GRAND_AMIENOIS} for {@code grand-amienois}). */
    VALUE_PRESET_SPELLING("value.preset-spelling"),
    /** Not an ISO-8601 date such as {@code 2024-01-31}. */
    VALUE_DATE("value.date"),
    /** A number outside its range, the lower bound excluded. */
    VALUE_RANGE("value.range"),
    /** A number with more decimals than the field takes. */
    VALUE_PRECISION("value.precision"),
    /** A text that is empty or only spaces. */
    VALUE_BLANK("value.blank"),
    /** A text longer than the field takes. */
    VALUE_TOO_LONG("value.too-long"),
    /** Not a valid identifier. */
    VALUE_ID("value.id"),
    /** Not an INSEE commune code. */
    VALUE_INSEE("value.insee"),
    /** Not a SIRET. */
    VALUE_SIRET("value.siret"),
    /** Not an email address. */
    VALUE_EMAIL("value.email"),
    /** Not an ISO-8601 period of years, months and days such as {@code P6M} (a negative one included). */
    VALUE_PERIOD("value.period"),
    /** A period of zero where the policy needs a duration (a rolling window). */
    VALUE_PERIOD_POSITIVE("value.period-positive"),
    /** A number outside an inclusive range (a share of full time between 0 and 1). */
    VALUE_BETWEEN("value.between"),
    /** An empty list where at least one element is needed (the evidence kinds of a requirement). */
    VALUE_EMPTY_LIST("value.empty-list"),
    /** A date that cannot come before another one (a step ending before it starts). */
    RULE_DATE_ORDER("rule.date-order"),
    /** A barrier has a lifting date exactly when its status is LIFTED. */
    RULE_BARRIER_LIFTED("rule.barrier-lifted"),
    /** The status of the parcours contradicts its content (an EXITED parcours without a validated exit). */
    RULE_STATUS("rule.status"),
    /**
     * A history no lifecycle produces (a commitment without admission, an interview before the referral): one
     * error per violation, its argument the lifecycle's rejection code ({@code Parcours.restore}).
     */
    RULE_HISTORY("rule.history"),
    /** Two steps with the same id. */
    RULE_DUPLICATE_STEP("rule.duplicate-step"),
    /** The embedded participant is not the parcours' participant. */
    RULE_PARTICIPANT("rule.participant"),
    /** A list of a policy holding the same element twice (a criterion, an EPCI, a commune). */
    RULE_DUPLICATE("rule.duplicate"),
    /** A value of a policy greater than the one it cannot exceed (minAge over maxAge). */
    RULE_ORDER("rule.order"),
    /** A policy the rules module refuses although each field is valid. */
    RULE_POLICY("rule.policy"),
    /** A field that follows from others (a rate, readyToPronounce, eligible) and disagrees with the value recomputed from them. */
    RULE_DERIVED("rule.derived"),
    /** A profile field holding a value although {@code unknownFacts} says the fact is not recorded. */
    RULE_UNKNOWN_FACT("rule.unknown-fact"),
    /** An employment with both a trial period end and {@code trialPeriodEndUnknown}. */
    RULE_TRIAL_PERIOD("rule.trial-period"),
    /** Parcours ids in an indicator report computed without drill-down. */
    RULE_DRILL_DOWN("rule.drill-down"),
    /** A field of an exit assessment that disagrees with its outcome (a projected date on a positive exit). */
    RULE_OUTCOME("rule.outcome"),
    /** ESF+ answers saying both "job searching" and "employed" on leaving: only the last event counts. */
    RULE_ESF_LAST_EVENT("rule.esf-last-event"),
    /** An indicator-accumulator document computed with drill-down: it would carry parcours ids. */
    RULE_NO_PERSON("rule.no-person"),
    /** An argument of an explanation that does not match its type code in {@code argTypes}. */
    VALUE_ARGUMENT("value.argument");

    private final String code;

    JsonErrorCode(String code) {
        this.code = code;
    }

    /**
     * The stable dotted code, also the message key.
     *
     * @return the code
     */
    public String code() {
        return code;
    }
}
