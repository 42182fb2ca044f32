package fr.plie.adapter.jdbc;

import io.vavr.control.Option;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/** Binding and reading the optional values of the domain. */
final class Sql {
    private Sql() {}

    static void text(PreparedStatement ps, int index, Option<String> value) throws SQLException {
        if (value.isDefined()) {
            ps.setString(index, value.get());
        } else {
            ps.setNull(index, Types.VARCHAR);
        }
    }

    static void date(PreparedStatement ps, int index, LocalDate value) throws SQLException {
        ps.setObject(index, value);
    }

    static void date(PreparedStatement ps, int index, Option<LocalDate> value) throws SQLException {
        if (value.isDefined()) {
            ps.setObject(index, value.get());
        } else {
            ps.setNull(index, Types.DATE);
        }
    }

    static void bool(PreparedStatement ps, int index, Option<Boolean> value) throws SQLException {
        if (value.isDefined()) {
            ps.setBoolean(index, value.get());
        } else {
            ps.setNull(index, Types.BOOLEAN);
        }
    }

    static Option<String> text(ResultSet rs, int index) throws SQLException {
        return Option.of(rs.getString(index));
    }

    static LocalDate date(ResultSet rs, int index) throws SQLException {
        return rs.getObject(index, LocalDate.class);
    }

    static Option<LocalDate> optionalDate(ResultSet rs, int index) throws SQLException {
        return Option.of(rs.getObject(index, LocalDate.class));
    }
}
