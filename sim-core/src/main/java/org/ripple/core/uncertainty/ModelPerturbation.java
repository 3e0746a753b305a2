package org.ripple.core.uncertainty;

import java.io.Serializable;
import org.ripple.core.Measure;
import org.ripple.core.impact.LeontiefSystem;

/**
 * How the draws perturb a model ({@link ModelUncertainty}): the model's coefficients A and household shares, and
 * per draw the perturbed A' and shares drawn from (seed, draw) alone, then the draw's {@link PerturbedModel}.
 *
 * <p>Each nonzero coefficient (or each column, with column scope) is scaled by a lognormal factor of mean 1; a column
 * whose sum then reaches 1 is scaled back to its unperturbed sum. One lognormal factor per draw scales every household
 * share; a household whose shares then sum to 1 or more is scaled back to its unperturbed sum.
 */
final class ModelPerturbation implements Serializable {
  private static final long serialVersionUID = 1L;

  private final ModelUncertainty uncertainty;
  private final String modelName;
  private final String[] codes;
  private final int n;
  private final double[] a;
  private final double[] columnSums;
  private final DrawHouseholds households;
  private final double[] wages;

  ModelPerturbation(LeontiefSystem system, String[] codes, DrawHouseholds households, ModelUncertainty uncertainty) {
    this.uncertainty = uncertainty;
    this.modelName = system.model().info().name();
    this.codes = codes;
    this.n = system.size();
    this.a = new double[n * n];
    this.columnSums = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        a[i * n + j] = system.coefficient(i, j);
        columnSums[j] += a[i * n + j];
      }
    }
    this.households = households;
    this.wages = new double[n];
    if (system.hasTypeII()) {
      for (int j = 0; j < n; j++) {
        wages[j] = system.coefficient(Measure.LABOUR_INCOME, j);
      }
    }
  }

  /** Whether any coefficient varies (else every draw uses the fixed model). */
  boolean any() {
    return uncertainty.any();
  }

  /** A draw's perturbed model, factorised and checked. */
  PerturbedModel perturb(long seed, long draw) {
    double[] ap = coefficients(seed, draw);
    if (households.households() == 0) {
      return PerturbedModel.of(draw, modelName, codes, ap, null, null, null);
    }
    return PerturbedModel.of(draw, modelName, codes, ap, households, householdShares(seed, draw), wages);
  }

  /** The perturbed A' of a draw, n x n row-major. */
  double[] coefficients(long seed, long draw) {
    double s = uncertainty.coefficientSigma();
    double[] ap = a.clone();
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
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          int cell = i * n + j;
          if (ap[cell] != 0) {
            ap[cell] *= perColumn ? columnFactor[j]
                : StrictMath.exp(s * Distribution.standardNormal(r.uniform(cell)) + shift);
          }
        }
      }
      for (int j = 0; j < n; j++) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
          sum += ap[i * n + j];
        }
        if (sum >= 1) {
          double back = columnSums[j] / sum;
          for (int i = 0; i < n; i++) {
            ap[i * n + j] *= back;
          }
        }
      }
    }
    return ap;
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
