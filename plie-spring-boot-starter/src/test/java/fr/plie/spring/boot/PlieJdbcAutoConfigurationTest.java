package fr.plie.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.adapter.jdbc.PlieJdbc;
import fr.plie.adapter.jdbc.PlieRepositories;
import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.fixture.ProfileFixture;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursRepository;
import fr.plie.core.participant.ParticipantId;
import fr.plie.core.participant.ParticipantRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The repositories on the application's data source (H2 here) inside its Spring transactions, plie's migrations
 * beside the application's Flyway, the health indicator and the metrics.
 */
class PlieJdbcAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    DataSourceAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class,
                    TransactionAutoConfiguration.class,
                    JdbcTemplateAutoConfiguration.class,
                    FlywayAutoConfiguration.class,
                    PlieJsonAutoConfiguration.class,
                    PlieJdbcAutoConfiguration.class,
                    PlieHealthAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");

    @Test
    void aRolledBackSpringTransactionTakesPliesWritesWithIt() {
        runner.run(context -> {
            ParticipantRepository participants = context.getBean(ParticipantRepository.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            TransactionTemplate tx = context.getBean(TransactionTemplate.class);
            tx.executeWithoutResult(status -> {
                participants.save(ProfileFixture.participant("P-ROLLED-BACK"));
                jdbc.update("insert into invoice values ('F-1', 'P-ROLLED-BACK')");
                status.setRollbackOnly();
            });
            assertThat(participants.findById(ParticipantId.of("P-ROLLED-BACK")).isDefined())
                    .isFalse();
            assertThat(jdbc.queryForObject("select count(*) from invoice", Integer.class))
                    .isZero();

            tx.executeWithoutResult(status -> {
                participants.save(ProfileFixture.participant("P-COMMITTED"));
                jdbc.update("insert into invoice values ('F-2', 'P-COMMITTED')");
            });
            assertThat(participants.findById(ParticipantId.of("P-COMMITTED")).isDefined())
                    .isTrue();
            assertThat(jdbc.queryForObject("select count(*) from invoice", Integer.class))
                    .isOne();
        });
    }

    @Test
    void aRejectedSaveInsideATransactionLeavesTheApplicationsWorkAlone() {
        runner.run(context -> {
            ParcoursRepository parcours = context.getBean(ParcoursRepository.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            Parcours referred = ParcoursFixture.referredOn("PAR-1", LocalDate.of(2024, 1, 8))
                    .referred();
            context.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
                jdbc.update("insert into invoice values ('F-3', 'P-1')");
                assertThat(parcours.save(referred, 0).isRight()).isTrue();
                assertThat(parcours.save(referred, 0).getLeft().code()).isEqualTo("parcours.stale-version");
            });
            assertThat(jdbc.queryForObject("select count(*) from invoice", Integer.class))
                    .isOne();
            assertThat(parcours.findById(referred.id()).isDefined()).isTrue();
        });
    }

    @Test
    void outsideATransactionEachSaveCommitsOnItsOwn() {
        runner.run(context -> {
            context.getBean(ParticipantRepository.class).save(ProfileFixture.participant("P-ALONE"));
            PlieRepositories other = context.getBean(PlieJdbc.class).repositories("check");
            assertThat(other.participants()
                            .findById(ParticipantId.of("P-ALONE"))
                            .isDefined())
                    .isTrue();
        });
    }

    @Test
    void pliesMigrationsRunAfterTheApplicationsFlywayOnTheirOwnHistory() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList(
                            "select \"script\" from \"flyway_schema_history\" where \"script\" like 'V%'",
                            String.class))
                    .containsExactly("V1__app_invoices.sql");
            assertThat(jdbc.queryForList(
                            "select \"script\" from \"plie_schema_history\" where \"script\" like 'V%'", String.class))
                    .contains("V1__plie_tables.sql")
                    .doesNotContain("V1__app_invoices.sql");
            assertThat(context.getBean(PlieMigration.class).applied()).isPositive();
            assertThat(context.getBean(PlieJdbc.class).pendingMigrations()).isZero();
        });
    }

    @Test
    void migrateFalseLeavesTheSchemaAloneAndHealthSaysSo() {
        runner.withPropertyValues("plie.jdbc.migrate=false").run(context -> {
            assertThat(context).doesNotHaveBean(PlieMigration.class);
            assertThat(context.getBean(PlieJdbc.class).appliedMigrations()).isEmpty();
            Health health = context.getBean(PlieHealthIndicator.class).health(true);
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat((Integer) health.getDetails().get("pendingMigrations")).isPositive();
        });
    }

    @Test
    void healthIsUpOnceMigratedWithTheSchemaVersion() {
        runner.run(context -> {
            Health health = context.getBean(PlieHealthIndicator.class).health(true);
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails())
                    .containsEntry("dialect", "H2")
                    .containsEntry("pendingMigrations", 0)
                    .containsEntry(
                            "schemaVersion",
                            context.getBean(PlieJdbc.class)
                                    .appliedMigrations()
                                    .get(context.getBean(PlieJdbc.class)
                                                    .appliedMigrations()
                                                    .size()
                                            - 1));
        });
    }

    @Test
    void theHealthIndicatorCanBeTurnedOff() {
        runner.withPropertyValues("management.health.plie.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(PlieHealthIndicator.class));
    }

    @Test
    void enabledFalseLeavesTheDatabaseAlone() {
        runner.withPropertyValues("plie.jdbc.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(PlieJdbc.class);
            assertThat(context).doesNotHaveBean(ParcoursRepository.class);
        });
    }

    @Test
    void savesAreTimedByOutcomeWithoutIdentifiers() {
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
            ParcoursRepository parcours = context.getBean(ParcoursRepository.class);
            Parcours referred = ParcoursFixture.referredOn("PAR-2", LocalDate.of(2024, 1, 8))
                    .referred();
            parcours.save(referred, 0);
            parcours.save(referred, 0);
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            assertThat(meters.get(TimedParcoursRepository.METER)
                            .tags("operation", "save", "outcome", "ok")
                            .timer()
                            .count())
                    .isOne();
            assertThat(meters.get(TimedParcoursRepository.METER)
                            .tags("operation", "save", "outcome", "parcours.stale-version")
                            .timer()
                            .count())
                    .isOne();
            assertThat(meters.getMeters().toString()).doesNotContain("PAR-2");
        });
    }

    @Test
    void metricsCanBeTurnedOff() {
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withPropertyValues("plie.metrics.enabled=false")
                .run(context -> assertThat(context.getBean(ParcoursRepository.class))
                        .isNotInstanceOf(TimedParcoursRepository.class));
    }
}
