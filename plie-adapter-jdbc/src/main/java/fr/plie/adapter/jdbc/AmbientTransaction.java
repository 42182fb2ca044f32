package fr.plie.adapter.jdbc;

import java.sql.Connection;
import java.util.Optional;

/**
 * The transaction a framework keeps open for the current thread (Spring's {@code @Transactional}, JTA), which
 * plie's repositories join when {@link PlieJdbc#join(AmbientTransaction, String)} made them: they then work on its
 * connection inside a savepoint and never commit, roll back or close it. With no transaction open, each operation
 * runs in its own transaction on a connection of the {@link PlieJdbc}'s data source.
 *
 * <p>Implementations are called from any thread and must be thread-safe.
 */
public interface AmbientTransaction {
    /**
     * The connection of the transaction open in the calling thread, or empty when none is.
     *
     * @return the connection, if a transaction is open
     */
    Optional<Connection> connection();

    /**
     * Hands back a connection {@link #connection()} gave, once plie's operation is over (it stays open).
     *
     * @param connection the connection to hand back
     */
    void release(Connection connection);
}
