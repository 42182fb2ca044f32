package fr.plie.core.parcours;

import java.util.stream.Stream;

/**
 * Port: what a report over a period reads, shaped by that use: every parcours that concerns the period, each with
 * its participant, read together (the JDBC adapter reads each table once, sorted by parcours, or by pages of
 * parcours with their participants in one query per page: no lookup per parcours). Implemented by the JDBC adapter
 * ({@code PlieRepositories}), and in memory in tests.
 */
public interface ReportingSource {
    /**
     * Streams, in id order and without loading them all, the parcours referred during {@code period} (first
     * receptions, even refused or pending) or active at some day of it ({@link Parcours#isActiveBetween}), each
     * with its participant. A superset is allowed: the reader decides what it counts. The caller closes the
     * stream.
     *
     * @param period the period
     * @return the parcours with their participants, to close after use
     */
    Stream<ParcoursWithParticipant> streamConcerning(ReportingPeriod period);
}
