/**
 * The one registry of named presets, exit and eligibility, that the exchange format, the command line and its
 * help all read ({@link fr.plie.rules.preset.PolicyPresets}).
 */
package fr.plie.rules.preset;
