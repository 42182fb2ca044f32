package fr.plie.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The thread reading a stream ahead hands on every element in order, then the end or what failed it. */
class ReadAheadTest {
    @Test
    void every_element_comes_once_in_order_over_batches_and_a_partial_last_one() throws SQLException {
        AtomicInteger next = new AtomicInteger();
        List<Integer> taken = new ArrayList<>();
        try (ReadAhead<Integer> ahead =
                new ReadAhead<>("test-reader", () -> next.get() < 1003 ? next.getAndIncrement() : null, 10, 2)) {
            for (Integer i = ahead.next(); i != null; i = ahead.next()) {
                taken.add(i);
            }
            assertThat(ahead.next()).as("after the end").isNull();
        }
        assertThat(taken).hasSize(1003).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void a_database_failure_reaches_the_consumer_after_the_elements_read_before_it_and_again_after()
            throws SQLException {
        SQLException cut = new SQLException("connection lost", "08006");
        AtomicInteger next = new AtomicInteger();
        List<Integer> taken = new ArrayList<>();
        try (ReadAhead<Integer> ahead = new ReadAhead<>(
                "test-reader",
                () -> {
                    if (next.get() == 25) {
                        throw cut;
                    }
                    return next.getAndIncrement();
                },
                10,
                2)) {
            assertThatThrownBy(() -> {
                        for (Integer i = ahead.next(); i != null; i = ahead.next()) {
                            taken.add(i);
                        }
                    })
                    .isSameAs(cut);
            assertThatThrownBy(ahead::next)
                    .as("a stream that failed stays failed")
                    .isSameAs(cut);
        }
        assertThat(taken).hasSize(25);
    }

    @Test
    void a_runtime_failure_reaches_the_consumer_as_thrown() throws SQLException {
        IllegalStateException corrupt = new IllegalStateException("parcours PAR-9 has a gap in the positions");
        try (ReadAhead<Integer> ahead = new ReadAhead<>(
                "test-reader",
                () -> {
                    throw corrupt;
                },
                10,
                2)) {
            assertThatThrownBy(ahead::next).isSameAs(corrupt);
        }
    }

    @Test
    void closing_before_the_end_stops_the_reader_before_it_returns_and_reads_no_more() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        AtomicReference<Thread> reader = new AtomicReference<>();
        ReadAhead<Integer> ahead = new ReadAhead<>(
                "test-reader",
                () -> {
                    reader.set(Thread.currentThread());
                    return calls.getAndIncrement(); // endless: only closing ends it
                },
                10,
                2);
        assertThat(ahead.next()).isZero();
        ahead.close();

        assertThat(reader.get().isAlive()).isFalse();
        int after = calls.get();
        assertThat(after)
                .as("read ahead at most the queue, one batch filling and one element")
                .isLessThan(50);
        Thread.sleep(50);
        assertThat(calls.get()).as("nothing read once closed").isEqualTo(after);
        assertThatThrownBy(ahead::next).as("no wait for what will never come").hasMessage("the stream is closed");
    }

    @Test
    void closing_while_the_consumer_thread_is_interrupted_still_waits_for_the_reader() throws Exception {
        AtomicReference<Thread> reader = new AtomicReference<>();
        ReadAhead<Integer> ahead = new ReadAhead<>(
                "test-reader",
                () -> {
                    reader.set(Thread.currentThread());
                    return 1;
                },
                10,
                2);
        assertThat(ahead.next()).isEqualTo(1);
        Thread.currentThread().interrupt();
        ahead.close();

        assertThat(Thread.interrupted())
                .as("the interrupt is kept for the caller")
                .isTrue();
        assertThat(reader.get().isAlive()).isFalse();
    }
}
