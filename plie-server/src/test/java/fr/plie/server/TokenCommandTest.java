package fr.plie.server;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.server.security.Role;
import fr.plie.server.security.Tokens;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@code plie token add}: prints a token once and keeps only its hash. */
class TokenCommandTest {
    private final String url = "jdbc:h2:mem:tokens-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TokenCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void a_new_token_is_printed_alone_and_only_its_hash_is_stored() {
        String[] result = run("add", "--role", "referent", "--name", "REF-09", "--jdbc-url", url);
        assertThat(result[0]).isEqualTo("0");
        String token = result[1].strip();
        assertThat(token).startsWith("plie_").doesNotContain("\n");
        assertThat(result[2]).contains("REF-09");

        DriverManagerDataSource db = new DriverManagerDataSource(url);
        Tokens tokens = new Tokens(db, Clock.systemUTC());
        assertThat(tokens.find(token)).contains(new Tokens.Holder("REF-09", Role.REFERENT));
        List<String> stored = new JdbcTemplate(db).queryForList("SELECT hash FROM plie_server_token", String.class);
        assertThat(stored).hasSize(1).doesNotContain(token);
        assertThat(tokens.find(token + "x")).isEmpty();
    }

    @Test
    void an_unknown_role_or_a_name_that_is_not_an_id_is_refused() {
        assertThat(run("add", "--role", "boss", "--name", "x", "--jdbc-url", url)[0])
                .isEqualTo("2");
        String[] name = run("add", "--role", "admin", "--name", "Jean Dupont", "--jdbc-url", url);
        assertThat(name[0]).isEqualTo("2");
        assertThat(name[2]).contains("Nom invalide");
    }

    @Test
    void revoking_a_name_makes_its_tokens_unknown() {
        String token = run("add", "--role", "admin", "--name", "adm", "--jdbc-url", url)[1].strip();
        assertThat(run("revoke", "--name", "adm", "--jdbc-url", url)[1]).contains("1 jeton");
        assertThat(new Tokens(new DriverManagerDataSource(url), Clock.systemUTC()).find(token))
                .isEmpty();
    }
}
