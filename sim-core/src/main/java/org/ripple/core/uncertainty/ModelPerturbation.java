package org.ripple.core.uncertainty;

import java.io.Serializable;
import org.ripple.core.Measure;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.linalg.CsrMatrix;
import org.ripple.core.linalg.SolverKind;

/**
 * How the draws perturb a model ({@link ModelUncertainty}): the model's coefficients A (its non-zeros, in CSR order)
 * and household shares, and per draw the perturbed A' and shares drawn from (seed, draw) alone, then the draw's
 * {@link PerturbedModel}.
 *
 * <p>Each non-zero coefficient (or each column, with column scope) is scaled by a lognormal factor of mean 1; a column
 * whose sum then reaches 1 is scaled back to its unperturbed sum. A zero coefficient stays zero (the structure of A is
 * kept). One lognormal factor per draw scales every household share; a household whose shares then sum to 1 or more is
 * scaled back to its unperturbed sum.
 *
 * <p>Which solves a draw takes is decided here, once, by the system's solver ({@link #solver}): a system solved by
 * dense LU (what {@link SolverKind#auto} picks up to {@link SolverKind#DENSE_MAX_SECTORS} sectors) gives dense draws
 * ({@link PerturbedModel#dense}: two dense LUs); a system solved iteratively gives sparse draws with the same
 * iterative kind on A' in CSR ({@link PerturbedModel#sparse}: no n x n array). Both perturb the same non-zeros with the
 * same numbers: A' is the same bits on either path.
 */
final class ModelPerturbation implements Serializable {
  private static final long serialVersionUID = 2L;

  private final ModelUncertainty uncertainty;
  private final String modelName;
  private final String[] codes;
  private final int n;
  /** A's non-zeros in CSR: row i's at positions rowPointers[i] to rowPointers[i + 1] - 1, columns ascending. */
  private final int[] rowPointers;
  private final int[] columns;
  private final double[] values;
  private final double[] columnSums;
  private final DrawHouseholds households;
  private final double[] wages;
  /** The iterative kind the draws solve with, or null for dense draws. */
  private final SolverKind iterative;

  ModelPerturbation(LeontiefSystem system, String[] codes, DrawHouseholds households, ModelUncertainty uncertainty) {
    this.uncertainty = uncertainty;
    this.modelName = system.model().info().name();
    this.codes = codes;
    this.n = system.size();
    // A's pattern is Z's: a_ij = z_ij / x_j, zero where z_ij is (or where x_j is not positive, then left out)
    CsrMatrix z = system.model().transactions();
    int[] pointers = new int[n + 1];
    int[] cols = new int[z.nonZeros()];
    double[] vals = new double[z.nonZeros()];
    int[] row = new int[n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      int m = z.rowPattern(i, row);
      for (int t = 0; t < m; t++) {
        double a = system.coefficient(i, row[t]);
        if (a != 0) {
          cols[k] = row[t];
          vals[k++] = a;
        }
      }
      pointers[i + 1] = k;
    }
    this.rowPointers = pointers;
    this.columns = java.util.Arrays.copyOf(cols, k);
    this.values = java.util.Arrays.copyOf(vals, k);
    this.columnSums = new double[n];
    for (int p = 0; p < k; p++) {
      columnSums[columns[p]] += values[p];
    }
    this.households = households;
    this.wages = new double[n];
    if (system.hasTypeII()) {
      for (int j = 0; j < n; j++) {
        wages[j] = system.coefficient(Measure.LABOUR_INCOME, j);
      }
    }
    this.iterative = solver(system);
  }

  /**
   * The one rule of which path a draw takes: the iterative kind of the system's solver (sparse draws), or null when
   * the system solves by dense LU (dense draws).
   */
  static SolverKind solver(LeontiefSystem system) {
    return system.solver().iterative() ? system.solver() : null;
  }

  /** Whether any coefficient varies (else every draw uses the fixed model). */
  boolean any() {
    return uncertainty.any();
  }

  /** Whether the draws are solved on A' in CSR by an iterative solver (else by dense LU). */
  boolean sparse() {
    return iterative != null;
  }

  /** A draw's perturbed model, factorised (dense) or with its iterative solvers (sparse), and checked. */
  PerturbedModel perturb(long seed, long draw) {
    double[] ap = coefficients(seed, draw);
    double[] shares = households.households() == 0 ? null : householdShares(seed, draw);
    PerturbedModel.Parts parts = new PerturbedModel.Parts(draw, modelName, codes, rowPointers, columns, ap,
        households.households() == 0 ? null : households, shares, wages);
    return iterative == null ? PerturbedModel.dense(parts) : PerturbedModel.sparse(parts, iterative);
  }

  /** The perturbed values of A's non-zeros in a draw, in CSR order (see {@link #rowPointers}). */
  double[] coefficients(long seed, long draw) {
    double s = uncertainty.coefficientSigma();
    double[] ap = values.clone();
    if (s > 0) {
      DrawRandom r = DrawRandom.of(seed, draw, DrawRandom.COEFFICIENTS);
      double shift = -0.5 * s * s;
      boolean perColumn = uncertainty.scope() == ModelUncertainty.Scope.COLUMN;
      double[] columnFactor = new double[n];
      if (perColumn) {
        for (int j = 0; j < n; j++) {
          columnFactor[j] = StrictMath.exp(s * Distribution.standardNormal(r.uniform(j)) + shift);
        }
      }
      // cell (i, j) draws the (i n + j)-th number of the stream, whatever the storage
      for (int i = 0; i < n; i++) {
        long rowStart = (long) i * n;
        for (int p = rowPointers[i]; p < rowPointers[i + 1]; p++) {
          int j = columns[p];
          ap[p] *= perColumn ? columnFactor[j]
              : StrictMath.exp(s * Distribution.standardNormal(r.uniform(rowStart + j)) + shift);
        }
      }
      double[] sums = new double[n];
      for (int p = 0; p < ap.length; p++) {
        sums[columns[p]] += ap[p];
      }
      double[] back = new double[n];
      boolean any = false;
      for (int j = 0; j < n; j++) {
        back[j] = sums[j] >= 1 ? columnSums[j] / sums[j] : 1;
        any |= sums[j] >= 1;
      }
      if (any) {
        for (int p = 0; p < ap.length; p++) {
          if (sums[columns[p]] >= 1) {
            ap[p] *= back[columns[p]];
          }
        }
      }
    }
    return ap;
  }

  /** The perturbed A' of a draw as a dense n x n row-major array (small models and tests only). */
  double[] denseCoefficients(long seed, long draw) {
    return PerturbedModel.scatter(n, rowPointers, columns, coefficients(seed, draw));
  }

  /** The perturbed household shares c'/H of a draw, n x R row-major, or null without Type II. */
  double[] householdShares(long seed, long draw) {
    double[] shares = households.shares();
    if (shares == null) {
      return null;
    }
    int r = households.households();
    double h = uncertainty.householdSigma();
    if (h > 0) {
      double z = Distribution.standardNormal(DrawRandom.of(seed, draw, DrawRandom.HOUSEHOLDS).uniform(0));
      double f = StrictMath.exp(h * z - 0.5 * h * h);
      double[] sums = new double[r];
      for (int k = 0; k < shares.length; k++) {
        shares[k] *= f;
        sums[k % r] += shares[k];
      }
      for (int g = 0; g < r; g++) {
        if (sums[g] >= 1) {
          double back = households.sum(g) / sums[g];
          for (int k = g; k < shares.length; k += r) {
            shares[k] *= back;
          }
        }
      }
    }
    return shares;
  }
}
