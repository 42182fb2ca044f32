package fr.plie.adapter.jdbc;

import io.vavr.control.Option;
import java.time.Clock;
import java.time.Period;

/** The configuration every repository of one {@link PlieJdbc} shares. */
record Settings(
        Dialect dialect,
        Tables tables,
        Clock clock,
        int fetchSize,
        int streamBatch,
        Option<Period> retention,
        AuditLog audit) {}
