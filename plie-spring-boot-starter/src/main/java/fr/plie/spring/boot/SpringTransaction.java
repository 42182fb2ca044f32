package fr.plie.spring.boot;

import fr.plie.adapter.jdbc.AmbientTransaction;
import java.sql.Connection;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The Spring transaction open in the calling thread, if any: plie's repositories then work on its connection
 * (the one {@code JdbcTemplate} and JPA use on the same data source) and commit or roll back with it.
 */
public final class SpringTransaction implements AmbientTransaction {
    private final DataSource dataSource;

    /**
     * The transactions Spring keeps for {@code dataSource}.
     *
     * @param dataSource the application's data source
     */
    public SpringTransaction(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public Optional<Connection> connection() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return Optional.empty();
        }
        return Optional.of(DataSourceUtils.getConnection(dataSource));
    }

    @Override
    public void release(Connection connection) {
        DataSourceUtils.releaseConnection(connection, dataSource);
    }
}
