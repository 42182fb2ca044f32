/**
 * The control a PLIE runs before an ESF audit: every recorded exit held against the exit rules. Recorded positive
 * exits the rules do not support, positive exits reachable but not proposed, exits lacking valid evidence, and
 * totals ({@link fr.plie.rules.audit.ExitAudit}).
 */
package fr.plie.rules.audit;
