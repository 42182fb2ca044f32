/**
 * Generated PLIE files for the benchmarks: realistic parcours with their participants' profiles, drawn from a
 * fixed seed so that every benchmark, SQL baseline and memory run measures the same data.
 */
package fr.plie.benchmarks.data;
