package org.ripple.core.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one contract every {@link SolverKind} meets: on seeded random productive models (dense-ish and sparse, Type I and
 * the bordered Type II, plain and transposed, one right-hand side and a block), its solution agrees with a dense LU
 * reference to {@value #AGREEMENT} (relative, max norm), and an iterative solve reports a residual at or below its
 * tolerance, measured independently here.
 */
class LinearSolverContractTest {
  static final double AGREEMENT = 1e-9;

  /** A seeded random case: A (CSR), household border vectors, and right-hand sides. */
  record Case(String name, CsrMatrix a, double[] column, double[] row, long seed) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Case random(long seed, int n, double density, double minColSum, double maxColSum) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<int[]> ij = new ArrayList<>();
    List<Double> vals = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      List<Integer> rows = new ArrayList<>();
      List<Double> w = new ArrayList<>();
      double sum = 0;
      for (int i = 0; i < n; i++) {
        if (rnd.nextDouble() < density) {
          double v = rnd.nextDouble();
          rows.add(i);
          w.add(v);
          sum += v;
        }
      }
      if (rows.isEmpty()) {
        rows.add(rnd.nextInt(n));
        w.add(1.0);
        sum = 1.0;
      }
      double target = minColSum + (maxColSum - minColSum) * rnd.nextDouble();
      for (int k = 0; k < rows.size(); k++) {
        ij.add(new int[] {rows.get(k), j});
        vals.add(w.get(k) / sum * target);
      }
    }
    int nz = ij.size();
    int[] r = new int[nz];
    int[] c = new int[nz];
    double[] v = new double[nz];
    for (int k = 0; k < nz; k++) {
      r[k] = ij.get(k)[0];
      c[k] = ij.get(k)[1];
      v[k] = vals.get(k);
    }
    double[] column = new double[n];
    double[] row = new double[n];
    double cs = 0;
    for (int i = 0; i < n; i++) {
      column[i] = rnd.nextDouble();
      cs += column[i];
      row[i] = 0.05 + 0.2 * rnd.nextDouble();
    }
    double share = 0.1 + 0.75 * rnd.nextDouble();
    for (int i = 0; i < n; i++) {
      column[i] = column[i] / cs * share;
    }
    String name = String.format(java.util.Locale.ROOT, "n=%d density=%.2f colsum=[%.2f,%.2f] seed=%d", n, density,
        minColSum, maxColSum, seed);
    return new Case(name, CsrMatrix.fromTriplets(n, n, r, c, v, nz), column, row, seed);
  }

  static List<Case> cases() {
    List<Case> list = new ArrayList<>();
    list.add(random(1, 1, 1.0, 0.2, 0.7));
    list.add(random(2, 2, 1.0, 0.2, 0.7));
    for (long seed = 10; seed < 14; seed++) {
      list.add(random(seed, 7 + (int) seed, 0.7, 0.2, 0.7));
      list.add(random(seed + 100, 60, 0.05, 0.3, 0.6));
    }
    list.add(random(200, 150, 0.3, 0.85, 0.95)); // slow convergence: rho(A) near 0.9
    list.add(random(300, 80, 0.02, 0.0, 0.2)); // very sparse, some empty rows
    list.add(random(400, 480, 0.95, 0.3, 0.6)); // > 200,000 non-zeros: the two-thread row-block kernels
    return list;
  }

  static Stream<Arguments> kindsAndCases() {
    List<Arguments> args = new ArrayList<>();
    for (SolverKind kind : SolverKind.values()) {
      for (Case c : cases()) {
        args.add(Arguments.of(kind, c));
      }
    }
    return args.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("kindsAndCases")
  void agreesWithDenseLuOnTypeIAndTypeIIPlainTransposedSingleAndBlock(SolverKind kind, Case c) {
    SolverOptions options = SolverOptions.defaults().withThreads(2);
    for (LeontiefMatrix m : List.of(LeontiefMatrix.of(c.a()), LeontiefMatrix.bordered(c.a(), c.column(), c.row()))) {
      int size = m.size();
      DenseLu reference = DenseLu.factor(m.denseIdentityMinus());
      LinearSolver solver = kind.create(m, options);
      assertThat(solver.kind()).isEqualTo(kind);
      assertThat(solver.size()).isEqualTo(size);
      SplittableRandom rnd = new SplittableRandom(c.seed() * 31 + size);
      for (boolean transposed : new boolean[] {false, true}) {
        double[] b = new double[size];
        for (int i = 0; i < size; i++) {
          b[i] = rnd.nextDouble() < 0.3 ? 0.0 : rnd.nextDouble() * 200 - 100;
        }
        b[rnd.nextInt(size)] = 50; // never all zero
        double[] x = new double[size];
        SolveReport report = solver.solve(b, x, transposed);
        double[] expected = transposed ? reference.solveTransposed(b) : reference.solve(b);
        assertClose(x, expected, kind + " " + (transposed ? "transposed" : "plain") + " size " + size);
        checkReport(kind, report, m, b, x, transposed, options.tolerance());

        int k = 3;
        double[] block = new double[size * k];
        for (int i = 0; i < block.length; i++) {
          block[i] = rnd.nextDouble() * 10 - 2;
        }
        for (int i = 0; i < size; i++) {
          block[i * k + 1] = 0.0; // one all-zero right-hand side in the block
        }
        double[] xb = new double[size * k];
        SolveReport blockReport = solver.solveBlock(block, xb, k, transposed);
        for (int r = 0; r < k; r++) {
          double[] col = new double[size];
          double[] got = new double[size];
          for (int i = 0; i < size; i++) {
            col[i] = block[i * k + r];
            got[i] = xb[i * k + r];
          }
          double[] want = transposed ? reference.solveTransposed(col) : reference.solve(col);
          assertClose(got, want, kind + " block column " + r + (transposed ? " transposed" : "") + " size " + size);
          if (r != 1) {
            checkReport(kind, blockReport, m, col, got, transposed, options.tolerance());
          }
        }
      }
    }
  }

  /** The reported residual bounds the one measured here (with rounding slack), and meets the tolerance. */
  private static void checkReport(SolverKind kind, SolveReport report, LeontiefMatrix m, double[] b, double[] x,
      boolean transposed, double tolerance) {
    if (!kind.iterative()) {
      assertThat(report.iterations()).isZero();
      return;
    }
    assertThat(report.residual()).isLessThanOrEqualTo(tolerance);
    LeontiefMatrix mm = transposed ? m.transposed() : m;
    double[] bx = mm.multiplyB(x);
    double worst = 0;
    double bn = 0;
    for (int i = 0; i < b.length; i++) {
      worst = Math.max(worst, Math.abs(b[i] - (x[i] - bx[i])));
      bn = Math.max(bn, Math.abs(b[i]));
    }
    assertThat(worst / bn).isLessThanOrEqualTo(tolerance * 1.5 + 1e-14);
  }

  static void assertClose(double[] got, double[] want, String what) {
    double scale = 0;
    double diff = 0;
    for (int i = 0; i < want.length; i++) {
      scale = Math.max(scale, Math.abs(want[i]));
      diff = Math.max(diff, Math.abs(got[i] - want[i]));
    }
    assertThat(diff).as(what).isLessThanOrEqualTo(AGREEMENT * Math.max(scale, Double.MIN_NORMAL));
  }

  @ParameterizedTest
  @EnumSource(value = SolverKind.class, names = "DENSE_LU", mode = EnumSource.Mode.EXCLUDE)
  void failsLoudlyWithTheRowOfTheLargestResidualWhenItDoesNotConverge(SolverKind kind) {
    Case c = random(200, 150, 0.3, 0.85, 0.95);
    LinearSolver solver = kind.create(LeontiefMatrix.of(c.a()), SolverOptions.defaults().withMaxIterations(2));
    double[] b = new double[150];
    java.util.Arrays.fill(b, 1.0);
    assertThatThrownBy(() -> solver.solve(b, new double[150], false))
        .isInstanceOfSatisfying(NotConvergedException.class, e -> {
          assertThat(e.index()).isBetween(0, 149);
          assertThat(e.iterations()).isLessThanOrEqualTo(2);
          assertThat(e.getMessage()).contains(kind.key()).contains("did not converge").contains("1.0e-10");
        });
  }

  @ParameterizedTest
  @EnumSource(value = SolverKind.class, names = "DENSE_LU", mode = EnumSource.Mode.EXCLUDE)
  void divergesLoudlyOnANonProductiveMatrix(SolverKind kind) {
    // column sums 1.2: rho(A) = 1.2, the series diverges
    Case c = random(7, 20, 1.0, 1.2, 1.2);
    LinearSolver solver = kind.create(LeontiefMatrix.of(c.a()), SolverOptions.defaults().withMaxIterations(500));
    double[] b = new double[20];
    java.util.Arrays.fill(b, 1.0);
    double[] x = new double[20];
    try {
      solver.solve(b, x, false);
      // a Krylov method may solve the (non-singular) system anyway; then the answer must still be right
      assertClose(x, DenseLu.factor(LeontiefMatrix.of(c.a()).denseIdentityMinus()).solve(b), kind.key());
    } catch (NotConvergedException e) {
      assertThat(e.getMessage()).contains("did not converge");
    }
  }
}
