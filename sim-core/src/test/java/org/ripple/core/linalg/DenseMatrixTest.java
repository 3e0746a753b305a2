package org.ripple.core.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The dense-matrix value type: shape checks, indexing, column sums, {@code I - A}, products, copies. */
class DenseMatrixTest {
  private static final DenseMatrix A = DenseMatrix.of(new double[][] {{0.2, 0.1, 0.0}, {0.3, -0.4, 0.5}});

  @Test
  void holdsRowMajorEntriesAndChecksEveryIndex() {
    assertThat(A.rows()).isEqualTo(2);
    assertThat(A.cols()).isEqualTo(3);
    assertThat(A.isSquare()).isFalse();
    assertThat(A.get(1, 2)).isEqualTo(0.5);
    assertThat(A.toArray()).containsExactly(0.2, 0.1, 0.0, 0.3, -0.4, 0.5);
    assertThat(A.row(1)).containsExactly(0.3, -0.4, 0.5);
    assertThatThrownBy(() -> A.get(2, 0)).isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("(2, 0) is outside a 2 x 3 matrix");
    assertThatThrownBy(() -> A.get(0, -1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void refusesBadShapes() {
    assertThatThrownBy(() -> DenseMatrix.of(2, 2, new double[3])).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a 2 x 2 row-major array, got length 3");
    assertThatThrownBy(() -> DenseMatrix.zeros(0, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DenseMatrix.of(new double[][] {{1, 2}, {3}}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("row 1 has 1 entries, expected 2");
    assertThatThrownBy(() -> A.identityMinus()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> A.multiply(new double[2])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> A.multiply(A)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void copiesItsInputAndItsCopies() {
    double[] values = {1, 2, 3, 4};
    DenseMatrix m = DenseMatrix.square(2, values);
    values[0] = 99;
    assertThat(m.get(0, 0)).isEqualTo(1);
    DenseMatrix copy = m.copy();
    copy.set(0, 0, 7);
    copy.add(0, 0, 1);
    assertThat(copy.get(0, 0)).isEqualTo(8);
    assertThat(m.get(0, 0)).isEqualTo(1);
    assertThat(m).isEqualTo(DenseMatrix.square(2, new double[] {1, 2, 3, 4})).isNotEqualTo(copy);
    assertThat(m.hashCode()).isEqualTo(DenseMatrix.square(2, new double[] {1, 2, 3, 4}).hashCode());
  }

  @Test
  void columnSumsAndProducts() {
    assertThat(A.columnSums()).containsExactly(0.2 + 0.3, 0.1 + -0.4, 0.5);
    assertThat(A.multiply(new double[] {1, 2, 3})).containsExactly(0.2 + 0.2, 0.3 - 0.8 + 1.5);
    DenseMatrix b = DenseMatrix.of(new double[][] {{1, 0}, {0, 2}, {1, 1}});
    assertThat(A.multiply(b)).isEqualTo(DenseMatrix.of(new double[][] {{0.2, 0.2}, {0.3 + 0.5, -0.8 + 0.5}}));
    assertThat(DenseMatrix.identity(3).multiply(b)).isEqualTo(b);
  }

  @Test
  void identityMinusNegatesEveryEntryAndAddsOneOnTheDiagonal() {
    DenseMatrix a = DenseMatrix.of(new double[][] {{0.2, 0.0}, {0.4, 0.3}});
    DenseMatrix m = a.identityMinus();
    assertThat(m.toArray()).containsExactly(0.8, -0.0, -0.4, 0.7);
    // a zero of A becomes -0.0, as the factorisation has always seen it
    assertThat(Double.doubleToRawLongBits(m.get(0, 1))).isEqualTo(Double.doubleToRawLongBits(-0.0));
    assertThat(a.absolute().nonNegative()).isTrue();
    assertThat(A.nonNegative()).isFalse();
    assertThat(A.absolute().get(1, 1)).isEqualTo(0.4);
    assertThat(A.maxAbs()).isEqualTo(0.5);
    assertThat(A.nonZeros()).isEqualTo(5);
    assertThat(CsrMatrix.fromDense(A).nonZeros()).isEqualTo(5);
  }

  @Test
  void findsTheFirstNonFiniteEntry() {
    assertThat(A.firstNonFinite()).isEqualTo(-1);
    DenseMatrix m = DenseMatrix.zeros(2, 2);
    m.set(1, 0, Double.NaN);
    assertThat(m.firstNonFinite()).isEqualTo(2);
    assertThatThrownBy(() -> DenseLu.factor(m)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("non-finite");
  }

  @Test
  void leontiefMatricesHaveTheirDenseForm() {
    CsrMatrix a = CsrMatrix.fromDense(new double[] {0.2, 0.1, 0.0, 0.3}, 2, 2);
    LeontiefMatrix bordered = LeontiefMatrix.bordered(a, new double[] {0.4, 0.5}, new double[] {0.6, 0.7});
    assertThat(bordered.dense()).isEqualTo(DenseMatrix.of(new double[][] {
        {0.2, 0.1, 0.4}, {0.0, 0.3, 0.5}, {0.6, 0.7, 0.0}}));
    assertThat(bordered.denseIdentityMinus()).isEqualTo(bordered.dense().identityMinus());
    assertThat(bordered.nonNegative()).isTrue();
  }
}
