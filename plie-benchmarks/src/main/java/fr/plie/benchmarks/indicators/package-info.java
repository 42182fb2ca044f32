/**
 * The positive exit rate, the active file and the job typology computed by SQL in PostgreSQL (the baseline a
 * PLIE's analyst would write), by plie-reporting fed by plie-adapter-jdbc's stream, and by plie-reporting fed
 * from memory, on the same generated parcours; checked equal before anything is measured.
 */
package fr.plie.benchmarks.indicators;
