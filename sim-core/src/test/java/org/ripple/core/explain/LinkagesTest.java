package org.ripple.core.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ripple.core.Model;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.linalg.SolverKind;
import org.ripple.core.testing.Models;
import org.ripple.core.testing.RandomModels;

/** Linkages and hypothetical extraction against hand computation and explicit re-solves of the reduced system. */
class LinkagesTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 12);
  }

  /**
   * The two-sector example of Miller and Blair (2009, ch. 2), with the measures of ch. 12:
   *
   * <pre>
   *   Z = [[150, 500], [200, 100]], x = (1000, 2000), A = [[0.15, 0.25], [0.2, 0.05]], det(I - A) = 0.7575
   *   L = [[0.95, 0.25], [0.2, 0.85]] / 0.7575: column sums 1.15 / 0.7575, 1.1 / 0.7575, sum 2.25 / 0.7575
   *   backward = 2 x 1.15 / 2.25 = 1.0222..., 2 x 1.1 / 2.25 = 0.9777...
   *   B = diag(x)^-1 Z = [[0.15, 0.5], [0.1, 0.05]], det(I - B) = 0.7575, G = [[0.95, 0.5], [0.1, 0.85]] / 0.7575
   *   row sums 1.45 / 0.7575, 0.95 / 0.7575, sum 2.4 / 0.7575: forward = 2 x 1.45 / 2.4 = 1.2083..., 0.7916...
   *   f = x - Z 1 = (350, 1700); without s1: x2 = 1700 / 0.95, lost 3000 - 1789.47... = 1210.526...
   *   without s2: x1 = 350 / 0.85, lost 3000 - 411.76... = 2588.235...
   * </pre>
   */
  @Test
  void twoSectorLinkagesByHand() {
    Model model = Models.builder("mb-2", Models.sectors(List.of("s1", "s2")),
        new double[][] {{150, 500}, {200, 100}}, new double[] {1000, 2000}).build();
    Linkages l = Linkages.of(LeontiefSystem.of(model), true);
    assertThat(l.backward(0)).isCloseTo(2 * 1.15 / 2.25, within(1e-12));
    assertThat(l.backward(1)).isCloseTo(2 * 1.1 / 2.25, within(1e-12));
    assertThat(l.forward(0)).isCloseTo(2 * 1.45 / 2.4, within(1e-12));
    assertThat(l.forward(1)).isCloseTo(2 * 0.95 / 2.4, within(1e-12));
    assertThat(l.key(0)).isTrue();
    assertThat(l.key(1)).isFalse();
    assertThat(l.outputLost(0)).isCloseTo(3000 - 1700 / 0.95, within(1e-9));
    assertThat(l.outputLost(1)).isCloseTo(3000 - 350 / 0.85, within(1e-9));
  }

  /**
   * A three-sector example computed by hand: Z = [[150, 500, 50], [200, 100, 400], [300, 0, 100]],
   * x = (1000, 2000, 1000), so f = x - Z 1 = (300, 1300, 600) and the column sums of A are 0.65, 0.3, 0.55.
   *
   * <pre>
   *   without s2: A_RR = [[0.15, 0.05], [0.3, 0.1]], det(I - A_RR) = 0.85 x 0.9 - 0.05 x 0.3 = 0.75,
   *     x1 = (0.9 x 300 + 0.05 x 600) / 0.75 = 400, x3 = (0.3 x 300 + 0.85 x 600) / 0.75 = 800: lost 4000 - 1200 = 2800
   *   without s1: A_RR = [[0.05, 0.4], [0, 0.1]], x3 = 600 / 0.9 = 2000 / 3, x2 = (1300 + 0.4 x 2000 / 3) / 0.95
   *     = 94000 / 57: lost 4000 - 132000 / 57 = 32000 / 19
   *   without s3: A_RR = [[0.15, 0.25], [0.2, 0.05]], det = 0.7575, x1 = (0.95 x 300 + 0.25 x 1300) / 0.7575
   *     = 244000 / 303, x2 = (0.2 x 300 + 0.85 x 1300) / 0.7575 = 466000 / 303: lost 4000 - 710000 / 303 = 502000 / 303
   * </pre>
   */
  @Test
  void threeSectorExtractionByHand() {
    Model model = Models.builder("hand-3", Models.sectors(List.of("s1", "s2", "s3")),
        new double[][] {{150, 500, 50}, {200, 100, 400}, {300, 0, 100}}, new double[] {1000, 2000, 1000}).build();
    for (SolverKind kind : List.of(SolverKind.DENSE_LU, SolverKind.BICGSTAB)) {
      Linkages l = Linkages.of(LeontiefSystem.of(model, kind), true);
      assertThat(l.outputLost(0)).isCloseTo(32000.0 / 19, within(1e-9));
      assertThat(l.outputLost(1)).isCloseTo(2800.0, within(1e-9));
      assertThat(l.outputLost(2)).isCloseTo(502000.0 / 303, within(1e-9));
    }
  }

  /** Both routes to the diagonal of L (dense triangular inverses; unit solves) give the reference's diagonal. */
  @ParameterizedTest
  @MethodSource("seeds")
  void bothRoutesToTheDiagonalAgreeWithTheInverse(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int n = 2 + rnd.nextInt(150);
    RandomModels.Generated g = RandomModels.productive(rnd, n, Models.sectors(n));
    double[] l = DenseReference.leontiefInverse(g.a(), n);
    LeontiefSystem dense = LeontiefSystem.of(g.model(), SolverKind.DENSE_LU);
    LeontiefSystem iterative = LeontiefSystem.of(g.model(), SolverKind.BICGSTAB);
    double[] byFactors = dense.typeIInverseDiagonal();
    double[] madeDensely = iterative.typeIInverseDiagonal();
    double[] bySolves = Extraction.bySolves(iterative);
    for (int k = 0; k < n; k++) {
      double want = l[k * n + k];
      assertThat(byFactors[k]).isCloseTo(want, within(1e-12 * want));
      assertThat(madeDensely[k]).isCloseTo(want, within(1e-12 * want));
      assertThat(bySolves[k]).isCloseTo(want, within(1e-8 * want));
    }
  }

  /**
   * Which route: dense LU always goes dense; an iterative system goes dense from 1 % non-zero flows and solves unit
   * vectors below. A 300-sector chain (each sector buys from itself and its successor: 600 flows, 0.67 %) takes the
   * solves, and its extraction still equals the reduced system's re-solve.
   */
  @Test
  void aSparseModelOnAnIterativeSolverExtractsBySolves() {
    int n = 300;
    double[][] z = new double[n][n];
    double[] x = new double[n];
    for (int j = 0; j < n; j++) {
      x[j] = 100 + j;
      z[j][j] = 0.1 * x[j];
      z[(j + 1) % n][j] = 0.3 * x[j];
    }
    Model model = Models.builder("chain", Models.sectors(n), z, x).build();
    LeontiefSystem iterative = LeontiefSystem.of(model, SolverKind.BICGSTAB);
    assertThat(Extraction.dense(iterative)).isFalse();
    assertThat(Extraction.dense(LeontiefSystem.of(model, SolverKind.DENSE_LU))).isTrue();
    assertThat(Extraction.dense(LeontiefSystem.of(RandomModels.productive(2, 30).model(), SolverKind.BICGSTAB)))
        .isTrue();
    Linkages linkages = Linkages.of(iterative, true);
    double[] a = new double[n * n];
    double[] f = new double[n];
    double sumX = 0;
    for (int i = 0; i < n; i++) {
      f[i] = x[i];
      for (int j = 0; j < n; j++) {
        a[i * n + j] = z[i][j] / x[j];
        f[i] -= z[i][j];
      }
      sumX += x[i];
    }
    for (int k : new int[] {0, 1, 150, 299}) {
      double lost = sumX - sum(reducedSolve(a, n, f, k));
      assertThat(linkages.outputLost(k)).isCloseTo(lost, within(1e-9 * sumX));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void linkagesAndExtractionAgreeWithExplicitReSolves(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int n = 2 + rnd.nextInt(70);
    RandomModels.Generated g = RandomModels.productive(rnd, n, Models.sectors(n));
    SolverKind kind = seed % 3 == 0 ? SolverKind.GAUSS_SEIDEL : SolverKind.DENSE_LU;
    Linkages linkages = Linkages.of(LeontiefSystem.of(g.model(), kind), true);
    double tol = kind == SolverKind.DENSE_LU ? 1e-10 : 1e-7;
    double[] l = DenseReference.leontiefInverse(g.a(), n);
    double[] x = g.x();
    double[] z = new double[n * n];
    double[] b = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        z[i * n + j] = g.a()[i * n + j] * x[j];
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        b[i * n + j] = z[i * n + j] / x[i];
      }
    }
    double[] gInv = DenseReference.leontiefInverse(b, n);
    double sumL = 0;
    double sumG = 0;
    for (int k = 0; k < n * n; k++) {
      sumL += l[k];
      sumG += gInv[k];
    }
    double[] f = new double[n];
    double sumX = 0;
    for (int i = 0; i < n; i++) {
      f[i] = x[i];
      for (int j = 0; j < n; j++) {
        f[i] -= z[i * n + j];
      }
      sumX += x[i];
    }
    for (int k = 0; k < n; k++) {
      double col = 0;
      double row = 0;
      for (int i = 0; i < n; i++) {
        col += l[i * n + k];
        row += gInv[k * n + i];
      }
      assertThat(linkages.backward(k)).isCloseTo(n * col / sumL, within(tol));
      assertThat(linkages.forward(k)).isCloseTo(n * row / sumG, within(tol));
      assertThat(linkages.key(k)).isEqualTo(n * col / sumL > 1 && n * row / sumG > 1);
      double lost = sumX - sum(reducedSolve(g.a(), n, f, k));
      assertThat(linkages.outputLost(k)).isCloseTo(lost, within(tol * sumX));
    }
  }

  @Test
  void extractionIsOptional() {
    Linkages l = Linkages.of(LeontiefSystem.of(RandomModels.productive(1, 4).model()), false);
    assertThat(l.hasExtraction()).isFalse();
    assertThat(l.size()).isEqualTo(4);
  }

  /** {@code (I - A_-k)^-1 f_-k}: the system with row and column k removed, solved afresh. */
  private static double[] reducedSolve(double[] a, int n, double[] f, int k) {
    int m = n - 1;
    double[] r = new double[m * m];
    double[] rhs = new double[m];
    for (int i = 0, ri = 0; i < n; i++) {
      if (i == k) {
        continue;
      }
      rhs[ri] = f[i];
      for (int j = 0, rj = 0; j < n; j++) {
        if (j != k) {
          r[ri * m + rj++] = a[i * n + j];
        }
      }
      ri++;
    }
    return m == 0 ? new double[0] : DenseReference.solve(DenseReference.identityMinus(r, m), m, rhs);
  }

  private static double sum(double[] v) {
    double s = 0;
    for (double e : v) {
      s += e;
    }
    return s;
  }
}
