package fr.plie.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The options of {@code plie serve} become the Spring Boot properties they stand for; others pass through. */
class ServeArgumentsTest {
    @Test
    void port_and_database_options_become_boot_properties_in_both_spellings() {
        assertThat(ServeArguments.toSpring(new String[] {
                    "serve",
                    "--port",
                    "9090",
                    "--jdbc-url=jdbc:postgresql://db/plie",
                    "--user",
                    "plie",
                    "--plie.as-of=2027-12-31"
                }))
                .containsExactly(
                        "--server.port=9090",
                        "--spring.datasource.url=jdbc:postgresql://db/plie",
                        "--spring.datasource.username=plie",
                        "--plie.as-of=2027-12-31");
    }

    @Test
    void an_option_without_its_value_is_refused() {
        assertThatThrownBy(() -> ServeArguments.toSpring(new String[] {"--port"}))
                .hasMessageContaining("--port");
    }
}
