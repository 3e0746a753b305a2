package org.ripple.core.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** {@link PerronRoot} bounds must bracket the spectral radius of |A| on matrices whose eigenvalues are known. */
class PerronRootTest {
  private static final double SLACK = 1e-12;

  private static LeontiefMatrix matrix(double[] a, int n) {
    return LeontiefMatrix.of(CsrMatrix.fromDense(a, n, n));
  }

  private static void assertBrackets(double[] a, int n, double rho) {
    PerronRoot r = PerronRoot.estimate(matrix(a, n), 1e-10, 5000);
    assertThat(r.lower()).isLessThanOrEqualTo(rho + SLACK);
    assertThat(r.upper()).isGreaterThanOrEqualTo(rho - SLACK);
    assertThat(r.lower()).isLessThanOrEqualTo(r.upper());
  }

  @Test
  void twoByTwoClosedForm() {
    // [[a, b], [c, d]]: rho = (a + d)/2 + sqrt(((a - d)/2)^2 + b c)
    double a = 0.2;
    double b = 0.3;
    double c = 0.4;
    double d = 0.1;
    double rho = (a + d) / 2 + Math.sqrt((a - d) * (a - d) / 4 + b * c);
    assertBrackets(new double[] {a, b, c, d}, 2, rho);
    PerronRoot r = PerronRoot.estimate(matrix(new double[] {a, b, c, d}, 2), 1e-10, 5000);
    assertThat(r.estimate()).isCloseTo(rho, within(1e-9));
  }

  @Test
  void similarityTransformOfConstantRowSums() {
    // C has every row summing to 0.6, so rho(C) = 0.6; D^-1 C D has the same spectrum and uneven row sums
    int n = 5;
    double[] c = new double[n * n];
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int j = 0; j < n; j++) {
        c[i * n + j] = 1 + ((i * 7 + j * 3) % 5);
        s += c[i * n + j];
      }
      for (int j = 0; j < n; j++) {
        c[i * n + j] *= 0.6 / s;
      }
    }
    double[] d = {1, 2, 0.5, 4, 0.25};
    double[] m = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        m[i * n + j] = c[i * n + j] * d[j] / d[i];
      }
    }
    assertBrackets(m, n, 0.6);
    assertThat(PerronRoot.estimate(matrix(m, n), 1e-10, 5000).estimate()).isCloseTo(0.6, within(1e-9));
  }

  @Test
  void triangularMatrixHasItsLargestDiagonalEntry() {
    double[] t = {0.5, 0.2, 0.1, 0, 0.3, 0.4, 0, 0, 0.2};
    assertBrackets(t, 3, 0.5);
  }

  @Test
  void signsAreIgnored() {
    // |A| is the 2x2 all-0.45 matrix: rho = 0.9; A itself has spectral radius 0
    double[] a = {0.45, -0.45, 0.45, -0.45};
    assertBrackets(a, 2, 0.9);
  }

  @Test
  void nonProductiveMatrixHasLowerBoundAboveOne() {
    double[] a = {0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5};
    PerronRoot r = PerronRoot.estimate(matrix(a, 3), 1e-10, 5000);
    assertThat(r.lower()).isCloseTo(1.5, within(1e-9));
    assertThat(r.upper()).isCloseTo(1.5, within(1e-9));
  }

  @Test
  void rowAndColumnSumsBracketTheRadiusWithoutIterating() {
    // [[0.5, 0.2], [0.1, 0.3]]: rho = 0.4 + sqrt(0.01 + 0.02) = 0.5732050807568877 (closed form above); row sums 0.7
    // and 0.4, column sums 0.6 and 0.5, so the sums give 0.5 (smallest column) to 0.6 (largest column)
    PerronRoot r = PerronRoot.ofSums(matrix(new double[] {0.5, 0.2, 0.1, 0.3}, 2));
    assertThat(r.lower()).isEqualTo(0.5);
    assertThat(r.upper()).isEqualTo(0.6);
    assertThat(r.iterations()).isZero();
    assertThat(0.4 + Math.sqrt(0.03)).isBetween(r.lower(), r.upper());
    // equal row sums (0.5 and 0.5) give the radius exactly: [[0.2, 0.3], [0.4, 0.1]] has eigenvalues 0.5 and -0.2
    PerronRoot equal = PerronRoot.ofSums(matrix(new double[] {0.2, 0.3, 0.4, 0.1}, 2));
    assertThat(equal.lower()).isEqualTo(0.5);
    assertThat(equal.upper()).isEqualTo(0.5);
    // entry-wise absolute values: a negative entry counts by its size
    PerronRoot signed = PerronRoot.ofSums(matrix(new double[] {0.2, -0.3, 0.4, 0.1}, 2));
    assertThat(signed.upper()).isEqualTo(0.5);
  }

  @Test
  void theSumsOfABorderedMatrixIncludeItsBorder() {
    // [[A, u], [w^T, 0]] with A = [[0.15, 0.25], [0.2, 0.05]] (Miller and Blair 2009, table 2.3), u = (0.125, 0.25),
    // w = (0.3, 0.25): rows sum to 0.525, 0.5, 0.55, columns to 0.65, 0.55, 0.375; numpy's eigenvalues give a
    // spectral radius of 0.52284559257232
    LeontiefMatrix b = LeontiefMatrix.bordered(CsrMatrix.fromDense(new double[] {0.15, 0.25, 0.2, 0.05}, 2, 2),
        new double[] {0.125, 0.25}, new double[] {0.3, 0.25});
    PerronRoot r = PerronRoot.ofSums(b);
    assertThat(r.lower()).isEqualTo(0.5);
    assertThat(r.upper()).isCloseTo(0.55, within(1e-15));
    assertThat(0.52284559257232).isBetween(r.lower(), r.upper());
    PerronRoot iterated = PerronRoot.estimate(b, 1e-12, 5000);
    assertThat(iterated.estimate()).isCloseTo(0.52284559257232, within(1e-9));
  }
}
