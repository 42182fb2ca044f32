package fr.plie.adapter.jdbc;

import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The rows of an INSERT sent through PostgreSQL's COPY protocol (the driver's {@link CopyManager}, text format)
 * rather than as a JDBC batch: a bulk import then costs about what COPY costs. The values are bound exactly as on
 * the INSERT's statement ({@link #row()} records them), so there is one mapping of the aggregate to rows.
 */
final class CopyBatch extends Batch {
    private static final Pattern INSERT = Pattern.compile("INSERT INTO (\\S+) (\\([^)]*\\) )?VALUES \\(([?, ]*)\\)");
    /** Characters buffered before they are sent: a few MB, far fewer round trips than batches of 1,000 rows. */
    private static final int FLUSH_CHARS = 4 << 20;

    private final CopyManager copier;
    private final String copy;
    private final Object[] values;
    private final PreparedStatement recorder;
    private final StringBuilder rows = new StringBuilder();

    CopyBatch(Connection connection, String insert) throws SQLException {
        Matcher m = INSERT.matcher(insert);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an INSERT of bound values: " + insert);
        }
        this.copy = "COPY " + m.group(1) + " " + (m.group(2) == null ? "" : m.group(2)) + "FROM STDIN";
        this.values = new Object[m.group(3).split(",").length];
        this.copier = connection.unwrap(PGConnection.class).getCopyAPI();
        this.recorder = (PreparedStatement) Proxy.newProxyInstance(
                CopyBatch.class.getClassLoader(), new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setString", "setInt", "setLong", "setBoolean", "setObject" ->
                            values[(Integer) args[0] - 1] = args[1];
                        case "setNull" -> values[(Integer) args[0] - 1] = null;
                        default -> throw new UnsupportedOperationException(method.getName());
                    }
                    return null;
                });
    }

    @Override
    PreparedStatement row() {
        return recorder;
    }

    @Override
    void add() throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                rows.append('\t');
            }
            append(values[i]);
        }
        rows.append('\n');
        if (rows.length() >= FLUSH_CHARS) {
            flush();
        }
    }

    @Override
    void flush() throws SQLException {
        if (rows.length() > 0) {
            try {
                copier.copyIn(copy, new StringReader(rows.toString()));
            } catch (IOException e) {
                throw new SQLException("copying rows in", e);
            }
            rows.setLength(0);
        }
    }

    @Override
    public void close() {
        rows.setLength(0);
    }

    /** One value in COPY's text format: \N for NULL, t or f, ISO dates, text with its specials escaped. */
    private void append(Object value) {
        if (value == null) {
            rows.append("\\N");
        } else if (value instanceof Boolean b) {
            rows.append(b ? 't' : 'f');
        } else if (value instanceof String s) {
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '\\' -> rows.append("\\\\");
                    case '\n' -> rows.append("\\n");
                    case '\r' -> rows.append("\\r");
                    case '\t' -> rows.append("\\t");
                    default -> rows.append(ch);
                }
            }
        } else {
            rows.append(value); // numbers and LocalDate (ISO yyyy-mm-dd)
        }
    }
}
