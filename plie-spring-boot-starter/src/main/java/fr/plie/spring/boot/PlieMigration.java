package fr.plie.spring.boot;

import fr.plie.adapter.jdbc.PlieJdbc;
import org.springframework.beans.factory.InitializingBean;

/**
 * Runs plie's migrations at startup, on their own history table ({@code plie_schema_history} with the default
 * prefix), after the application's own Flyway or SQL initialisation: plie's tables appear only once the
 * application's migrations have run, so its Flyway never finds a schema it did not create.
 */
public final class PlieMigration implements InitializingBean {
    private final PlieJdbc plie;
    private int applied;

    PlieMigration(PlieJdbc plie) {
        this.plie = plie;
    }

    @Override
    public void afterPropertiesSet() {
        applied = plie.migrate();
    }

    /**
     * How many of plie's migrations this start applied (0 when the tables were up to date).
     *
     * @return the number of migrations applied
     */
    public int applied() {
        return applied;
    }
}
