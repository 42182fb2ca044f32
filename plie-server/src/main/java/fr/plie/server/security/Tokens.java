package fr.plie.server.security;

import fr.plie.core.common.Id;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The API tokens: {@link #add} makes a random token and keeps only its SHA-256, so a copy of the database gives
 * no access. The server's own table lives beside plie's, migrated by its own Flyway history
 * ({@code plie_server_schema_history}) so that the library's migrations stay the library's.
 */
public final class Tokens {
    /** A token as stored: its name (the actor recorded in the audit trail) and its role. */
    public record Holder(String name, Role role) {}

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long CACHE_MILLIS = 10_000;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    /** Hash to holder, for a few seconds: a load of requests with one token reads the table once. */
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Optional<Holder> holder, long until) {}

    public Tokens(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
    }

    /** Creates or upgrades the server's table. */
    public void migrate() {
        Flyway.configure(Tokens.class.getClassLoader())
                .dataSource(jdbc.getDataSource())
                .locations("classpath:db/plie-server/migration")
                .table("plie_server_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    /**
     * Stores a new token for {@code name} with {@code role} and returns it: the only time it is seen.
     *
     * @throws IllegalArgumentException when the name is not an id (1 to 64 letters, digits, {@code .-_:})
     */
    public String add(String name, Role role) {
        Id.require(name, "token name");
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "plie_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.update(
                "INSERT INTO plie_server_token (hash, name, role, created_at) VALUES (?, ?, ?, ?)",
                hash(token),
                name,
                role.name(),
                Timestamp.from(Instant.now(clock)));
        return token;
    }

    /** Deletes every token of {@code name}; returns how many. */
    public int revoke(String name) {
        cache.clear();
        return jdbc.update("DELETE FROM plie_server_token WHERE name = ?", name);
    }

    /** The names and roles of the stored tokens. */
    public List<Holder> list() {
        return jdbc.query(
                "SELECT name, role FROM plie_server_token ORDER BY name",
                (rs, i) -> new Holder(rs.getString(1), Role.valueOf(rs.getString(2))));
    }

    /** Who holds {@code token}, if anyone. */
    public Optional<Holder> find(String token) {
        String hash = hash(token);
        long now = clock.millis();
        Cached cached = cache.get(hash);
        if (cached != null && cached.until() > now) {
            return cached.holder();
        }
        List<Holder> found = jdbc.query(
                "SELECT name, role FROM plie_server_token WHERE hash = ?",
                (rs, i) -> new Holder(rs.getString(1), Role.valueOf(rs.getString(2))),
                hash);
        Optional<Holder> holder = found.stream().findFirst();
        if (cache.size() > 10_000) {
            cache.clear();
        }
        cache.put(hash, new Cached(holder, now + CACHE_MILLIS));
        return holder;
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
