package org.ripple.core.regionalisation;

import java.util.ArrayList;
import java.util.List;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.ModelInfo;
import org.ripple.core.regionalisation.LocationQuotients.Method;

/**
 * A regional model from a national one and the region's employment (or output) by sector, with a location quotient
 * (Miller &amp; Blair, Input-Output Analysis, 2009, section 8.2; Flegg &amp; Webber 1997; Flegg &amp; Tohmo 2013).
 *
 * <p>With national coefficients {@code a_ij = Z_ij / x_j}, national and regional basis vectors {@code e^N, e^R}
 * (employment, or output with {@link Basis#OUTPUT}):
 *
 * <ul>
 *   <li>regional coefficients {@code r_ij = a_ij min(1, LQ_ij)} ({@link LocationQuotients#regionalCoefficients});
 *   <li>regional output: employment basis {@code x^R_j = (x_j / e^N_j) e^R_j} (national output per job times regional
 *       jobs; 0 where the nation has no jobs in j); output basis {@code x^R_j = e^R_j};
 *   <li>{@code Z^R = r diag(x^R)};
 *   <li>satellites: jobs {@code e^R} (employment basis) or national jobs per unit output times {@code x^R}; labour
 *       income and value added are national coefficients times {@code x^R};
 *   <li>households (when the national model has them): the household column is a buyer with SLQ 1, so
 *       {@code LQ_ih = SLQ_i} (SLQ, CILQ) or {@code lambda* SLQ_i} (FLQ, AFLQ; log2(1 + 1) = 1 for AFLQ), and
 *       {@code c^R_i / H^R = (c_i / H) min(1, LQ_ih)}; household income {@code H^R = H W^R / W} (W total labour
 *       income), so households keep the national income per unit of labour income.
 * </ul>
 *
 * When the region is the nation ({@code e^R = e^N}) every quotient is 1, {@code lambda* = 1}, and the national model
 * comes back (up to rounding).
 */
public final class LqRegionalisation {
  private LqRegionalisation() {}

  /** What the regional and national vectors measure. */
  public enum Basis {
    EMPLOYMENT("employment"),
    OUTPUT("output");

    private final String key;

    Basis(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  /** The regional model, with the quotients' diagnostics. */
  public static final class Result {
    private final Model model;
    private final double lambdaStar;
    private final double[] slq;
    private final List<Integer> unsupplied;

    private Result(Model model, double lambdaStar, double[] slq, List<Integer> unsupplied) {
      this.model = model;
      this.lambdaStar = lambdaStar;
      this.slq = slq;
      this.unsupplied = List.copyOf(unsupplied);
    }

    public Model model() {
      return model;
    }

    /** {@code lambda*} of FLQ/AFLQ, 1 for SLQ and CILQ. */
    public double lambdaStar() {
      return lambdaStar;
    }

    public double slq(int sector) {
      return slq[sector];
    }

    /** Sectors with a national basis of 0 (no regional output can be estimated; SLQ 0), in sector order. */
    public List<Integer> zeroNationalBasis() {
      return unsupplied;
    }
  }

  /**
   * @param national a single-region national model
   * @param regional the region's employment (or output) by sector, in the model's sector order
   * @param nationalBasis the nation's employment (or output) by sector; each at least the regional value
   * @param delta FLQ/AFLQ delta in [0, 1); ignored by SLQ and CILQ
   * @param info the regional model's metadata
   */
  public static Result regionalise(Model national, double[] regional, double[] nationalBasis, Basis basis,
      Method method, double delta, ModelInfo info) {
    int n = national.size();
    if (national.hasRegions()) {
      throw new IllegalArgumentException("model " + national.info().name() + " is multi-regional; give a national "
          + "(single-region) model");
    }
    if (regional.length != n || nationalBasis.length != n) {
      throw new IllegalArgumentException("regional and national vectors must have " + n + " values");
    }
    double[] x = national.outputCopy();
    double[] a = coefficients(national.transactionsCopy(), x, n);
    double[] r = LocationQuotients.regionalCoefficients(a, method, regional, nationalBasis, delta);
    double[] slq = LocationQuotients.slq(regional, nationalBasis);
    double lambda = method == Method.FLQ || method == Method.AFLQ
        ? LocationQuotients.lambdaStar(sum(regional), sum(nationalBasis), delta) : 1;
    List<Integer> zero = new ArrayList<>();
    double[] xr = new double[n];
    for (int j = 0; j < n; j++) {
      if (nationalBasis[j] == 0) {
        zero.add(j);
      }
      xr[j] = basis == Basis.OUTPUT ? regional[j] : perUnit(x[j], nationalBasis[j]) * regional[j];
    }
    Model.Builder b = Model.builder(info, national.sectors()).transactions(scaleColumns(r, xr, n)).output(xr);
    if (basis == Basis.EMPLOYMENT) {
      b.employment(regional.clone());
    } else if (national.has(Measure.JOBS)) {
      b.employment(scaled(national.levelsCopy(Measure.JOBS), x, xr));
    }
    double[] wr = null;
    if (national.has(Measure.LABOUR_INCOME)) {
      wr = scaled(national.levelsCopy(Measure.LABOUR_INCOME), x, xr);
      b.labourIncome(wr);
    }
    if (national.has(Measure.VALUE_ADDED)) {
      b.valueAdded(scaled(national.levelsCopy(Measure.VALUE_ADDED), x, xr));
    }
    if (national.hasHouseholds()) {
      double hn = national.householdIncome();
      double hr = wr == null ? hn * sum(xr) / sum(x) : hn * sum(wr) / national.total(Measure.LABOUR_INCOME);
      double[] c = national.householdConsumptionCopy();
      for (int i = 0; i < n; i++) {
        c[i] = c[i] / hn * Math.min(1, lambda * slq[i]) * hr;
      }
      b.householdConsumption(c).householdIncome(hr);
    }
    return new Result(b.build(), lambda, slq, zero);
  }

  /** {@code a_ij = z_ij / x_j}, 0 in a column of zero output. */
  static double[] coefficients(double[] z, double[] x, int n) {
    double[] a = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        a[i * n + j] = x[j] == 0 ? 0 : z[i * n + j] / x[j];
      }
    }
    return a;
  }

  /** {@code r diag(x)}. */
  static double[] scaleColumns(double[] r, double[] x, int n) {
    double[] z = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        z[i * n + j] = r[i * n + j] * x[j];
      }
    }
    return z;
  }

  /** National level per unit of national output times regional output. */
  static double[] scaled(double[] level, double[] x, double[] xr) {
    double[] out = new double[level.length];
    for (int j = 0; j < out.length; j++) {
      out[j] = perUnit(level[j], x[j]) * xr[j];
    }
    return out;
  }

  private static double perUnit(double v, double per) {
    return per == 0 ? 0 : v / per;
  }

  private static double sum(double[] a) {
    double s = 0;
    for (double v : a) {
      s += v;
    }
    return s;
  }
}
