package fr.plie.adapter.json;

import fr.plie.core.parcours.Parcours;
import fr.plie.core.participant.Participant;
import fr.plie.reporting.indicator.IndicatorReport;
import fr.plie.rules.eligibility.EligibilityPolicy;
import fr.plie.rules.eligibility.EligibilityResult;
import fr.plie.rules.exit.ExitAssessment;
import fr.plie.rules.exit.ExitPolicy;
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
 * {@link ParcoursDocument}, {@link Parcours}, {@link Participant}, {@link ExitPolicy}, {@link EligibilityPolicy}
 * and {@link IndicatorReport} as the documents described in {@code docs/format.md}, and writes {@link
 * ExitAssessment} and {@link EligibilityResult}, so that plie-core carries no Jackson annotation. Found by
 * {@code JsonMapper.builder().findAndAddModules()} through {@code META-INF/services}.
 *
 * <p>Immutable, so thread-safe: each {@code with*} option returns a new module. Invalid input read through a plain mapper raises
 * {@link PlieJsonException} with every located error; {@link PlieJson} returns them as values instead and also
 * applies the {@link JsonLimits} to the parser.
 */
public final class PlieJacksonModule extends JacksonModule {
    static {
        JacksonRequirement.check(PlieJacksonModule.class.getClassLoader());
    }

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
     *
     * @param enabled whether to export pseudonymously
     * @return the new module
     */
    public PlieJacksonModule withPseudonymousExport(boolean enabled) {
        return new PlieJacksonModule(enabled, lenientUnknownFields, limits);
    }

    /**
     * Lenient reading: unknown fields are reported as warnings and skipped instead of refusing the document.
     *
     * @param enabled whether to read leniently
     * @return the new module
     */
    public PlieJacksonModule withLenientUnknownFields(boolean enabled) {
        return new PlieJacksonModule(pseudonymousExport, enabled, limits);
    }

    /**
     * Limits against hostile input (the array length is checked by the module, the others by the parser).
     *
     * @param newLimits the limits
     * @return the new module
     */
    public PlieJacksonModule withLimits(JsonLimits newLimits) {
        return new PlieJacksonModule(pseudonymousExport, lenientUnknownFields, newLimits);
    }

    /** {@return whether participants are written without personal data and free texts} */
    public boolean pseudonymousExport() {
        return pseudonymousExport;
    }

    /** {@return whether unknown fields are warnings rather than errors} */
    public boolean lenientUnknownFields() {
        return lenientUnknownFields;
    }

    /** {@return the limits against hostile input} */
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
        for (PlieDocument<?> document : PlieDocument.all()) {
            register(serializers, deserializers, document);
        }
        register(serializers, deserializers, Parcours.class, ParcoursCodec.PARCOURS_ONLY);
        context.addSerializers(serializers);
        context.addDeserializers(deserializers);
    }

    private <T> void register(SimpleSerializers serializers, SimpleDeserializers deserializers, PlieDocument<T> type) {
        register(serializers, deserializers, type.type(), type.codec());
    }

    private <T> void register(
            SimpleSerializers serializers, SimpleDeserializers deserializers, Class<T> type, DocumentCodec<T> codec) {
        WriteOptions write = writeOptions();
        ReadOptions read = readOptions();
        serializers.addSerializer(type, new ValueSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator g, SerializationContext context) {
                codec.write(g, value, write);
            }
        });
        deserializers.addDeserializer(type, new ValueDeserializer<T>() {
            @Override
            public T deserialize(JsonParser parser, DeserializationContext context) {
                Cursor cursor = new Cursor(parser, read);
                T value = codec.read(cursor);
                if (!cursor.errors().isEmpty()) {
                    throw new PlieJsonException(parser, cursor.errors());
                }
                return value;
            }
        });
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
}
