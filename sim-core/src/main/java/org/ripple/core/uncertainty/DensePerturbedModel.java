package org.ripple.core.uncertainty;

import java.util.Arrays;
import org.ripple.core.ModelException;
import org.ripple.core.linalg.DenseLu;
import org.ripple.core.linalg.DenseMatrix;
import org.ripple.core.linalg.SingularMatrixException;

/** {@link PerturbedModel#dense}: {@code I - A'} and {@code I - Abar'} factorised once each by dense LU. */
final class DensePerturbedModel extends PerturbedModel {
  private final DenseLu typeI;
  private final DenseLu typeII;

  DensePerturbedModel(Parts p) {
    super(p);
    double[] a = scatter(n, rowPointers, columns, values);
    this.typeI = factor(identityMinus(a, n), n, "I - A");
    checkProductive(a, n, typeI, "A");
    if (p.households() == null) {
      this.typeII = null;
      return;
    }
    int r = households;
    int m = n + r;
    double[] abar = new double[m * m];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a, i * n, abar, i * m, n);
      System.arraycopy(p.shares(), i * r, abar, i * m + n, r);
    }
    for (int j = 0; j < n; j++) {
      abar[(n + p.households().householdOf(j)) * m + j] = p.wages()[j];
    }
    this.typeII = factor(identityMinus(abar, m), m, "I - Abar");
    checkProductive(abar, m, typeII, "Abar");
  }

  @Override
  double[] solveTypeI(double[] d) {
    return finite(typeI.solve(d));
  }

  @Override
  double[] solveTypeII(double[] d) {
    return finite(Arrays.copyOf(typeII.solve(Arrays.copyOf(d, n + households)), n));
  }

  private DenseLu factor(double[] matrix, int size, String what) {
    try {
      return DenseLu.factor(DenseMatrix.square(size, matrix));
    } catch (SingularMatrixException e) {
      String sector = row(e.column());
      throw new ModelException(sector, "in draw " + draw + ", " + what + " of the perturbed model is singular at "
          + "sector " + sector);
    }
  }

  private void checkProductive(double[] m, int size, DenseLu lu, String what) {
    boolean nonNegative = true;
    boolean below = true;
    for (int j = 0; j < size; j++) {
      double sum = 0;
      for (int i = 0; i < size; i++) {
        double x = m[i * size + j];
        nonNegative &= x >= 0;
        sum += x;
      }
      below &= sum < 1;
    }
    if (needsCertificate(nonNegative, below)) {
      double[] ones = new double[size];
      Arrays.fill(ones, 1.0);
      certify(lu.solveTransposed(ones), what);
    }
  }

  private static double[] identityMinus(double[] m, int size) {
    double[] out = new double[m.length];
    for (int k = 0; k < m.length; k++) {
      out[k] = -m[k];
    }
    for (int i = 0; i < size; i++) {
      out[i * size + i] += 1.0;
    }
    return out;
  }
}
