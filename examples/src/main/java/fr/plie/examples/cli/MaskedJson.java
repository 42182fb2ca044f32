package fr.plie.examples.cli;

import fr.plie.export.Disclosure;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.node.ObjectNode;

/**
 * The indicator report document with its small counts masked as the other formats mask them ({@link Disclosure}):
 * a count from 1 to N-1 becomes {@code null}, and so does every figure of the same object computed from it (a
 * rate's value, a median's days, a caseload's ratio); {@code maskedBelow} says which threshold was applied. A
 * masked document is for publication: with its nulls it no longer reads back as an {@code IndicatorReport}
 * ({@code --mask-below 0} writes the exchange format's document).
 */
final class MaskedJson {
    /** The fields holding a number of people, parcours or exits. */
    private static final Set<String> COUNTS = Set.of(
            "total",
            "women",
            "men",
            "nonBinary",
            "numerator",
            "denominator",
            "exits",
            "count",
            "participants",
            "active",
            "entries",
            "positiveExits",
            "distinctFinancedActions",
            "distinctOffers");

    /** The fields computed from the counts of their object. */
    private static final Set<String> DERIVED = Set.of("value", "reachesTarget", "days", "perFte", "overCapacity");

    /** The parts of the document that hold no count: the period and the options (targets, capacities). */
    private static final Set<String> SETTINGS = Set.of("formatVersion", "period", "options");

    private MaskedJson() {}

    /** {@code document} (one line) masked as {@code disclosure} says; unchanged when it masks nothing. */
    static String mask(String document, Disclosure disclosure) {
        if (disclosure.threshold() <= 1) {
            return document;
        }
        // decimals read as written (0.50 stays 0.50), never through a double
        ObjectNode root = (ObjectNode) Inputs.JSON
                .mapper()
                .readerFor(JsonNode.class)
                .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .readValue(document);
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            if (!SETTINGS.contains(field.getKey())) {
                maskIn(field.getValue(), disclosure);
            }
        }
        // interviews per participant: the interviews over the active file
        if (masked(root, "INTERVIEWS", disclosure) || masked(root, "ACTIVE_FILE", disclosure)) {
            root.putNull("interviewsPerParticipant");
        }
        root.put("maskedBelow", disclosure.threshold());
        return Inputs.JSON.mapper().writeValueAsString(root);
    }

    private static void maskIn(JsonNode node, Disclosure disclosure) {
        if (node.isArray()) {
            node.forEach(element -> maskIn(element, disclosure));
        } else if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            boolean any = false;
            for (String name : COUNTS) {
                JsonNode value = object.get(name);
                if (value != null && value.isIntegralNumber() && disclosure.masks(value.longValue())) {
                    object.putNull(name);
                    any = true;
                }
            }
            if (any) {
                DERIVED.stream().filter(object::has).forEach(object::putNull);
            }
            object.forEach(child -> maskIn(child, disclosure));
        }
    }

    /** Whether the total of the figure {@code indicator} is masked (or was, before {@link #maskIn}). */
    private static boolean masked(ObjectNode root, String indicator, Disclosure disclosure) {
        for (JsonNode figure : root.path("figures")) {
            if (indicator.equals(figure.path("indicator").asString())) {
                JsonNode total = figure.get("total");
                return total == null || total.isNull() || disclosure.masks(total.longValue());
            }
        }
        return false;
    }
}
