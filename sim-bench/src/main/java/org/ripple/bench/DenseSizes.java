package org.ripple.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the dense-kernel benchmarks share ({@link DenseLuBenchmark}, {@link ExtractionBenchmark}): n = 1,000, 2,000
 * and 5,000, single shots (at n = 5,000 one operation takes seconds) in milliseconds, one fork whose heap holds a few
 * n x n matrices. JMH takes these annotations and the parameter from the superclass.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx6g"})
public abstract class DenseSizes {
  @Param({"1000", "2000", "5000"})
  int n;
}
