package fr.plie.adapter.jdbc;

import fr.plie.core.parcours.Parcours;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;

/**
 * Walks the rows of {@link ParcoursQuery} and yields one parcours each time the parcours id changes: memory
 * holds one parcours at a time, whatever the number of rows.
 */
final class ParcoursCursor extends Spliterators.AbstractSpliterator<Parcours> {
    private final ResultSet rows;
    private ParcoursAssembler current;
    private boolean exhausted;

    ParcoursCursor(ResultSet rows) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.rows = rows;
    }

    @Override
    public boolean tryAdvance(Consumer<? super Parcours> action) {
        if (exhausted) {
            return false;
        }
        try {
            while (rows.next()) {
                String id = rows.getString(1);
                if (current == null) {
                    current = new ParcoursAssembler(id);
                } else if (!current.id().equals(id)) {
                    Parcours done = current.build();
                    current = new ParcoursAssembler(id);
                    current.accept(rows);
                    action.accept(done);
                    return true;
                }
                current.accept(rows);
            }
        } catch (SQLException e) {
            throw new PlieJdbcException("reading parcours", e);
        }
        exhausted = true;
        if (current == null) {
            return false;
        }
        Parcours last = current.build();
        current = null;
        action.accept(last);
        return true;
    }
}
