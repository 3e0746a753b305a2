package org.ripple.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.ripple.core.Model;
import org.ripple.core.synthetic.SyntheticModel;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.impact.Multipliers;

/**
 * Propagation kernels on synthetic dense models of n sectors ({@link SyntheticModel#dense}): building (factoring) a
 * system and solving one scenario, solving on a prebuilt system (Type I and Type II), and the full multiplier table.
 * Inputs live in non-final state fields and every benchmark returns its result, as the JMH samples recommend.
 *
 * <p>Defaults fit a 2-core machine: one fork, short warm-up; n = 2000 factorisations take seconds each, so the
 * "factor" benchmarks dominate the run time at that size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
public class PropagationBenchmark {
  @Param({"23", "500", "2000"})
  int n;

  Model model;
  LeontiefSystem system;
  double[] demand;

  @Setup
  public void setUp() {
    model = SyntheticModel.dense(n, 20260101L + n);
    system = LeontiefSystem.of(model);
    demand = new double[n];
    SplittableRandom rnd = new SplittableRandom(7L * n);
    // a closure-like shock: a few sectors lose final demand, one gains
    for (int k = 0; k < Math.min(n, 7); k++) {
      demand[rnd.nextInt(n)] -= 10 + 90 * rnd.nextDouble();
    }
    demand[rnd.nextInt(n)] += 25;
  }

  /** Builds the system (A, satellites, Perron bounds, LU of I - A and I - Abar) and solves one scenario. */
  @Benchmark
  public double[] factorAndSolve() {
    return LeontiefSystem.of(model).solveTypeI(demand);
  }

  /** One Type I scenario solve on a prebuilt system: two triangular solves, O(n^2). */
  @Benchmark
  public double[] solveTypeI() {
    return system.solveTypeI(demand);
  }

  /** One Type II (household-closed) solve on a prebuilt system. */
  @Benchmark
  public double[] solveTypeII() {
    return system.solveTypeII(demand);
  }

  /** Every multiplier (output, jobs, income, value added; Type I and II): 8 transposed solves. */
  @Benchmark
  public Multipliers multiplierTable() {
    return Multipliers.of(system);
  }
}
