package fr.plie.spring.boot;

import fr.plie.adapter.jdbc.PlieJdbc;
import fr.plie.adapter.jdbc.PlieRepositories;
import fr.plie.core.parcours.ParcoursRepository;
import fr.plie.core.participant.ParticipantRepository;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * plie's repositories on the application's {@link DataSource}: they join the Spring transaction open in the
 * calling thread ({@code @Transactional}, {@code TransactionTemplate}) and run in their own transaction outside
 * one. plie's migrations run at startup after the application's own, on their own history table, unless {@code
 * plie.jdbc.migrate=false}; {@code plie.jdbc.enabled=false} turns the whole of it off.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"
        })
@ConditionalOnSingleCandidate(DataSource.class)
@ConditionalOnProperty(prefix = "plie.jdbc", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(PlieProperties.class)
public class PlieJdbcAutoConfiguration {
    /**
     * The clock that stamps the audit trail, unless the application has one.
     *
     * @return the system clock, in the default time zone
     */
    @Bean
    @ConditionalOnMissingBean
    public Clock plieClock() {
        return Clock.systemDefaultZone();
    }

    /**
     * plie's store on the application's data source, with the prefix, schema and retention of {@code plie.jdbc}.
     *
     * @param dataSource the application's data source
     * @param clock the clock that stamps the audit trail
     * @param properties the {@code plie.*} properties
     * @return the store
     */
    @Bean
    @ConditionalOnMissingBean
    public PlieJdbc plieJdbc(DataSource dataSource, Clock clock, PlieProperties properties) {
        PlieProperties.Jdbc jdbc = properties.jdbc();
        PlieJdbc.Builder builder =
                PlieJdbc.builder().dataSource(dataSource).clock(clock).tablePrefix(jdbc.tablePrefix());
        if (jdbc.schema() != null && !jdbc.schema().isBlank()) {
            builder.schema(jdbc.schema());
        }
        if (jdbc.retention() != null) {
            builder.retention(jdbc.retention());
        }
        return builder.build();
    }

    /**
     * Runs plie's migrations once the application's have run.
     *
     * @param plie plie's store
     * @return the migration, run once the bean is initialised
     */
    @Bean
    @ConditionalOnProperty(prefix = "plie.jdbc", name = "migrate", matchIfMissing = true)
    public PlieMigration plieMigration(PlieJdbc plie) {
        return new PlieMigration(plie);
    }

    /**
     * The Spring transactions on the application's data source, for {@link PlieJdbc#join} with other actors.
     *
     * @param dataSource the application's data source
     * @return the transactions
     */
    @Bean
    @ConditionalOnMissingBean
    public SpringTransaction plieTransaction(DataSource dataSource) {
        return new SpringTransaction(dataSource);
    }

    /**
     * The repositories recorded in the audit trail as {@code plie.jdbc.actor}; for one actor per user, call
     * {@code plieJdbc.join(plieTransaction, userId)}.
     *
     * @param plie plie's store
     * @param transaction the Spring transactions the repositories join
     * @param properties the {@code plie.*} properties
     * @param migration plie's migration, if enabled: it runs before the repositories are handed out
     * @return the repositories
     */
    @Bean
    @ConditionalOnMissingBean
    public PlieRepositories plieRepositories(
            PlieJdbc plie,
            SpringTransaction transaction,
            PlieProperties properties,
            ObjectProvider<PlieMigration> migration) {
        migration.ifAvailable(m -> {}); // the tables exist before the first repository is handed out
        return plie.join(transaction, properties.jdbc().actor());
    }

    /**
     * The participant repository of {@link #plieRepositories}.
     *
     * @param repositories plie's repositories
     * @return the participant repository
     */
    @Bean
    @ConditionalOnMissingBean
    public ParticipantRepository plieParticipantRepository(PlieRepositories repositories) {
        return repositories.participants();
    }

    /** The parcours repository, timed when Micrometer is there and {@code plie.metrics.enabled} is not false. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    @ConditionalOnProperty(prefix = "plie.metrics", name = "enabled", matchIfMissing = true)
    static class Metered {
        @Bean
        @ConditionalOnMissingBean
        ParcoursRepository plieTimedParcoursRepository(
                PlieRepositories repositories, ObjectProvider<MeterRegistry> registry) {
            MeterRegistry meters = registry.getIfAvailable();
            return meters == null
                    ? repositories.parcours()
                    : new TimedParcoursRepository(repositories.parcours(), meters);
        }
    }

    /**
     * The parcours repository of {@link #plieRepositories}.
     *
     * @param repositories plie's repositories
     * @return the parcours repository
     */
    @Bean
    @ConditionalOnMissingBean
    public ParcoursRepository plieParcoursRepository(PlieRepositories repositories) {
        return repositories.parcours();
    }
}
