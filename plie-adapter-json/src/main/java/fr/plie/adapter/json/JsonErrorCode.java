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
    LIMIT_DOCUMENT_LENGTH("limit.document-length"),
    LIMIT_NESTING_DEPTH("limit.nesting-depth"),
    LIMIT_STRING_LENGTH("limit.string-length"),
    LIMIT_NUMBER_LENGTH("limit.number-length"),
    LIMIT_NAME_LENGTH("limit.name-length"),
    LIMIT_ARRAY_LENGTH("limit.array-length"),
    /** Another limit of the JSON parser (for instance its token count). */
    LIMIT_OTHER("limit.other"),
    FORMAT_VERSION("format.version"),
    FIELD_REQUIRED("field.required"),
    FIELD_UNKNOWN("field.unknown"),
    FIELD_DUPLICATE("field.duplicate"),
    /** A field that exists in the format but not for this kind of step or decision. */
    FIELD_NOT_ALLOWED("field.not-allowed"),
    VALUE_TYPE("value.type"),
    VALUE_ENUM("value.enum"),
    /** A warning: a preset named in its other spelling ({@code GRAND_AMIENOIS} for {@code grand-amienois}). */
    VALUE_PRESET_SPELLING("value.preset-spelling"),
    VALUE_DATE("value.date"),
    VALUE_RANGE("value.range"),
    VALUE_PRECISION("value.precision"),
    VALUE_BLANK("value.blank"),
    VALUE_TOO_LONG("value.too-long"),
    VALUE_ID("value.id"),
    VALUE_INSEE("value.insee"),
    VALUE_SIRET("value.siret"),
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

    /** The stable dotted code, also the message key. */
    public String code() {
        return code;
    }
}
