package fr.plie.spring.boot;

import fr.plie.adapter.jdbc.PlieJdbc;
import java.util.List;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * {@code plie} in the health endpoint: up when the database answers and every migration shipped with plie is
 * applied; down with the number of pending migrations otherwise (a schema managed by hand that lags the jar).
 * Details: the dialect, the schema version and the pending migrations.
 */
public final class PlieHealthIndicator extends AbstractHealthIndicator {
    private final PlieJdbc plie;

    /**
     * The health of {@code plie}'s tables.
     *
     * @param plie plie's store
     */
    public PlieHealthIndicator(PlieJdbc plie) {
        super("plie health check failed");
        this.plie = plie;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        List<String> applied = plie.appliedMigrations();
        int pending = plie.pendingMigrations();
        builder.withDetail("dialect", plie.dialect().name())
                .withDetail("schemaVersion", applied.isEmpty() ? "none" : applied.get(applied.size() - 1))
                .withDetail("pendingMigrations", pending);
        if (pending == 0) {
            builder.up();
        } else {
            builder.down();
        }
    }
}
