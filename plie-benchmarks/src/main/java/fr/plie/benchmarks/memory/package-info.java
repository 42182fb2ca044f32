/**
 * Runs that must fit a limited heap, each a main listed in {@code MemoryRuns}: they print Markdown lines (what
 * was done, the time, the peak heap used) and exit with a non-zero status when the heap is too small.
 */
package fr.plie.benchmarks.memory;
