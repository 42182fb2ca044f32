package fr.plie.adapter.json;

import fr.plie.adapter.json.Cursor.EnumCodes;
import fr.plie.adapter.json.Parameter.Kind;
import fr.plie.core.exit.EvidenceKind;
import fr.plie.core.step.ContractType;
import fr.plie.rules.exit.AfterPeriod;
import fr.plie.rules.exit.Boundary;
import fr.plie.rules.exit.CreationMilestone;
import fr.plie.rules.exit.EmploymentMilestone;
import fr.plie.rules.exit.EvidenceRequirement;
import fr.plie.rules.exit.ExitPolicy;
import fr.plie.rules.exit.ExitPolicy.Builder;
import fr.plie.rules.exit.TemporaryWorkRule;
import fr.plie.rules.exit.TrainingMilestone;
import fr.plie.rules.exit.WindowEnd;
import fr.plie.rules.preset.PolicyPresets;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;
import tools.jackson.core.JsonGenerator;

/**
 * A PLIE's rules for a positive exit ({@link ExitPolicy}, DOMAIN.md "Positive exits: the rule, and where the PLIEs
 * differ"), so that any vendor can configure the exit engine in JSON. A document either lists every parameter or
 * names a {@code preset} and overrides only what differs; the writer always lists every parameter.
 */
final class ExitPolicyCodec extends DocumentCodec<ExitPolicy> {
    static final ExitPolicyCodec INSTANCE = new ExitPolicyCodec();

    /** The fields of the document; each parameter says once how it is read, set on the builder and written. */
    private enum DocumentKey {
        formatVersion,
        preset,
        name(Kinds.TEXT, ExitPolicy::name, Builder::name),
        employmentCounts(Kind.code(EmploymentMilestone.class), ExitPolicy::employmentCounts, Builder::employmentCounts),
        followUp(Kinds.PERIOD, ExitPolicy::followUp, Builder::followUp),
        minimumWorkingTimeShare(Kinds.SHARE, ExitPolicy::minimumWorkingTimeShare, Builder::minimumWorkingTimeShare),
        partTimeMustBeChosen(Kind.BOOL, ExitPolicy::partTimeMustBeChosen, Builder::partTimeMustBeChosen),
        fixedTermThreshold(Kinds.PERIOD, ExitPolicy::fixedTermThreshold, Builder::fixedTermThreshold),
        fixedTermBoundary(Kind.code(Boundary.class), ExitPolicy::fixedTermBoundary, Builder::fixedTermBoundary),
        consecutiveContractsAddUp(Kind.BOOL, ExitPolicy::consecutiveContractsAddUp, Builder::consecutiveContractsAddUp),
        durableContractTypes(Kinds.DURABLE, ExitPolicy::durableContractTypes, Builder::durableContractTypes),
        temporaryWork(Kind.code(TemporaryWorkRule.class), ExitPolicy::temporaryWork, Builder::temporaryWork),
        temporaryWorkMinimum(Kinds.PERIOD, ExitPolicy::temporaryWorkMinimum, Builder::temporaryWorkMinimum),
        temporaryWorkBoundary(
                Kind.code(Boundary.class), ExitPolicy::temporaryWorkBoundary, Builder::temporaryWorkBoundary),
        temporaryWorkWindow(Kinds.POSITIVE_PERIOD, ExitPolicy::temporaryWorkWindow, Builder::temporaryWorkWindow),
        seasonalWorkMinimum(Kinds.OPTIONAL_PERIOD, ExitPolicy::seasonalWorkMinimum, Builder::seasonalWorkMinimum),
        seasonalWorkWindow(Kinds.POSITIVE_PERIOD, ExitPolicy::seasonalWorkWindow, Builder::seasonalWorkWindow),
        trainingCounts(Kind.code(TrainingMilestone.class), ExitPolicy::trainingCounts, Builder::trainingCounts),
        trainingMustBeQualifying(Kind.BOOL, ExitPolicy::trainingMustBeQualifying, Builder::trainingMustBeQualifying),
        trainingFollowUpRequired(Kind.BOOL, ExitPolicy::trainingFollowUpRequired, Builder::trainingFollowUpRequired),
        longTrainingOver(Kinds.OPTIONAL_PERIOD, ExitPolicy::longTrainingOver, Builder::longTrainingOver),
        longTrainingCountsAfter(Kinds.PERIOD, ExitPolicy::longTrainingCountsAfter, Builder::longTrainingCountsAfter),
        creationCounts(Kind.code(CreationMilestone.class), ExitPolicy::creationCounts, Builder::creationCounts),
        creationConsolidation(Kinds.PERIOD, ExitPolicy::creationConsolidation, Builder::creationConsolidation),
        employmentEvidence(Kinds.EVIDENCE, ExitPolicy::employmentEvidence, Builder::employmentEvidence),
        trainingEvidence(Kinds.EVIDENCE, ExitPolicy::trainingEvidence, Builder::trainingEvidence),
        creationEvidence(Kinds.EVIDENCE, ExitPolicy::creationEvidence, Builder::creationEvidence),
        administrativeExitsInDenominator(
                Kind.BOOL, ExitPolicy::administrativeExitsInDenominator, Builder::administrativeExitsInDenominator),
        exitAfterPeriod(Kind.code(AfterPeriod.class), ExitPolicy::exitAfterPeriod, Builder::exitAfterPeriod),
        windowEnd(Kind.code(WindowEnd.class), ExitPolicy::windowEnd, Builder::windowEnd);

        /** Null for the two fields that are not parameters. */
        final Parameter<ExitPolicy, Builder, ?> parameter;

        DocumentKey() {
            this.parameter = null;
        }

        <V> DocumentKey(Kind<V> kind, Function<ExitPolicy, V> get, BiConsumer<Builder, V> set) {
            this.parameter = new Parameter<>(kind, get, set);
        }
    }

    /** The kinds of the parameters, apart from the codes and booleans every document has. */
    private static final class Kinds {
        static final Kind<String> TEXT = Kind.text(200);
        static final Kind<Period> PERIOD = new Kind<>(ExitPolicyCodec::period, ExitPolicyCodec::period);
        /** A period longer than zero (the rolling windows). */
        static final Kind<Period> POSITIVE_PERIOD =
                new Kind<>(ExitPolicyCodec::positivePeriod, ExitPolicyCodec::period);
        /** An optional rule: given as null, it clears the preset's rule (absent, the preset's rule stays). */
        static final Kind<Option<Period>> OPTIONAL_PERIOD =
                new Kind<>(c -> Option.of(period(c)), (g, k, v) -> v.forEach(p -> period(g, k, p)));
        /** A share of full time between 0 and 1 inclusive, four decimal places at most. */
        static final Kind<BigDecimal> SHARE = new Kind<>(c -> c.between(BigDecimal.ONE, 4), Out::decimal);
        /** Temporary missions are governed by {@code temporaryWork}: they cannot be listed as durable. */
        static final Kind<Collection<ContractType>> DURABLE =
                new Kind<>(c -> c.list("string", x -> x.enumValue(DURABLE_CODES)), ExitPolicyCodec::codes);

        static final Kind<List<EvidenceRequirement>> EVIDENCE =
                new Kind<>(c -> c.list("object", ExitPolicyCodec::requirement), ExitPolicyCodec::requirements);
    }

    private static final Fields<DocumentKey> DOCUMENT = Fields.of(DocumentKey.class, DocumentKey.formatVersion);
    private static final Set<DocumentKey> ALL = EnumSet.allOf(DocumentKey.class);
    /** The parameters, in the order the writer lists them. */
    private static final Set<DocumentKey> PARAMETERS = EnumSet.range(DocumentKey.name, DocumentKey.windowEnd);
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

    private static final EnumCodes<ContractType> DURABLE_CODES = EnumCodes.of(Stream.of(ContractType.values())
            .filter(t -> t != ContractType.TEMPORARY_MISSION)
            .sorted(Comparator.comparing(Enum::name))
            .toList());

    private ExitPolicyCodec() {}

    @Override
    ExitPolicy read(Cursor c) {
        Values<DocumentKey> v = c.values(DOCUMENT, (x, k) -> switch (k) {
            case formatVersion -> formatVersion(x);
            case preset -> Presets.read(x, PolicyPresets.exitPresets(), PolicyPresets::exitPreset);
            default -> k.parameter.read(x);
        });
        boolean hasPreset = c.seen(v.frame(), DocumentKey.preset);
        if (!v.ok()
                || !hasPreset && !c.fit(v.frame(), ALL, REQUIRED_WITHOUT_PRESET, "")
                || !c.distinct(v.get(DocumentKey.durableContractTypes), "durableContractTypes")) {
            return null;
        }
        // a parameter given overrides the preset's; absent (or null, but for an optional rule), the preset's stays
        ExitPolicy.Builder b = hasPreset ? ExitPolicy.from(v.get(DocumentKey.preset)) : ExitPolicy.builder();
        for (DocumentKey k : PARAMETERS) {
            if (v.get(k) != null) {
                k.parameter.set(b, v.get(k));
            }
        }
        try {
            return b.build();
        } catch (IllegalStateException | IllegalArgumentException e) {
            // every field was checked above; this safety net keeps the promise that no exception escapes
            c.errorAt(JsonErrorCode.RULE_POLICY, "");
            return null;
        }
    }

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
        Values<RequirementKey> v = c.object(REQUIREMENT, (x, k) -> {
            if (k == RequirementKey.maximumAge) {
                return x.nullable(ExitPolicyCodec::period);
            }
            List<EvidenceKind> anyOf = x.list("string", t -> t.enumValue(EvidenceKind.class));
            if (anyOf != null && anyOf.isEmpty()) {
                x.error(JsonErrorCode.VALUE_EMPTY_LIST);
                return null;
            }
            return anyOf;
        });
        List<EvidenceKind> anyOf = v == null ? null : v.get(RequirementKey.anyOf);
        if (v == null || !c.distinct(anyOf, "anyOf")) {
            return null;
        }
        return new EvidenceRequirement(EnumSet.copyOf(anyOf), v.option(RequirementKey.maximumAge));
    }

    @Override
    void fields(JsonGenerator g, ExitPolicy p, WriteOptions options) {
        for (DocumentKey k : PARAMETERS) {
            k.parameter.write(g, k, p);
        }
    }

    static void period(JsonGenerator g, Enum<?> key, Period p) {
        g.writeStringProperty(key.name(), p.toString());
    }

    /** A set of codes, written sorted so that equal sets give equal documents. */
    static void codes(JsonGenerator g, Enum<?> key, Collection<? extends Enum<?>> values) {
        List<String> names =
                new ArrayList<>(new TreeSet<>(values.stream().map(Enum::name).toList()));
        Out.texts(g, key, names);
    }

    static void requirements(JsonGenerator g, Enum<?> key, List<EvidenceRequirement> requirements) {
        Out.objects(g, key, requirements, (gen, r) -> {
            codes(gen, RequirementKey.anyOf, r.anyOf());
            r.maximumAge().forEach(a -> period(gen, RequirementKey.maximumAge, a));
        });
    }
}
