package fr.plie.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plie.adapter.jdbc.PlieJdbc;
import fr.plie.core.fixture.ProfileFixture;
import fr.plie.core.participant.ParticipantId;
import fr.plie.core.participant.ParticipantRepository;
import fr.plie.rules.exit.ExitPolicy;
import fr.plie.spring.boot.app.EnrolmentApplication;
import fr.plie.spring.boot.app.Enrolments;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Period;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A real Boot application (its own Flyway schema, a {@code @Transactional} service) started with the starter on
 * H2 and, when {@code PLIE_TEST_POSTGRES_URL} is set, on PostgreSQL in a schema of its own.
 */
class StarterApplicationTest {
    @Test
    void onH2() {
        runApplication("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "PLIE_TEST_POSTGRES_URL", matches = ".+")
    void onPostgresql() throws Exception {
        String url = System.getenv("PLIE_TEST_POSTGRES_URL");
        String schema = "boot_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        }
        try {
            runApplication(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        } finally {
            try (Connection c = DriverManager.getConnection(url);
                    Statement s = c.createStatement()) {
                s.execute("drop schema " + schema + " cascade");
            }
        }
    }

    private static void runApplication(String jdbcUrl) {
        SpringApplication app = new SpringApplication(EnrolmentApplication.class);
        try (ConfigurableApplicationContext context = app.run(
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.main.banner-mode=off",
                "--plie.exit.preset=toulouse-2015-2020",
                "--plie.exit.overrides.followUp=P6M1D")) {
            Enrolments enrolments = context.getBean(Enrolments.class);
            ParticipantRepository participants = context.getBean(ParticipantRepository.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);

            enrolments.enrol(ProfileFixture.participant("P-OK"), "F-1", false);
            assertThatThrownBy(() -> enrolments.enrol(ProfileFixture.participant("P-KO"), "F-2", true))
                    .hasMessage("billing refused");

            assertThat(participants.findById(ParticipantId.of("P-OK")).isDefined())
                    .isTrue();
            assertThat(participants.findById(ParticipantId.of("P-KO")).isDefined())
                    .isFalse();
            assertThat(jdbc.queryForList("select id from invoice", String.class))
                    .containsExactly("F-1");
            assertThat(context.getBean(ExitPolicy.class).followUp()).isEqualTo(Period.parse("P6M1D"));
            assertThat(context.getBean(PlieJdbc.class).pendingMigrations()).isZero();
            assertThat(context.getBean(PlieHealthIndicator.class).health(false).getStatus())
                    .isEqualTo(Status.UP);
        }
    }
}
