package fr.plie.spring.boot;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * plie's settings in {@code application.yml}, under {@code plie}; docs/spring-boot.md lists them with examples.
 *
 * @param json how Boot's Jackson mapper and the {@code PlieJson} bean write and read plie's documents
 * @param jdbc the repositories on the application's {@code DataSource}
 * @param exit the exit policy, or the schedule of policies by protocol period
 * @param eligibility the eligibility policy
 */
@ConfigurationProperties("plie")
public record PlieProperties(
        @DefaultValue Json json,
        @DefaultValue Jdbc jdbc,
        @DefaultValue Exit exit,
        @DefaultValue Policy eligibility) {

    /**
     * The options of {@code PlieJacksonModule}.
     *
     * @param pseudonymousExport write participants without their personal data
     * @param lenientUnknownFields read documents with unknown fields (reported as warnings) instead of refusing them
     */
    public record Json(boolean pseudonymousExport, boolean lenientUnknownFields) {}

    /**
     * The JDBC adapter on the application's data source.
     *
     * @param enabled {@code false} leaves the database alone: no {@code PlieJdbc} bean
     * @param migrate {@code false} never runs plie's migrations (the schema is managed another way)
     * @param tablePrefix the prefix of plie's tables and of its migration history table
     * @param schema a schema of plie's own, or none: the data source's default schema
     * @param actor the actor id the audit trail records for the repositories' beans
     * @param retention how long closed parcours are kept before a purge, or none
     */
    public record Jdbc(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("true") boolean migrate,
            @DefaultValue("plie_") String tablePrefix,
            String schema,
            @DefaultValue("application") String actor,
            Period retention) {}

    /**
     * A policy as a preset of plie-rules with overrides: the fields of the exchange format's policy document
     * (docs/format.md), e.g. {@code followUp: P6M1D}.
     *
     * @param preset the preset, as the {@code plie} command names it ({@code toulouse-2015-2020}) or as the
     *     format does ({@code TOULOUSE_2015_2020})
     * @param overrides the document's fields that differ from the preset
     */
    public record Policy(String preset, @DefaultValue Map<String, Object> overrides) {}

    /**
     * The exit policy: one preset with overrides, or a schedule of them by protocol period.
     *
     * @param preset the preset, see {@link Policy#preset()}
     * @param overrides the fields that differ from it
     * @param schedule the policies of the successive protocols, each with its first and last days
     */
    public record Exit(
            String preset,
            @DefaultValue Map<String, Object> overrides,
            @DefaultValue List<Protocol> schedule) {}

    /**
     * One protocol period of the exit schedule and its policy.
     *
     * @param from the protocol's first day
     * @param to its last day, included
     * @param preset the preset in force, see {@link Policy#preset()}
     * @param overrides the fields that differ from it
     */
    public record Protocol(
            LocalDate from,
            LocalDate to,
            String preset,
            @DefaultValue Map<String, Object> overrides) {}
}
