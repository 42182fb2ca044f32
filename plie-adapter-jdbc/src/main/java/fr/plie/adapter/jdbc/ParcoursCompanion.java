package fr.plie.adapter.jdbc;

import fr.plie.core.parcours.Parcours;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

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

    /** The sorted reads of a companion, taken parcours after parcours in the stream's order. */
    interface Sorted<T> extends AutoCloseable {
        /** What the stream yields for {@code parcours}, the next parcours of the sorted reads. */
        T join(Parcours parcours) throws SQLException;

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
                    public Parcours join(Parcours parcours) {
                        return parcours;
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
