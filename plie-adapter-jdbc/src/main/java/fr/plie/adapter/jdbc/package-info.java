/**
 * plie's JDBC adapter: the core repository ports over H2, PostgreSQL or MariaDB, with Flyway migrations shipped
 * in the jar, optimistic locking, an audit trail, GDPR erasure and retention, and streaming reads for reporting.
 * Start from {@link fr.plie.adapter.jdbc.PlieJdbc#builder()}; the implementations are package-private.
 */
package fr.plie.adapter.jdbc;
