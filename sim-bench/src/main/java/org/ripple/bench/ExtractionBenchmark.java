package org.ripple.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.ripple.core.explain.Linkages;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.linalg.SolverKind;
import org.ripple.core.synthetic.SyntheticModel;

/**
 * All-sector hypothetical extraction on seeded synthetic models of 30 % non-zero flows (the generator of
 * {@code ripple model generate}), on a system built once per trial. {@code linkagesWithExtraction} is what
 * {@code ripple linkages} computes after building the system: two solves and the diagonal of L. With
 * {@code DENSE_LU} the diagonal comes from the system's own factors (the two triangular inverses, about
 * {@code 2 n^3 / 3} flops); with {@code BICGSTAB} (what {@code SolverKind.auto} picks above 600 sectors) a dense
 * factorisation of I - A is made for it first (about {@code 4 n^3 / 3} flops in all). {@code inverseDiagonal} times
 * the diagonal alone. Single shots: at n = 5,000 one operation takes seconds.
 */
public class ExtractionBenchmark extends DenseSizes {
  @Param({"DENSE_LU", "BICGSTAB"})
  SolverKind kind;

  LeontiefSystem system;

  @Setup(Level.Trial)
  public void setUp() {
    system = LeontiefSystem.of(SyntheticModel.generate(n, 0.3, 20260101L + n), kind);
  }

  /** Backward and forward linkages and every sector's extraction. */
  @Benchmark
  public Linkages linkagesWithExtraction() {
    return Linkages.of(system, true);
  }

  /** The diagonal of {@code (I - A)^-1} alone. */
  @Benchmark
  public double[] inverseDiagonal() {
    return system.typeIInverseDiagonal();
  }
}
