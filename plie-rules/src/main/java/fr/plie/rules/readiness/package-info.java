/**
 * Connects the exit engine to the alerts, which know each other only through the {@link
 * fr.plie.rules.alert.ExitReadiness} port so that either can be replaced by a PLIE's own.
 */
package fr.plie.rules.readiness;
