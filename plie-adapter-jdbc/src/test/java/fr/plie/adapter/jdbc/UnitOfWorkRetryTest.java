package fr.plie.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plie.adapter.jdbc.testing.DatabaseServer;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How often the unit of work runs a transaction again: only when given up, and a bounded number of times. */
class UnitOfWorkRetryTest {
    private final TestDatabase db = TestDatabase.open(DatabaseServer.H2);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void a_transaction_given_up_every_time_fails_after_a_bounded_number_of_attempts() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> UnitOfWork.own(db.dataSource).atomically("saving x", c -> {
                    attempts.incrementAndGet();
                    throw new SQLException("deadlock", "40P01");
                }))
                .isInstanceOfSatisfying(PlieJdbcException.class, e -> {
                    assertThat(e.isTransient()).isTrue();
                    assertThat(e).hasMessage("saving x failed (SQL state 40P01)");
                });
        assertThat(attempts).hasValue(UnitOfWork.ATTEMPTS);
    }

    @Test
    void mariadbs_deadlock_error_is_run_again_and_another_failure_is_not() throws Exception {
        AtomicInteger attempts = new AtomicInteger();

        Either<?, Integer> result = UnitOfWork.own(db.dataSource).atomically("saving x", c -> {
            if (attempts.incrementAndGet() == 1) {
                throw new SQLException("Deadlock found when trying to get lock", "HY000", 1213);
            }
            return Either.right(attempts.get());
        });
        AtomicInteger once = new AtomicInteger();
        try (Connection connection = db.dataSource.getConnection()) {
            assertThatThrownBy(() -> UnitOfWork.joining(connection).atomically("saving y", c -> {
                        once.incrementAndGet();
                        throw new SQLException("duplicate key", "23505");
                    }))
                    .isInstanceOf(PlieJdbcException.class);
        }

        assertThat(result.get()).isEqualTo(2);
        assertThat(once).hasValue(1);
    }
}
