package org.ripple.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * What the benchmarks of a large model's files and arrays share ({@link CsrBuildBenchmark},
 * {@link ModelFilesBenchmark}, {@link WriterBenchmark}): the average time of one operation in milliseconds, five
 * measured iterations of two seconds. Each subclass sets its sizes, its warm-up and its fork's heap; JMH takes the rest from here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 2)
public abstract class LargeModelSizes {
}
