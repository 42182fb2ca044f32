package fr.plie.adapter.json;

import fr.plie.adapter.json.Cursor.EnumCodes;
import fr.plie.core.exit.EvidenceKind;
import fr.plie.core.step.ContractType;
import fr.plie.rules.exit.Boundary;
import fr.plie.rules.exit.CreationMilestone;
import fr.plie.rules.exit.EmploymentMilestone;
import fr.plie.rules.exit.EvidenceRequirement;
import fr.plie.rules.exit.ExitPolicy;
import fr.plie.rules.exit.TemporaryWorkRule;
import fr.plie.rules.exit.TrainingMilestone;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;

/**
 * A PLIE's rules for a positive exit ({@link ExitPolicy}, DOMAIN.md "Positive exits: the rule, and where the PLIEs
 * differ"), so that any vendor can configure the exit engine in JSON. A document either lists every parameter or
 * names a {@code preset} and overrides only what differs; the writer always lists every parameter.
 */
final class ExitPolicyCodec extends DocumentCodec<ExitPolicy> {
    static final ExitPolicyCodec INSTANCE = new ExitPolicyCodec();

    /** Field indexes below follow this order; the five unmarked required fields are required without a preset. */
    private static final Fields DOCUMENT = Fields.of(
            "!formatVersion",
            "preset",
            "name",
            "employmentCounts",
            "followUp",
            "minimumWorkingTimeShare",
            "partTimeMustBeChosen",
            "fixedTermThreshold",
            "fixedTermBoundary",
            "consecutiveContractsAddUp",
            "durableContractTypes",
            "temporaryWork",
            "temporaryWorkMinimum",
            "temporaryWorkBoundary",
            "temporaryWorkWindow",
            "seasonalWorkMinimum",
            "seasonalWorkWindow",
            "trainingCounts",
            "trainingMustBeQualifying",
            "trainingFollowUpRequired",
            "longTrainingOver",
            "longTrainingCountsAfter",
            "creationCounts",
            "creationConsolidation",
            "employmentEvidence",
            "trainingEvidence",
            "creationEvidence",
            "administrativeExitsInDenominator");
    /** Required when no preset is named: the parameters without a default. */
    private static final int[] REQUIRED_WITHOUT_PRESET = {2, 10, 24, 25, 26};

    private static final Fields REQUIREMENT = Fields.of("!anyOf", "maximumAge");

    /** The presets by code: the names of the constants of {@link ExitPolicy}. */
    static final Map<String, ExitPolicy> PRESETS = presets();

    private static final EnumCodes<EmploymentMilestone> EMPLOYMENT = EnumCodes.of(EmploymentMilestone.class);
    private static final EnumCodes<Boundary> BOUNDARY = EnumCodes.of(Boundary.class);
    private static final EnumCodes<TemporaryWorkRule> TEMPORARY = EnumCodes.of(TemporaryWorkRule.class);
    private static final EnumCodes<TrainingMilestone> TRAINING = EnumCodes.of(TrainingMilestone.class);
    private static final EnumCodes<CreationMilestone> CREATION = EnumCodes.of(CreationMilestone.class);
    private static final EnumCodes<EvidenceKind> EVIDENCE_KIND = EnumCodes.of(EvidenceKind.class);
    /** Temporary missions are governed by {@code temporaryWork}: they cannot be listed as durable. */
    private static final EnumCodes<ContractType> DURABLE = durableCodes();

    private static final BigDecimal SHARE_MAX = BigDecimal.ONE;

    private ExitPolicyCodec() {}

    private static Map<String, ExitPolicy> presets() {
        Map<String, ExitPolicy> byCode = new LinkedHashMap<>();
        byCode.put("NATIONAL_GUIDE_2010", ExitPolicy.NATIONAL_GUIDE_2010);
        byCode.put("TOULOUSE_2015_2020", ExitPolicy.TOULOUSE_2015_2020);
        byCode.put("GRAND_AMIENOIS", ExitPolicy.GRAND_AMIENOIS);
        byCode.put("BOULONNAIS", ExitPolicy.BOULONNAIS);
        byCode.put("YOUTH_POSITIVE_SITUATION", ExitPolicy.YOUTH_POSITIVE_SITUATION);
        return byCode;
    }

    private static EnumCodes<ContractType> durableCodes() {
        Map<String, ContractType> byCode = new java.util.HashMap<>();
        for (ContractType t : ContractType.values()) {
            if (t != ContractType.TEMPORARY_MISSION) {
                byCode.put(t.name(), t);
            }
        }
        return new EnumCodes<>(
                Map.copyOf(byCode), byCode.keySet().stream().sorted().collect(Collectors.joining(", ")));
    }

    @Override
    @SuppressWarnings("unchecked")
    ExitPolicy read(Cursor c) {
        int f = c.begin(DOCUMENT);
        if (f < 0) {
            return null;
        }
        // each parameter read, by field index; a JSON null in an optional period is kept as Option.none()
        Object[] values = new Object[DOCUMENT.names.length];
        for (int i; (i = c.next(f)) >= 0; ) {
            values[i] = switch (i) {
                case 0 -> {
                    formatVersion(c);
                    yield null;
                }
                case 1 -> preset(c);
                case 2 -> c.text(200);
                case 3 -> c.enumValue(EMPLOYMENT);
                case 5 -> share(c);
                case 6, 9, 18, 19, 27 -> c.bool();
                case 8, 13 -> c.enumValue(BOUNDARY);
                case 10 -> c.list("string", x -> x.enumValue(DURABLE));
                case 11 -> c.enumValue(TEMPORARY);
                case 14, 16 -> positivePeriod(c);
                case 15, 20 -> c.token() == JsonToken.VALUE_NULL ? Option.none() : Option.of(period(c));
                case 17 -> c.enumValue(TRAINING);
                case 22 -> c.enumValue(CREATION);
                case 24, 25, 26 -> c.list("object", ExitPolicyCodec::requirement);
                default -> period(c); // 4, 7, 12, 21, 23
            };
        }
        long seen = c.seen(f);
        boolean hasPreset = (seen & Fields.bit(1)) != 0;
        if (!c.end(f)) {
            return null;
        }
        if (!hasPreset) {
            boolean missing = false;
            for (int i : REQUIRED_WITHOUT_PRESET) {
                if (values[i] == null) {
                    c.missingField(DOCUMENT.names[i]);
                    missing = true;
                }
            }
            if (missing) {
                return null;
            }
        }
        ExitPolicy.Builder b = hasPreset ? ExitPolicy.from((ExitPolicy) values[1]) : ExitPolicy.builder();
        if (values[2] != null) b.name((String) values[2]);
        if (values[3] != null) b.employmentCounts((EmploymentMilestone) values[3]);
        if (values[4] != null) b.followUp((Period) values[4]);
        if (values[5] != null) b.minimumWorkingTimeShare((BigDecimal) values[5]);
        if (values[6] != null) b.partTimeMustBeChosen((Boolean) values[6]);
        if (values[7] != null) b.fixedTermThreshold((Period) values[7]);
        if (values[8] != null) b.fixedTermBoundary((Boundary) values[8]);
        if (values[9] != null) b.consecutiveContractsAddUp((Boolean) values[9]);
        if (values[10] != null) b.durableContractTypes((List<ContractType>) values[10]);
        if (values[11] != null) b.temporaryWork((TemporaryWorkRule) values[11]);
        if (values[12] != null) b.temporaryWorkMinimum((Period) values[12]);
        if (values[13] != null) b.temporaryWorkBoundary((Boundary) values[13]);
        if (values[14] != null) b.temporaryWorkWindow((Period) values[14]);
        if ((seen & Fields.bit(15)) != 0) b.seasonalWorkMinimum((Option<Period>) values[15]);
        if (values[16] != null) b.seasonalWorkWindow((Period) values[16]);
        if (values[17] != null) b.trainingCounts((TrainingMilestone) values[17]);
        if (values[18] != null) b.trainingMustBeQualifying((Boolean) values[18]);
        if (values[19] != null) b.trainingFollowUpRequired((Boolean) values[19]);
        if ((seen & Fields.bit(20)) != 0) b.longTrainingOver((Option<Period>) values[20]);
        if (values[21] != null) b.longTrainingCountsAfter((Period) values[21]);
        if (values[22] != null) b.creationCounts((CreationMilestone) values[22]);
        if (values[23] != null) b.creationConsolidation((Period) values[23]);
        if (values[24] != null) b.employmentEvidence((List<EvidenceRequirement>) values[24]);
        if (values[25] != null) b.trainingEvidence((List<EvidenceRequirement>) values[25]);
        if (values[26] != null) b.creationEvidence((List<EvidenceRequirement>) values[26]);
        if (values[27] != null) b.administrativeExitsInDenominator((Boolean) values[27]);
        try {
            return b.build();
        } catch (IllegalStateException | IllegalArgumentException e) {
            // every field was checked above; this is a safety net that keeps the promise of no exception
            c.errorAt(JsonErrorCode.RULE_POLICY, "");
            return null;
        }
    }

    private static ExitPolicy preset(Cursor c) {
        if (c.token() != JsonToken.VALUE_STRING) {
            c.typeError("string");
            return null;
        }
        ExitPolicy p = PRESETS.get(c.parser.getString());
        if (p == null) {
            c.error(JsonErrorCode.VALUE_ENUM, String.join(", ", PRESETS.keySet()));
        }
        return p;
    }

    /** A share of full time between 0 and 1 inclusive, four decimal places at most. */
    private static BigDecimal share(Cursor c) {
        BigDecimal v = c.decimal(new BigDecimal("-1000"), new BigDecimal("1000"), 4);
        if (v != null && (v.signum() < 0 || v.compareTo(SHARE_MAX) > 0)) {
            c.error(JsonErrorCode.VALUE_BETWEEN, "0", "1");
            return null;
        }
        return v;
    }

    /** A period longer than zero (the rolling windows). */
    private static Period positivePeriod(Cursor c) {
        Period p = period(c);
        if (p != null && p.isZero()) {
            c.error(JsonErrorCode.VALUE_PERIOD_POSITIVE);
            return null;
        }
        return p;
    }

    static Period period(Cursor c) {
        String s = c.matching(Periods.FORMAT, JsonErrorCode.VALUE_PERIOD);
        return s == null ? null : Period.parse(s);
    }

    private static EvidenceRequirement requirement(Cursor c) {
        int f = c.begin(REQUIREMENT);
        if (f < 0) {
            return null;
        }
        List<EvidenceKind> anyOf = null;
        Period maximumAge = null;
        for (int i; (i = c.next(f)) >= 0; ) {
            if (i == 0) {
                anyOf = c.list("string", x -> x.enumValue(EVIDENCE_KIND));
                if (anyOf != null && anyOf.isEmpty()) {
                    c.error(JsonErrorCode.VALUE_EMPTY_LIST);
                    anyOf = null;
                }
            } else if (c.token() != JsonToken.VALUE_NULL) {
                maximumAge = period(c);
            }
        }
        if (!c.end(f)) {
            return null;
        }
        return new EvidenceRequirement(EnumSet.copyOf(anyOf), Option.of(maximumAge));
    }

    @Override
    void write(JsonGenerator g, ExitPolicy p, WriteOptions options) {
        g.writeStartObject();
        g.writeStringProperty("formatVersion", FORMAT_VERSION);
        g.writeStringProperty("name", p.name());
        Out.code(g, "employmentCounts", p.employmentCounts());
        period(g, "followUp", p.followUp());
        Out.decimal(g, "minimumWorkingTimeShare", p.minimumWorkingTimeShare());
        g.writeBooleanProperty("partTimeMustBeChosen", p.partTimeMustBeChosen());
        period(g, "fixedTermThreshold", p.fixedTermThreshold());
        Out.code(g, "fixedTermBoundary", p.fixedTermBoundary());
        g.writeBooleanProperty("consecutiveContractsAddUp", p.consecutiveContractsAddUp());
        codes(g, "durableContractTypes", p.durableContractTypes());
        Out.code(g, "temporaryWork", p.temporaryWork());
        period(g, "temporaryWorkMinimum", p.temporaryWorkMinimum());
        Out.code(g, "temporaryWorkBoundary", p.temporaryWorkBoundary());
        period(g, "temporaryWorkWindow", p.temporaryWorkWindow());
        p.seasonalWorkMinimum().forEach(m -> period(g, "seasonalWorkMinimum", m));
        period(g, "seasonalWorkWindow", p.seasonalWorkWindow());
        Out.code(g, "trainingCounts", p.trainingCounts());
        g.writeBooleanProperty("trainingMustBeQualifying", p.trainingMustBeQualifying());
        g.writeBooleanProperty("trainingFollowUpRequired", p.trainingFollowUpRequired());
        p.longTrainingOver().forEach(m -> period(g, "longTrainingOver", m));
        period(g, "longTrainingCountsAfter", p.longTrainingCountsAfter());
        Out.code(g, "creationCounts", p.creationCounts());
        period(g, "creationConsolidation", p.creationConsolidation());
        requirements(g, "employmentEvidence", p.employmentEvidence());
        requirements(g, "trainingEvidence", p.trainingEvidence());
        requirements(g, "creationEvidence", p.creationEvidence());
        g.writeBooleanProperty("administrativeExitsInDenominator", p.administrativeExitsInDenominator());
        g.writeEndObject();
    }

    static void period(JsonGenerator g, String name, Period p) {
        g.writeStringProperty(name, p.toString());
    }

    /** A set of codes, written sorted so that equal sets give equal documents. */
    static void codes(JsonGenerator g, String name, Set<? extends Enum<?>> values) {
        List<String> names =
                new ArrayList<>(new TreeSet<>(values.stream().map(Enum::name).toList()));
        Out.texts(g, name, names);
    }

    static void requirements(JsonGenerator g, String name, List<EvidenceRequirement> requirements) {
        Out.array(g, name, requirements, (gen, r) -> {
            gen.writeStartObject();
            codes(gen, "anyOf", r.anyOf());
            r.maximumAge().forEach(a -> period(gen, "maximumAge", a));
            gen.writeEndObject();
        });
    }
}
