/**
 * The indicators a PLIE puts in front of its steering committee and the European Social Fund (seeds 001, 003,
 * 004; Regulation (EU) 2021/1057, Annex I), computed in one pass by mergeable accumulators.
 */
package fr.plie.reporting.indicator;
