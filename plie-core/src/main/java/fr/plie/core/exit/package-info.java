/**
 * The end of a parcours: its date and category (positive, administrative or other), the evidence that proves
 * the situation at the exit date (seed 002) and the committee's validation.
 */
package fr.plie.core.exit;
