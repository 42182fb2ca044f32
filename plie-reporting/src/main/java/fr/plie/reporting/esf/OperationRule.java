package fr.plie.reporting.esf;

/**
 * How a parcours that spans several ESF+ operations is recorded ("one participant = one operation", docs/esf.md).
 */
public enum OperationRule {
    /**
     * One record per operation the parcours overlaps: it enters each on the later of its entry and the
     * operation's start, and leaves each on the earlier of its exit and the operation's end (a technical exit when
     * the parcours goes on into the next operation). The default: yearly operations report their own leavers.
     */
    SPLIT_AT_OPERATION_BOUNDARIES,
    /**
     * One record only, in the first operation the parcours overlaps, from entry to the parcours' own exit even
     * when it falls after the operation's end (for multi-year operations or a managing authority that asks it).
     */
    FIRST_OPERATION_ONLY
}
