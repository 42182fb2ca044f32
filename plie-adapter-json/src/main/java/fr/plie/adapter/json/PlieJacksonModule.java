package fr.plie.adapter.json;

import fr.plie.core.parcours.Parcours;
import fr.plie.core.participant.Participant;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Jackson 3 module of the plie exchange format v1: registered on a mapper, it reads and writes
 * {@link ParcoursDocument}, {@link Parcours} and {@link Participant} as the documents described in
 * {@code docs/format.md}, so that plie-core carries no Jackson annotation. Found by
 * {@code JsonMapper.builder().findAndAddModules()} through {@code META-INF/services}.
 *
 * <p>Immutable: each {@code with*} option returns a new module. Invalid input read through a plain mapper raises
 * {@link PlieJsonException} with every located error; {@link PlieJson} returns them as values instead and also
 * applies the {@link JsonLimits} to the parser.
 */
public final class PlieJacksonModule extends JacksonModule {
    private static final Version VERSION = readVersion();

    private final boolean pseudonymousExport;
    private final boolean lenientUnknownFields;
    private final JsonLimits limits;

    /** The default module: personal data written, unknown fields refused, {@link JsonLimits#DEFAULTS}. */
    public PlieJacksonModule() {
        this(false, false, JsonLimits.DEFAULTS);
    }

    private PlieJacksonModule(boolean pseudonymousExport, boolean lenientUnknownFields, JsonLimits limits) {
        this.pseudonymousExport = pseudonymousExport;
        this.lenientUnknownFields = lenientUnknownFields;
        this.limits = java.util.Objects.requireNonNull(limits, "limits");
    }

    /**
     * Pseudonymous export: participants are written without {@code personalData} and interview syntheses (free
     * text that may name people) are replaced by {@code "[pseudonymised]"}.
     */
    public PlieJacksonModule withPseudonymousExport(boolean enabled) {
        return new PlieJacksonModule(enabled, lenientUnknownFields, limits);
    }

    /** Lenient reading: unknown fields are reported as warnings and skipped instead of refusing the document. */
    public PlieJacksonModule withLenientUnknownFields(boolean enabled) {
        return new PlieJacksonModule(pseudonymousExport, enabled, limits);
    }

    /** Limits against hostile input (the array length is checked by the module, the others by the parser). */
    public PlieJacksonModule withLimits(JsonLimits newLimits) {
        return new PlieJacksonModule(pseudonymousExport, lenientUnknownFields, newLimits);
    }

    public boolean pseudonymousExport() {
        return pseudonymousExport;
    }

    public boolean lenientUnknownFields() {
        return lenientUnknownFields;
    }

    public JsonLimits limits() {
        return limits;
    }

    ReadOptions readOptions() {
        return new ReadOptions(lenientUnknownFields, limits, 0);
    }

    WriteOptions writeOptions() {
        return new WriteOptions(pseudonymousExport);
    }

    @Override
    public String getModuleName() {
        return "plie-adapter-json";
    }

    @Override
    public Version version() {
        return VERSION;
    }

    @Override
    public void setupModule(SetupContext context) {
        SimpleSerializers serializers = new SimpleSerializers();
        SimpleDeserializers deserializers = new SimpleDeserializers();
        DocumentCodec<ParcoursDocument> parcours = ParcoursCodec.INSTANCE;
        DocumentCodec<Participant> participant = ParticipantCodec.INSTANCE;
        serializers.addSerializer(ParcoursDocument.class, new Serializer<>(parcours, writeOptions()));
        serializers.addSerializer(
                Parcours.class, new Serializer<>(parcours, writeOptions()).from(ParcoursDocument::of));
        serializers.addSerializer(Participant.class, new Serializer<>(participant, writeOptions()));
        deserializers.addDeserializer(ParcoursDocument.class, new Deserializer<>(parcours, readOptions()));
        deserializers.addDeserializer(
                Parcours.class, new Deserializer<>(parcours, readOptions()).then(ParcoursDocument::parcours));
        deserializers.addDeserializer(Participant.class, new Deserializer<>(participant, readOptions()));
        context.addSerializers(serializers);
        context.addDeserializers(deserializers);
    }

    private static Version readVersion() {
        Properties p = new Properties();
        try (InputStream in = PlieJacksonModule.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return VersionUtil.parseVersion(p.getProperty("version"), "fr.plie", "plie-adapter-json");
    }

    /** Writes {@code T} through a codec, from the value or from what {@code from} makes of it. */
    private static final class Serializer<T, V> extends ValueSerializer<V> {
        private final DocumentCodec<T> codec;
        private final WriteOptions options;
        private final java.util.function.Function<V, T> adapt;

        @SuppressWarnings("unchecked")
        Serializer(DocumentCodec<T> codec, WriteOptions options) {
            this(codec, options, v -> (T) v);
        }

        private Serializer(DocumentCodec<T> codec, WriteOptions options, java.util.function.Function<V, T> adapt) {
            this.codec = codec;
            this.options = options;
            this.adapt = adapt;
        }

        <W> Serializer<T, W> from(java.util.function.Function<W, T> f) {
            return new Serializer<>(codec, options, f);
        }

        @Override
        public void serialize(V value, JsonGenerator g, SerializationContext context) {
            codec.write(g, adapt.apply(value), options);
        }
    }

    /** Reads {@code T} through a codec and hands on what {@code then} makes of it; errors raise an exception. */
    private static final class Deserializer<T, V> extends ValueDeserializer<V> {
        private final DocumentCodec<T> codec;
        private final ReadOptions options;
        private final java.util.function.Function<T, V> adapt;

        @SuppressWarnings("unchecked")
        Deserializer(DocumentCodec<T> codec, ReadOptions options) {
            this(codec, options, v -> (V) v);
        }

        private Deserializer(DocumentCodec<T> codec, ReadOptions options, java.util.function.Function<T, V> adapt) {
            this.codec = codec;
            this.options = options;
            this.adapt = adapt;
        }

        <W> Deserializer<T, W> then(java.util.function.Function<T, W> f) {
            return new Deserializer<>(codec, options, f);
        }

        @Override
        public V deserialize(JsonParser parser, DeserializationContext context) {
            Cursor cursor = new Cursor(parser, options);
            T value = codec.read(cursor);
            if (!cursor.errors().isEmpty()) {
                throw new PlieJsonException(parser, cursor.errors());
            }
            return adapt.apply(value);
        }
    }
}
