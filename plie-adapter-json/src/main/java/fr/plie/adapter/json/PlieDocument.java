package fr.plie.adapter.json;

import fr.plie.core.participant.Participant;

/**
 * A kind of document of the exchange format v1, with the JSON Schema that describes it. Exit policies,
 * eligibility policies, exit assessments and indicator reports will join this list (see {@code docs/format.md}).
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

    private final String name;
    private final Class<T> type;
    private final DocumentCodec<T> codec;

    private PlieDocument(String name, Class<T> type, DocumentCodec<T> codec) {
        this.name = name;
        this.type = type;
        this.codec = codec;
    }

    /** The document's name in the format, e.g. {@code parcours}. */
    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    /** The classpath resource of the document's JSON Schema (draft 2020-12). */
    public String schemaResource() {
        return "fr/plie/adapter/json/schema/v1/" + name + ".schema.json";
    }

    DocumentCodec<T> codec() {
        return codec;
    }

    @Override
    public String toString() {
        return "PlieDocument[" + name + " v" + DocumentCodec.FORMAT_VERSION + "]";
    }
}
