package fr.plie.core.archviolation;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Breaks every rule of {@code CoreArchitectureTest} on purpose, so that test can prove each rule fires. It
 * lives in the test sources, which the rules applied to plie-core's own classes leave out.
 */
public final class PlantedViolation {
    private static final Logger LOG = Logger.getLogger("plie");

    private PlantedViolation() {}

    static String everythingCoreMustNotDo(Connection connection) throws SQLException {
        LOG.info("reading the wall clock");
        System.out.println(LocalDate.now());
        connection.close();
        return UUID.randomUUID() + " " + org.assertj.core.api.Assertions.class.getSimpleName();
    }
}
