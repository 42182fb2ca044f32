package fr.plie.adapter.json;

/**
 * The Jackson this adapter needs, checked when {@link PlieJacksonModule} loads: Jackson 3 reads the annotations
 * of {@code com.fasterxml.jackson.core:jackson-annotations} 2.21 or newer ({@code @JsonSerializeAs} appeared in
 * 2.21). An older one, as a Spring Boot 3 BOM imported first brings, otherwise fails deep inside Jackson with
 * {@code NoClassDefFoundError}; this says what to change instead.
 */
final class JacksonRequirement {
    /** The oldest jackson-annotations Jackson 3.1 (Spring Boot 4.0) and this adapter work with. */
    static final String MINIMUM_ANNOTATIONS = "2.21";

    private JacksonRequirement() {}

    /** @throws IllegalStateException when the annotations {@code loader} sees are too old */
    static void check(ClassLoader loader) {
        try {
            Class.forName("com.fasterxml.jackson.annotation.JsonSerializeAs", false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("plie-adapter-json needs com.fasterxml.jackson.core:jackson-annotations "
                    + MINIMUM_ANNOTATIONS
                    + " or newer (found: "
                    + found(loader)
                    + "); import plie-bom, or tools.jackson:jackson-bom, before any BOM that manages Jackson 2 "
                    + "(Spring Boot 3's)");
        }
    }

    private static String found(ClassLoader loader) {
        try {
            Package annotations = Class.forName("com.fasterxml.jackson.annotation.JsonInclude", false, loader)
                    .getPackage();
            String version = annotations == null ? null : annotations.getImplementationVersion();
            return version == null ? "an unknown version" : version;
        } catch (ClassNotFoundException | LinkageError e) {
            return "none";
        }
    }
}
