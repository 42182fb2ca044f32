package fr.plie.adapter.jdbc;

import fr.plie.core.common.Rejection;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Where a repository gets its connection and how its writes are made atomic: either its own transaction on a
 * connection from the caller's {@link DataSource}, or a savepoint inside the caller's open transaction.
 */
abstract class UnitOfWork {
    /**
     * Runs {@code work} atomically: committed (or released into the caller's transaction) when it returns a
     * right, rolled back when it returns a left or throws. An {@link SQLException} becomes a {@link
     * PlieJdbcException}.
     */
    abstract <T> Either<Rejection, T> atomically(String operation, SqlWork<Either<Rejection, T>> work);

    /** A connection for a streaming read: autocommit off so that PostgreSQL uses a cursor. */
    abstract Connection openForStream() throws SQLException;

    /** Ends the read opened by {@link #openForStream()}. */
    abstract void closeStream(Connection connection) throws SQLException;

    /**
     * Whether {@code connection}, opened by {@link #openForStream()}, is this unit's own: autocommit off and every
     * query of the stream in one repeatable-read snapshot, so a stream may keep several cursors open on it. A
     * caller's connection is not: its transaction and isolation are the caller's.
     */
    abstract boolean ownsStream(Connection connection);

    static UnitOfWork own(DataSource dataSource) {
        return new Own(dataSource);
    }

    static UnitOfWork joining(Connection connection) {
        return new Joined(connection);
    }

    static UnitOfWork ambient(DataSource dataSource, AmbientTransaction transaction) {
        return new Ambient(dataSource, transaction);
    }

    /** In the framework's transaction when one is open in the calling thread, else in one of its own. */
    private static final class Ambient extends UnitOfWork {
        private final Own own;
        private final AmbientTransaction transaction;
        /** The framework's connections handed to open streams, released when the stream ends. */
        private final java.util.Set<Connection> borrowed = java.util.concurrent.ConcurrentHashMap.newKeySet();

        Ambient(DataSource dataSource, AmbientTransaction transaction) {
            this.own = new Own(dataSource);
            this.transaction = Objects.requireNonNull(transaction, "transaction");
        }

        @Override
        <T> Either<Rejection, T> atomically(String operation, SqlWork<Either<Rejection, T>> work) {
            java.util.Optional<Connection> current = transaction.connection();
            if (current.isEmpty()) {
                return own.atomically(operation, work);
            }
            try {
                return new Joined(current.get()).atomically(operation, work);
            } finally {
                transaction.release(current.get());
            }
        }

        @Override
        Connection openForStream() throws SQLException {
            java.util.Optional<Connection> current = transaction.connection();
            if (current.isEmpty()) {
                return own.openForStream();
            }
            borrowed.add(current.get());
            return current.get();
        }

        @Override
        boolean ownsStream(Connection connection) {
            return !borrowed.contains(connection) && own.ownsStream(connection);
        }

        @Override
        void closeStream(Connection connection) throws SQLException {
            if (borrowed.remove(connection)) {
                transaction.release(connection);
            } else {
                own.closeStream(connection);
            }
        }
    }

    /** Each operation in its own transaction, on a connection that it closes. */
    private static final class Own extends UnitOfWork {
        private final DataSource dataSource;
        /** The isolation each open stream's connection had, restored when the stream ends (pools reuse it). */
        private final java.util.Map<Connection, Integer> isolationBefore =
                new java.util.concurrent.ConcurrentHashMap<>();

        Own(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        @Override
        <T> Either<Rejection, T> atomically(String operation, SqlWork<Either<Rejection, T>> work) {
            return retried(operation, () -> {
                try (Connection c = dataSource.getConnection()) {
                    return inTransaction(c, work);
                }
            });
        }

        @Override
        Connection openForStream() throws SQLException {
            Connection c = dataSource.getConnection();
            try {
                c.setAutoCommit(false);
                c.setReadOnly(true);
                // a stream reads page after page in several queries: one snapshot for all of them
                isolationBefore.put(c, c.getTransactionIsolation());
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                return c;
            } catch (SQLException | RuntimeException e) {
                isolationBefore.remove(c);
                c.close();
                throw e;
            }
        }

        @Override
        boolean ownsStream(Connection connection) {
            return isolationBefore.containsKey(connection);
        }

        @Override
        void closeStream(Connection connection) throws SQLException {
            try {
                connection.rollback();
                Integer before = isolationBefore.remove(connection);
                if (before != null) {
                    connection.setTransactionIsolation(before);
                }
                connection.setReadOnly(false);
                connection.setAutoCommit(true);
            } finally {
                isolationBefore.remove(connection);
                connection.close();
            }
        }
    }

    /** Inside the caller's transaction: never commits it, never closes the connection. */
    private static final class Joined extends UnitOfWork {
        private final Connection connection;

        Joined(Connection connection) {
            this.connection = Objects.requireNonNull(connection, "connection");
        }

        @Override
        <T> Either<Rejection, T> atomically(String operation, SqlWork<Either<Rejection, T>> work) {
            try {
                if (connection.getAutoCommit()) {
                    // the caller has no transaction open: this operation is one, run again if given up
                    return retried(operation, () -> inTransaction(connection, work));
                }
                // inside the caller's transaction: a deadlock aborts all of it, so only the caller can run it again
                Savepoint savepoint = connection.setSavepoint();
                Either<Rejection, T> result;
                try {
                    result = work.apply(connection);
                } catch (SQLException | RuntimeException e) {
                    rollbackQuietly(connection, savepoint, e);
                    throw e;
                }
                if (result.isLeft()) {
                    connection.rollback(savepoint);
                } else {
                    connection.releaseSavepoint(savepoint);
                }
                return result;
            } catch (SQLException e) {
                throw new PlieJdbcException(operation, e);
            }
        }

        @Override
        Connection openForStream() {
            return connection;
        }

        @Override
        void closeStream(Connection c) {
            // the caller's connection stays open, in the caller's transaction
        }

        @Override
        boolean ownsStream(Connection c) {
            return false;
        }

        private static void rollbackQuietly(Connection c, Savepoint savepoint, Exception failure) {
            try {
                c.rollback(savepoint);
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
        }
    }

    /**
     * A transaction is run this many times in all when the database gives it up to break a deadlock or a
     * serialisation conflict ({@link #givenUp}); each attempt rolled back first, so nothing is half-written.
     */
    static final int ATTEMPTS = 5;

    /** One attempt at a whole transaction. */
    @FunctionalInterface
    interface Attempt<T> {
        T run() throws SQLException;
    }

    /**
     * Runs {@code attempt}, again after a growing random pause (so that two transactions that deadlocked do not
     * meet again) while the database gives it up, at most {@link #ATTEMPTS} times; the one place where plie's
     * own transactions are retried. Any other failure, or the last one, becomes a {@link PlieJdbcException}.
     */
    static <T> T retried(String operation, Attempt<T> attempt) {
        for (int n = 1; ; n++) {
            try {
                return attempt.run();
            } catch (SQLException e) {
                if (!givenUp(e) || n == ATTEMPTS) {
                    throw new PlieJdbcException(operation, e);
                }
                pause(n);
            }
        }
    }

    /**
     * Whether the database rolled the transaction back to break a deadlock or a serialisation conflict: SQL state
     * 40001 (serialization failure; MariaDB's deadlock 1213 too) or 40P01 (PostgreSQL's deadlock).
     */
    static boolean givenUp(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && ("40001".equals(sql.getSQLState())
                            || "40P01".equals(sql.getSQLState())
                            || sql.getErrorCode() == MARIADB_DEADLOCK)) {
                return true;
            }
        }
        return false;
    }

    /** MariaDB's and MySQL's ER_LOCK_DEADLOCK. */
    private static final int MARIADB_DEADLOCK = 1213;

    private static void pause(int attempt) {
        long base = 20L << attempt;
        try {
            Thread.sleep(base + java.util.concurrent.ThreadLocalRandom.current().nextLong(base));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running a transaction again", e);
        }
    }

    static <T> Either<Rejection, T> inTransaction(Connection c, SqlWork<Either<Rejection, T>> work)
            throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        if (autoCommit) {
            c.setAutoCommit(false);
        }
        try {
            Either<Rejection, T> result = work.apply(c);
            if (result.isRight()) {
                c.commit();
            } else {
                c.rollback();
            }
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw e;
        } finally {
            if (autoCommit) {
                try {
                    c.setAutoCommit(true);
                } catch (SQLException ignored) {
                    // the connection is broken; closing it discards the transaction anyway
                }
            }
        }
    }
}
