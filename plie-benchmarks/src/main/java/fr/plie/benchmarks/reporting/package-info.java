/** Benchmarks of the one-pass, mergeable indicator report against a naive multi-pass computation. */
package fr.plie.benchmarks.reporting;
