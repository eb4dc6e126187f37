/**
 * Benchmarks of reading and validating atlases: JMH benchmarks ({@link
 * org.electionatlas.bench.ReadBenchmark}, {@link org.electionatlas.bench.ValidateBenchmark}, {@link
 * org.electionatlas.bench.RuleBenchmark}) and the programs {@code bench/run} times in fresh JVMs
 * against the floor of a plain Jackson pass ({@link org.electionatlas.bench.Floor}, {@link
 * org.electionatlas.bench.Load}, {@link org.electionatlas.bench.SchemaCheck}).
 */
@NullMarked
package org.electionatlas.bench;

import org.jspecify.annotations.NullMarked;
