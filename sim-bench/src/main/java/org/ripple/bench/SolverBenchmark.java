package org.ripple.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;
import org.ripple.core.Model;
import org.ripple.core.synthetic.SyntheticModel;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.linalg.SolverKind;

/**
 * The solver strategies side by side ({@code kind} is a {@link SolverKind} {@code @Param}, so each is the others'
 * baseline) on seeded synthetic models from {@link SyntheticModel}: dense-ish (30 % non-zero) up to n = 10,000 and
 * sparse (20 non-zeros per column) at n = 50,000 and 200,000. The system is built once per trial (for dense LU that is
 * the O(n^3) factorisation, not timed here; see {@link PropagationBenchmark#factorAndSolve}); the benchmarks,
 * inherited from {@link ScenarioSolves}, time a scenario solve (Type I and Type II, 8 sectors shocked) and the whole
 * multiplier table.
 *
 * <p>Dense LU is refused above 5,000 sectors (its factorisation alone would take minutes in pure Java and gigabytes):
 * the trial fails in setup with a message and JMH moves on to the next combination.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx6g"})
public class SolverBenchmark extends ScenarioSolves {
  /** Largest n for which the dense-LU trial is attempted. */
  static final int DENSE_LU_MAX = 5000;

  @Param({"23", "500", "2000", "5000", "10000", "50000", "200000"})
  int n;

  @Param({"DENSE_LU", "NEUMANN", "GAUSS_SEIDEL", "BICGSTAB"})
  SolverKind kind;

  Model model;

  /** 30 % non-zero up to 10,000 sectors, 20 non-zeros per column above. */
  static double density(int n) {
    return n <= 10_000 ? 0.3 : 20.0 / n;
  }

  @Setup(Level.Trial)
  public void setUp() {
    if (kind == SolverKind.DENSE_LU && n > DENSE_LU_MAX) {
      throw new IllegalStateException("dense LU is not benchmarked above " + DENSE_LU_MAX + " sectors (n = " + n
          + "); choose -p kind=NEUMANN,GAUSS_SEIDEL,BICGSTAB");
    }
    model = SyntheticModel.generate(n, density(n), 20260101L + n);
    system = LeontiefSystem.of(model, kind);
    demand = closureDemand(n);
  }
}
