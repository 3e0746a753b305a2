package org.ripple.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;
import org.ripple.core.Model;
import org.ripple.core.synthetic.SyntheticModel;
import org.ripple.core.impact.LeontiefSystem;

/**
 * Propagation kernels on synthetic dense models of n sectors ({@link SyntheticModel#dense}): building (factoring) a
 * system and solving one scenario ({@link #factorAndSolve}), and, inherited from {@link ScenarioSolves}, solving on a
 * prebuilt system (Type I and Type II) and the full multiplier table (8 transposed solves).
 *
 * <p>Defaults fit a 2-core machine: one fork, short warm-up; n = 2000 factorisations take seconds each, so the
 * "factor" benchmarks dominate the run time at that size.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
public class PropagationBenchmark extends ScenarioSolves {
  @Param({"23", "500", "2000"})
  int n;

  Model model;

  @Setup
  public void setUp() {
    model = SyntheticModel.dense(n, 20260101L + n);
    system = LeontiefSystem.of(model);
    demand = closureDemand(n);
  }

  /** Builds the system (A, satellites, Perron bounds, LU of I - A and I - Abar) and solves one scenario. */
  @Benchmark
  public double[] factorAndSolve() {
    return LeontiefSystem.of(model).solveTypeI(demand);
  }
}
