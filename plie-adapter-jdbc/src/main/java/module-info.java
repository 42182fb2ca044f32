/** plie-adapter-jdbc: the core's repositories on H2, PostgreSQL and MariaDB, with plie's Flyway migrations. */
module fr.plie.adapter.jdbc {
    requires transitive fr.plie.core;
    requires transitive java.sql;
    requires flyway.core;
    // bulk inserts through the COPY protocol when the database is PostgreSQL (the application brings the driver)
    requires static org.postgresql.jdbc;

    exports fr.plie.adapter.jdbc;
}
