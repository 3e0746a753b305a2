package org.ripple.core.testing;

import java.util.SplittableRandom;
import org.ripple.core.Model;
import org.ripple.core.ModelInfo;
import org.ripple.core.SectorIndex;

/**
 * Seeded random productive models for property and differential tests. Column sums of A are drawn in
 * [0.2, 0.7], income coefficients in [0.05, 0.25] (so every column of the household-closed matrix sums below 0.95)
 * and household consumption shares c/H sum to at most 0.85, so both Type I and Type II are productive.
 */
public final class RandomModels {
  private RandomModels() {}

  /** A generated model with the coefficients it was built from (to compare against naive references). */
  public record Generated(Model model, int n, double[] a, double[] x, double[] jobs, double[] income,
      double[] valueAdded, double[] householdShares) {
    /** The (n+1) x (n+1) household-closed matrix {@code [[A, c/H], [w, 0]]}, row-major. */
    public double[] closed() {
      int m = n + 1;
      double[] abar = new double[m * m];
      for (int i = 0; i < n; i++) {
        System.arraycopy(a, i * n, abar, i * m, n);
        abar[i * m + n] = householdShares[i];
      }
      System.arraycopy(income, 0, abar, n * m, n);
      return abar;
    }
  }

  public static Generated productive(long seed, int n) {
    return productive(new SplittableRandom(seed), n, Models.sectors(n));
  }

  public static Generated productive(SplittableRandom rnd, int n, SectorIndex index) {
    double[] a = new double[n * n];
    for (int j = 0; j < n; j++) {
      double[] col = new double[n];
      double sum = 0;
      for (int i = 0; i < n; i++) {
        // about a third of the flows are zero, as in real tables
        col[i] = rnd.nextDouble() < 0.3 ? 0.0 : rnd.nextDouble();
        sum += col[i];
      }
      if (sum == 0) {
        col[rnd.nextInt(n)] = 1.0;
        sum = 1.0;
      }
      double target = 0.2 + 0.5 * rnd.nextDouble();
      for (int i = 0; i < n; i++) {
        a[i * n + j] = col[i] / sum * target;
      }
    }
    double[] x = new double[n];
    double[] e = new double[n];
    double[] w = new double[n];
    double[] v = new double[n];
    for (int j = 0; j < n; j++) {
      x[j] = 50 + 100 * rnd.nextDouble();
      e[j] = 0.5 + 9.5 * rnd.nextDouble();
      w[j] = 0.05 + 0.2 * rnd.nextDouble();
      v[j] = 0.2 + 0.4 * rnd.nextDouble();
    }
    double[] hc = new double[n];
    double hcSum = 0;
    for (int i = 0; i < n; i++) {
      hc[i] = rnd.nextDouble();
      hcSum += hc[i];
    }
    double hcTarget = 0.1 + 0.75 * rnd.nextDouble();
    for (int i = 0; i < n; i++) {
      hc[i] = hc[i] / hcSum * hcTarget;
    }
    return build(index, a, x, e, w, v, hc);
  }

  /** Builds a model whose coefficients are (up to rounding) the given ones; H is the sum of labour income. */
  public static Generated build(SectorIndex index, double[] a, double[] x, double[] e, double[] w, double[] v,
      double[] hc) {
    int n = x.length;
    double[] z = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        z[i * n + j] = a[i * n + j] * x[j];
      }
    }
    double[] jobs = new double[n];
    double[] income = new double[n];
    double[] va = new double[n];
    double h = 0;
    for (int j = 0; j < n; j++) {
      jobs[j] = e[j] * x[j];
      income[j] = w[j] * x[j];
      va[j] = v[j] * x[j];
      h += income[j];
    }
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      c[i] = hc[i] * h;
    }
    Model model = Model.builder(ModelInfo.named("random-" + n), index).transactions(z).output(x).employment(jobs)
        .labourIncome(income).valueAdded(va).householdConsumption(c).householdIncome(h).build();
    // the coefficients the engine will see, recomputed the way it does (z / x), for exact comparisons
    double[] aSeen = new double[n * n];
    double[] eSeen = new double[n];
    double[] wSeen = new double[n];
    double[] vSeen = new double[n];
    double[] hcSeen = new double[n];
    for (int j = 0; j < n; j++) {
      double inv = 1.0 / x[j];
      for (int i = 0; i < n; i++) {
        aSeen[i * n + j] = z[i * n + j] * inv;
      }
      eSeen[j] = jobs[j] * inv;
      wSeen[j] = income[j] * inv;
      vSeen[j] = va[j] * inv;
      hcSeen[j] = c[j] / h;
    }
    return new Generated(model, n, aSeen, x.clone(), eSeen, wSeen, vSeen, hcSeen);
  }
}
