/** JMH benchmarks of plie, each measured against the baseline a user would pick instead, in the same run. */
package fr.plie.benchmarks;
