package fr.plie.adapter.jdbc;

import fr.plie.core.parcours.Parcours;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

/**
 * What a parcours stream yields for each parcours (the parcours alone, or with its participant), read in either
 * of the stream's two ways: by pages ({@link ParcoursPages}) or alongside rows sorted by parcours ({@link
 * SortedParcours}).
 */
interface ParcoursCompanion<T> {
    /** Turns one page of parcours into what the stream yields, reading more on the same connection if needed. */
    List<T> page(Connection connection, List<Parcours> page) throws SQLException;

    /**
     * Opens, on {@code connection}, what it reads for every parcours of the root table {@code p} matching {@code
     * filter} (bound by {@code binder}), sorted as {@link ParcoursQuery#sortedRoot} sorts them.
     */
    Sorted<T> sorted(Connection connection, String filter, ParcoursPages.Binder binder, int fetchSize)
            throws SQLException;

    /**
     * The sorted reads of a companion, taken parcours after parcours in the stream's order on the thread reading
     * ahead ({@link SortedParcours}); what they read is joined to the parcours once built, on the consumer's.
     */
    interface Sorted<T> extends AutoCloseable {
        /**
         * Reads what belongs to the next parcours of the sorted reads, whose id is {@code key} ({@link
         * SortedRows#nextKey()}); returns what turns that parcours, once built, into what the stream yields.
         */
        Function<Parcours, T> take(byte[] key) throws SQLException;

        /** Fails if rows are left that belong to no parcours yielded. */
        void requireDrained();

        @Override
        void close() throws SQLException;
    }

    /** The parcours alone. */
    static ParcoursCompanion<Parcours> alone() {
        return new ParcoursCompanion<>() {
            @Override
            public List<Parcours> page(Connection connection, List<Parcours> page) {
                return page;
            }

            @Override
            public Sorted<Parcours> sorted(
                    Connection connection, String filter, ParcoursPages.Binder binder, int fetchSize) {
                return new Sorted<>() {
                    @Override
                    public Function<Parcours, Parcours> take(byte[] key) {
                        return Function.identity();
                    }

                    @Override
                    public void requireDrained() {
                        // nothing read
                    }

                    @Override
                    public void close() {
                        // nothing opened
                    }
                };
            }
        };
    }
}
