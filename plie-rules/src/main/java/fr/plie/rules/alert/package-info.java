/**
 * Alerts on parcours and referents, what users of parcours software ask for: long idle periods between steps
 * (seed 002: "éviter au maximum de longues périodes de veille"), overdue monthly contact with people in
 * subsidised contracts (seed 002: "rendez-vous ou contacts mensuels"), contracts and trainings ending soon, an
 * exit that could be pronounced but is not proposed or lacks evidence, and referents over capacity (seed 004:
 * 90 participants per full-time referent). Each alert is a value with a stable code and French and English
 * texts; the thresholds are an {@link fr.plie.rules.alert.AlertPolicy}.
 */
package fr.plie.rules.alert;
