package org.ripple.bench;

import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.impact.Multipliers;

/**
 * The benchmarks every solver benchmark shares, on the prebuilt {@link #system} its subclass's setup makes: one
 * scenario solve (Type I and Type II) of a closure-like {@link #demand}, and the whole multiplier table. JMH runs them
 * for each concrete subclass, under its own name ({@code SolverBenchmark.scenarioSolveTypeI}, ...). Inputs sit in
 * non-final state fields and every benchmark returns its result (JMH samples: no dead code, no constant folding).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
public abstract class ScenarioSolves {
  LeontiefSystem system;
  double[] demand;

  /** A closure-like shock on n sectors, seeded by n: up to seven sectors lose 10 to 100 of final demand, one gains 25. */
  static double[] closureDemand(int n) {
    double[] d = new double[n];
    SplittableRandom rnd = new SplittableRandom(7L * n);
    for (int k = 0; k < Math.min(n, 7); k++) {
      d[rnd.nextInt(n)] -= 10 + 90 * rnd.nextDouble();
    }
    d[rnd.nextInt(n)] += 25;
    return d;
  }

  /** One scenario solve {@code (I - A) dx = d} on the prebuilt system (to 1e-10 when iterative). */
  @Benchmark
  public double[] scenarioSolveTypeI() {
    return system.solveTypeI(demand);
  }

  /** One household-closed (Type II) scenario solve. */
  @Benchmark
  public double[] scenarioSolveTypeII() {
    return system.solveTypeII(demand);
  }

  /** The whole multiplier table: output, jobs, income and value added, Type I and II. */
  @Benchmark
  public Multipliers multiplierTable() {
    return Multipliers.of(system);
  }
}
