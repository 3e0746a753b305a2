package org.ripple.core.uncertainty;

import java.util.Arrays;
import java.util.Locale;
import org.ripple.core.ModelException;
import org.ripple.core.linalg.DenseLu;
import org.ripple.core.linalg.DenseMatrix;
import org.ripple.core.linalg.SingularMatrixException;

/**
 * A draw's perturbed model: the coefficients A' and the factorisations of {@code I - A'} and, with Type II, of
 * {@code I - Abar'} (A' bordered by the households' labour-income row and perturbed consumption shares). Building it
 * checks that each matrix is non-singular and productive (spectral radius below 1), and its solves check that every
 * result is finite; each failure is a {@link ModelException} naming the draw.
 */
final class PerturbedModel {
  private final long draw;
  private final String[] codes;
  private final double[] a;
  private final DenseLu typeI;
  private final DenseLu typeII;
  private final int households;

  private PerturbedModel(long draw, String[] codes, double[] a, DenseLu typeI, DenseLu typeII, int households) {
    this.draw = draw;
    this.codes = codes;
    this.a = a;
    this.typeI = typeI;
    this.typeII = typeII;
    this.households = households;
  }

  /**
   * Factorises a draw's model.
   *
   * @param a the perturbed A', n x n row-major
   * @param households the households' closure (its shares are not used), or null for Type I only
   * @param shares the perturbed c/H, n x R row-major, with Type II
   * @param wages labour income per unit of output, with Type II
   */
  static PerturbedModel of(long draw, String model, String[] codes, double[] a, DrawHouseholds households,
      double[] shares, double[] wages) {
    int n = codes.length;
    DenseLu lu1 = factor(identityMinus(a, n), n, draw, "I - A", codes);
    checkProductive(a, n, lu1, draw, "A", model);
    if (households == null) {
      return new PerturbedModel(draw, codes, a, lu1, null, 0);
    }
    int r = households.households();
    int m = n + r;
    double[] abar = new double[m * m];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a, i * n, abar, i * m, n);
      System.arraycopy(shares, i * r, abar, i * m + n, r);
    }
    for (int j = 0; j < n; j++) {
      abar[(n + households.householdOf(j)) * m + j] = wages[j];
    }
    DenseLu lu2 = factor(identityMinus(abar, m), m, draw, "I - Abar", codes);
    checkProductive(abar, m, lu2, draw, "Abar", model);
    return new PerturbedModel(draw, codes, a, lu1, lu2, r);
  }

  /** A', n x n row-major (not a copy: read only). */
  double[] coefficients() {
    return a;
  }

  /** The Type I output change for final demand d (dense, n). */
  double[] solveTypeI(double[] d) {
    return finite(typeI.solve(d));
  }

  /** The Type II output change for final demand d (dense, n): the first n entries of the closed solve. */
  double[] solveTypeII(double[] d) {
    int n = d.length;
    return finite(Arrays.copyOf(typeII.solve(Arrays.copyOf(d, n + households)), n));
  }

  private double[] finite(double[] x) {
    for (int i = 0; i < x.length; i++) {
      if (!Double.isFinite(x[i])) {
        throw new ModelException(codes[i], "in draw " + draw + ", the perturbed model gave a non-finite value for "
            + "sector " + codes[i]);
      }
    }
    return x;
  }

  private static DenseLu factor(double[] matrix, int size, long draw, String what, String[] codes) {
    try {
      return DenseLu.factor(DenseMatrix.square(size, matrix));
    } catch (SingularMatrixException e) {
      String sector = e.column() < codes.length ? codes[e.column()] : "households";
      throw new ModelException(sector, "in draw " + draw + ", " + what + " of the perturbed model is singular at "
          + "sector " + sector);
    }
  }

  /**
   * A non-negative matrix with every column sum below 1 has spectral radius below 1. Otherwise, rho(M) < 1 if and
   * only if {@code (I - M)^T y = 1} has a positive solution (Berman and Plemmons 1994, ch. 6); one extra solve.
   */
  private static void checkProductive(double[] m, int size, DenseLu lu, long draw, String what, String model) {
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
    if (below && nonNegative || !nonNegative) {
      return;
    }
    double[] ones = new double[size];
    Arrays.fill(ones, 1.0);
    for (double y : lu.solveTransposed(ones)) {
      if (!(y > 0) || !Double.isFinite(y)) {
        throw new ModelException(null, String.format(Locale.ROOT,
            "in draw %d, the perturbed %s of model %s is not productive (spectral radius at least 1); lower the "
                + "coefficient sigma", draw, what, model));
      }
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
