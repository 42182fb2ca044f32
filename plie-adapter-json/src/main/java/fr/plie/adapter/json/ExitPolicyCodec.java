package fr.plie.adapter.json;

import fr.plie.adapter.json.Cursor.EnumCodes;
import fr.plie.core.exit.EvidenceKind;
import fr.plie.core.step.ContractType;
import fr.plie.rules.exit.AfterPeriod;
import fr.plie.rules.exit.Boundary;
import fr.plie.rules.exit.CreationMilestone;
import fr.plie.rules.exit.EmploymentMilestone;
import fr.plie.rules.exit.EvidenceRequirement;
import fr.plie.rules.exit.ExitPolicy;
import fr.plie.rules.exit.TemporaryWorkRule;
import fr.plie.rules.exit.TrainingMilestone;
import fr.plie.rules.exit.WindowEnd;
import fr.plie.rules.preset.PolicyPresets;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
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

    /** The read switch follows this order. */
    private enum DocumentKey {
        formatVersion,
        preset,
        name,
        employmentCounts,
        followUp,
        minimumWorkingTimeShare,
        partTimeMustBeChosen,
        fixedTermThreshold,
        fixedTermBoundary,
        consecutiveContractsAddUp,
        durableContractTypes,
        temporaryWork,
        temporaryWorkMinimum,
        temporaryWorkBoundary,
        temporaryWorkWindow,
        seasonalWorkMinimum,
        seasonalWorkWindow,
        trainingCounts,
        trainingMustBeQualifying,
        trainingFollowUpRequired,
        longTrainingOver,
        longTrainingCountsAfter,
        creationCounts,
        creationConsolidation,
        employmentEvidence,
        trainingEvidence,
        creationEvidence,
        administrativeExitsInDenominator,
        exitAfterPeriod,
        windowEnd
    }

    private static final Fields<DocumentKey> DOCUMENT = Fields.of(DocumentKey.class, DocumentKey.formatVersion);
    private static final Set<DocumentKey> ALL = EnumSet.allOf(DocumentKey.class);
    /** Required when no preset is named: the parameters without a default (name, types, the three evidence lists). */
    private static final Set<DocumentKey> REQUIRED_WITHOUT_PRESET = EnumSet.of(
            DocumentKey.name,
            DocumentKey.durableContractTypes,
            DocumentKey.employmentEvidence,
            DocumentKey.trainingEvidence,
            DocumentKey.creationEvidence);

    private enum RequirementKey {
        anyOf,
        maximumAge
    }

    private static final Fields<RequirementKey> REQUIREMENT = Fields.of(RequirementKey.class, RequirementKey.anyOf);

    /** Temporary missions are governed by {@code temporaryWork}: they cannot be listed as durable. */
    private static final EnumCodes<ContractType> DURABLE = durableCodes();

    private static final BigDecimal SHARE_MAX = BigDecimal.ONE;

    private ExitPolicyCodec() {}

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
    ExitPolicy read(Cursor c) {
        int f = c.begin(DOCUMENT);
        ExitPolicy preset = null;
        String name = null;
        EmploymentMilestone employmentCounts = null;
        Period followUp = null;
        BigDecimal share = null;
        Boolean partTimeMustBeChosen = null;
        Period fixedTermThreshold = null;
        Boundary fixedTermBoundary = null;
        Boolean consecutiveContractsAddUp = null;
        List<ContractType> durable = null;
        TemporaryWorkRule temporaryWork = null;
        Period temporaryWorkMinimum = null;
        Boundary temporaryWorkBoundary = null;
        Period temporaryWorkWindow = null;
        Period seasonalWorkMinimum = null;
        Period seasonalWorkWindow = null;
        TrainingMilestone trainingCounts = null;
        Boolean trainingMustBeQualifying = null;
        Boolean trainingFollowUpRequired = null;
        Period longTrainingOver = null;
        Period longTrainingCountsAfter = null;
        CreationMilestone creationCounts = null;
        Period creationConsolidation = null;
        List<EvidenceRequirement> employmentEvidence = null;
        List<EvidenceRequirement> trainingEvidence = null;
        List<EvidenceRequirement> creationEvidence = null;
        Boolean administrativeExits = null;
        AfterPeriod exitAfterPeriod = null;
        WindowEnd windowEnd = null;
        for (DocumentKey k; (k = c.next(f)) != null; ) {
            switch (k) {
                case formatVersion -> formatVersion(c);
                case preset -> preset = preset(c);
                case name -> name = c.text(200);
                case employmentCounts -> employmentCounts = c.enumValue(EmploymentMilestone.class);
                case followUp -> followUp = period(c);
                case minimumWorkingTimeShare -> share = share(c);
                case partTimeMustBeChosen -> partTimeMustBeChosen = c.bool();
                case fixedTermThreshold -> fixedTermThreshold = period(c);
                case fixedTermBoundary -> fixedTermBoundary = c.enumValue(Boundary.class);
                case consecutiveContractsAddUp -> consecutiveContractsAddUp = c.bool();
                case durableContractTypes -> durable = c.list("string", x -> x.enumValue(DURABLE));
                case temporaryWork -> temporaryWork = c.enumValue(TemporaryWorkRule.class);
                case temporaryWorkMinimum -> temporaryWorkMinimum = period(c);
                case temporaryWorkBoundary -> temporaryWorkBoundary = c.enumValue(Boundary.class);
                case temporaryWorkWindow -> temporaryWorkWindow = positivePeriod(c);
                case seasonalWorkMinimum -> seasonalWorkMinimum = period(c);
                case seasonalWorkWindow -> seasonalWorkWindow = positivePeriod(c);
                case trainingCounts -> trainingCounts = c.enumValue(TrainingMilestone.class);
                case trainingMustBeQualifying -> trainingMustBeQualifying = c.bool();
                case trainingFollowUpRequired -> trainingFollowUpRequired = c.bool();
                case longTrainingOver -> longTrainingOver = period(c);
                case longTrainingCountsAfter -> longTrainingCountsAfter = period(c);
                case creationCounts -> creationCounts = c.enumValue(CreationMilestone.class);
                case creationConsolidation -> creationConsolidation = period(c);
                case employmentEvidence -> employmentEvidence = c.list("object", ExitPolicyCodec::requirement);
                case trainingEvidence -> trainingEvidence = c.list("object", ExitPolicyCodec::requirement);
                case creationEvidence -> creationEvidence = c.list("object", ExitPolicyCodec::requirement);
                case administrativeExitsInDenominator -> administrativeExits = c.bool();
                case exitAfterPeriod -> exitAfterPeriod = c.enumValue(AfterPeriod.class);
                case windowEnd -> windowEnd = c.enumValue(WindowEnd.class);
            }
        }
        // a field given as null clears an optional rule of the preset; absent, the preset's rule stays
        boolean hasPreset = c.seen(f, DocumentKey.preset);
        if (!c.end(f)
                || !hasPreset && !c.fit(f, ALL, REQUIRED_WITHOUT_PRESET, "")
                || !c.distinct(durable, "durableContractTypes")) {
            return null;
        }
        ExitPolicy.Builder b = hasPreset ? ExitPolicy.from(preset) : ExitPolicy.builder();
        set(name, b::name);
        set(employmentCounts, b::employmentCounts);
        set(followUp, b::followUp);
        set(share, b::minimumWorkingTimeShare);
        set(partTimeMustBeChosen, b::partTimeMustBeChosen);
        set(fixedTermThreshold, b::fixedTermThreshold);
        set(fixedTermBoundary, b::fixedTermBoundary);
        set(consecutiveContractsAddUp, b::consecutiveContractsAddUp);
        set(durable, b::durableContractTypes);
        set(temporaryWork, b::temporaryWork);
        set(temporaryWorkMinimum, b::temporaryWorkMinimum);
        set(temporaryWorkBoundary, b::temporaryWorkBoundary);
        set(temporaryWorkWindow, b::temporaryWorkWindow);
        if (c.seen(f, DocumentKey.seasonalWorkMinimum)) {
            b.seasonalWorkMinimum(Option.of(seasonalWorkMinimum));
        }
        set(seasonalWorkWindow, b::seasonalWorkWindow);
        set(trainingCounts, b::trainingCounts);
        set(trainingMustBeQualifying, b::trainingMustBeQualifying);
        set(trainingFollowUpRequired, b::trainingFollowUpRequired);
        if (c.seen(f, DocumentKey.longTrainingOver)) {
            b.longTrainingOver(Option.of(longTrainingOver));
        }
        set(longTrainingCountsAfter, b::longTrainingCountsAfter);
        set(creationCounts, b::creationCounts);
        set(creationConsolidation, b::creationConsolidation);
        set(employmentEvidence, b::employmentEvidence);
        set(trainingEvidence, b::trainingEvidence);
        set(creationEvidence, b::creationEvidence);
        set(administrativeExits, b::administrativeExitsInDenominator);
        set(exitAfterPeriod, b::exitAfterPeriod);
        set(windowEnd, b::windowEnd);
        try {
            return b.build();
        } catch (IllegalStateException | IllegalArgumentException e) {
            // every field was checked above; this safety net keeps the promise that no exception escapes
            c.errorAt(JsonErrorCode.RULE_POLICY, "");
            return null;
        }
    }

    /** Reports the parameters without a default that a document without preset left out. */
    /** Overrides a parameter when the document gave it. */
    private static <T> void set(T value, Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }

    private static ExitPolicy preset(Cursor c) {
        if (c.token() != JsonToken.VALUE_STRING) {
            c.typeError("string");
            return null;
        }
        return Presets.read(c, PolicyPresets.exitPresets(), PolicyPresets.exitPreset(c.parser.getString()));
    }

    /** A share of full time between 0 and 1 inclusive, four decimal places at most. */
    private static BigDecimal share(Cursor c) {
        return c.between(SHARE_MAX, 4);
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

    static EvidenceRequirement requirement(Cursor c) {
        int f = c.begin(REQUIREMENT);
        List<EvidenceKind> anyOf = null;
        Period maximumAge = null;
        for (RequirementKey k; (k = c.next(f)) != null; ) {
            if (k == RequirementKey.anyOf) {
                anyOf = c.list("string", x -> x.enumValue(EvidenceKind.class));
                if (anyOf != null && anyOf.isEmpty()) {
                    c.error(JsonErrorCode.VALUE_EMPTY_LIST);
                    anyOf = null;
                }
            } else if (c.token() != JsonToken.VALUE_NULL) {
                maximumAge = period(c);
            }
        }
        if (!c.end(f) || !c.distinct(anyOf, "anyOf")) {
            return null;
        }
        return new EvidenceRequirement(EnumSet.copyOf(anyOf), Option.of(maximumAge));
    }

    @Override
    void write(JsonGenerator g, ExitPolicy p, WriteOptions options) {
        g.writeStartObject();
        g.writeStringProperty(DocumentKey.formatVersion.name(), FORMAT_VERSION);
        g.writeStringProperty(DocumentKey.name.name(), p.name());
        Out.code(g, DocumentKey.employmentCounts, p.employmentCounts());
        period(g, DocumentKey.followUp, p.followUp());
        Out.decimal(g, DocumentKey.minimumWorkingTimeShare, p.minimumWorkingTimeShare());
        g.writeBooleanProperty(DocumentKey.partTimeMustBeChosen.name(), p.partTimeMustBeChosen());
        period(g, DocumentKey.fixedTermThreshold, p.fixedTermThreshold());
        Out.code(g, DocumentKey.fixedTermBoundary, p.fixedTermBoundary());
        g.writeBooleanProperty(DocumentKey.consecutiveContractsAddUp.name(), p.consecutiveContractsAddUp());
        codes(g, DocumentKey.durableContractTypes, p.durableContractTypes());
        Out.code(g, DocumentKey.temporaryWork, p.temporaryWork());
        period(g, DocumentKey.temporaryWorkMinimum, p.temporaryWorkMinimum());
        Out.code(g, DocumentKey.temporaryWorkBoundary, p.temporaryWorkBoundary());
        period(g, DocumentKey.temporaryWorkWindow, p.temporaryWorkWindow());
        p.seasonalWorkMinimum().forEach(m -> period(g, DocumentKey.seasonalWorkMinimum, m));
        period(g, DocumentKey.seasonalWorkWindow, p.seasonalWorkWindow());
        Out.code(g, DocumentKey.trainingCounts, p.trainingCounts());
        g.writeBooleanProperty(DocumentKey.trainingMustBeQualifying.name(), p.trainingMustBeQualifying());
        g.writeBooleanProperty(DocumentKey.trainingFollowUpRequired.name(), p.trainingFollowUpRequired());
        p.longTrainingOver().forEach(m -> period(g, DocumentKey.longTrainingOver, m));
        period(g, DocumentKey.longTrainingCountsAfter, p.longTrainingCountsAfter());
        Out.code(g, DocumentKey.creationCounts, p.creationCounts());
        period(g, DocumentKey.creationConsolidation, p.creationConsolidation());
        requirements(g, DocumentKey.employmentEvidence, p.employmentEvidence());
        requirements(g, DocumentKey.trainingEvidence, p.trainingEvidence());
        requirements(g, DocumentKey.creationEvidence, p.creationEvidence());
        g.writeBooleanProperty(
                DocumentKey.administrativeExitsInDenominator.name(), p.administrativeExitsInDenominator());
        Out.code(g, DocumentKey.exitAfterPeriod, p.exitAfterPeriod());
        Out.code(g, DocumentKey.windowEnd, p.windowEnd());
        g.writeEndObject();
    }

    static void period(JsonGenerator g, Enum<?> key, Period p) {
        g.writeStringProperty(key.name(), p.toString());
    }

    /** A set of codes, written sorted so that equal sets give equal documents. */
    static void codes(JsonGenerator g, Enum<?> key, Set<? extends Enum<?>> values) {
        List<String> names =
                new ArrayList<>(new TreeSet<>(values.stream().map(Enum::name).toList()));
        Out.texts(g, key, names);
    }

    static void requirements(JsonGenerator g, Enum<?> key, List<EvidenceRequirement> requirements) {
        Out.array(g, key, requirements, (gen, r) -> {
            gen.writeStartObject();
            codes(gen, RequirementKey.anyOf, r.anyOf());
            r.maximumAge().forEach(a -> period(gen, RequirementKey.maximumAge, a));
            gen.writeEndObject();
        });
    }
}
