package org.ripple.core.provincial;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.ripple.core.Model;
import org.ripple.core.ModelInfo;
import org.ripple.core.Sector;
import org.ripple.core.SectorIndex;

/**
 * Builds a regional (intraprovincial) input-output model of one province from a national input mix, the province's
 * value-added ratios and the province's trade flows.
 *
 * <p>The method, for n sectors (all money in one unit, here thousand CAD):
 *
 * <ol>
 *   <li>National technical coefficients with the province's own value-added ratio: {@code a[i][j] = s[i][j] (1 -
 *       gamma[j])}, where {@code s} is the national input mix (column j sums to 1) and {@code gamma[j]} the share of
 *       primary inputs in total inputs of sector j in the province. The province keeps its own input/value-added
 *       split; the mix of inputs is the national one, a common assumption when only the national mix is available
 *       (Miller &amp; Blair, Input-Output Analysis, 2nd ed., 2009, section 8.2).
 *   <li>Regional purchase coefficient, the supply-demand-pool share of use met by the province's own output:
 *       {@code RPC[i] = u[i] / (u[i] + mp[i] + mi[i])} with {@code u} the province's output absorbed in the province,
 *       {@code mp} imports from the other provinces and {@code mi} international imports (Miller &amp; Blair 2009,
 *       section 8.3; Stevens et al. 1983). Regional coefficients {@code A[i][j] = RPC[i] a[i][j]}: the same share of
 *       every buyer's purchases of i is imported.
 *   <li>Transactions {@code Z = A diag(x)}, with x the province's output.
 *   <li>Satellites: value added {@code V = gamma x}; labour income {@code W = (1 - B) V} with B the province's gross
 *       operating surplus share of factor income. Taxes less subsidies on production, which are inside gamma, are
 *       split in the same proportion (there is no separate tax vector in the source). With a
 *       {@link SectorIncome}, labour income is measured per sector instead: {@code W[j] = E[j] pay[j] k}, jobs
 *       times the sector's annual pay per job times the labour income per unit of wages k (employer contributions).
 *   <li>Households (Type II closure): {@code H = sum(W)}, household consumption from regional industries
 *       {@code c[i] = h[i] RPC[i] p H}, with h the households' mix and p the propensity to consume out of labour
 *       income. Without a {@link SectorIncome}, h is alpha, the shares of all final consumption; with one, the
 *       government and NPISH consumption (a share g of final consumption, all of it the non-market output of the
 *       collective sectors) is removed from the collective sectors in proportion to their alpha:
 *       {@code h[i] = (alpha[i] - g alpha[i] / sum_collective alpha) / (1 - g)} for a collective sector, else
 *       {@code alpha[i] / (1 - g)}.
 * </ol>
 *
 * Nothing is guessed: a non-finite, negative or out-of-range value, a zero-output sector or a sector whose use in the
 * province is zero is an {@link IllegalArgumentException} that names the sector.
 */
public final class ProvincialModelBuilder {
  /** Tolerance on "sums to 1" checks of shares read from files with 16-17 significant digits. */
  static final double SHARE_TOLERANCE = 1e-6;

  private ProvincialModelBuilder() {}

  /**
   * The inputs of one province, aligned to {@code sectors}. Arrays are copied in and out; equality compares contents.
   *
   * @param sectors the n sectors (code and name), in the order of every array
   * @param inputShares national input mix, n x n row-major, {@code inputShares[i * n + j]} = share of sector i in the
   *     intermediate inputs of sector j; every column sums to 1
   * @param gamma value-added (primary-input) share of total inputs per sector, in [0, 1)
   * @param output the province's output per sector, positive
   * @param usedInRegion the province's output absorbed in the province (intermediate and final use), in [0, output]
   * @param importsOtherProvinces use in the province supplied by the other provinces, non-negative
   * @param importsInternational use in the province supplied from abroad (and the territories), non-negative
   * @param employment jobs per sector, non-negative
   * @param gosShare the province's gross operating surplus share of factor income, in [0, 1)
   * @param alpha the province's sector shares of final consumption, non-negative, summing to 1
   * @param propensity the share of labour income spent on consumption, in (0, 1]
   */
  public record Inputs(List<Sector> sectors, double[] inputShares, double[] gamma, double[] output,
      double[] usedInRegion, double[] importsOtherProvinces, double[] importsInternational, double[] employment,
      double gosShare, double[] alpha, double propensity, SectorIncome income) {
    /** Inputs whose labour income is {@code (1 - B) V} and whose households spend in the mix alpha. */
    public Inputs(List<Sector> sectors, double[] inputShares, double[] gamma, double[] output, double[] usedInRegion,
        double[] importsOtherProvinces, double[] importsInternational, double[] employment, double gosShare,
        double[] alpha, double propensity) {
      this(sectors, inputShares, gamma, output, usedInRegion, importsOtherProvinces, importsInternational,
          employment, gosShare, alpha, propensity, null);
    }

    public Inputs {
      Objects.requireNonNull(sectors, "sectors");
      sectors = List.copyOf(sectors);
      int n = sectors.size();
      if (n == 0) {
        throw new IllegalArgumentException("a province needs at least one sector");
      }
      inputShares = copy("input shares", inputShares, n * n);
      gamma = copy("gamma", gamma, n);
      output = copy("output", output, n);
      usedInRegion = copy("output used in the region", usedInRegion, n);
      importsOtherProvinces = copy("imports from other provinces", importsOtherProvinces, n);
      importsInternational = copy("international imports", importsInternational, n);
      employment = copy("employment", employment, n);
      alpha = copy("alpha", alpha, n);
      validate(sectors, inputShares, gamma, output, usedInRegion, importsOtherProvinces, importsInternational,
          employment, gosShare, alpha, propensity);
      if (income != null) {
        income.check(sectors, alpha);
      }
    }

    @Override
    public double[] inputShares() {
      return inputShares.clone();
    }

    @Override
    public double[] gamma() {
      return gamma.clone();
    }

    @Override
    public double[] output() {
      return output.clone();
    }

    @Override
    public double[] usedInRegion() {
      return usedInRegion.clone();
    }

    @Override
    public double[] importsOtherProvinces() {
      return importsOtherProvinces.clone();
    }

    @Override
    public double[] importsInternational() {
      return importsInternational.clone();
    }

    @Override
    public double[] employment() {
      return employment.clone();
    }

    @Override
    public double[] alpha() {
      return alpha.clone();
    }

    /** The same inputs with another propensity to consume (a sensitivity run). */
    public Inputs withPropensity(double p) {
      return new Inputs(sectors, inputShares, gamma, output, usedInRegion, importsOtherProvinces,
          importsInternational, employment, gosShare, alpha, p, income);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Inputs in && sectors.equals(in.sectors) && Arrays.equals(inputShares, in.inputShares)
          && Arrays.equals(gamma, in.gamma) && Arrays.equals(output, in.output)
          && Arrays.equals(usedInRegion, in.usedInRegion)
          && Arrays.equals(importsOtherProvinces, in.importsOtherProvinces)
          && Arrays.equals(importsInternational, in.importsInternational)
          && Arrays.equals(employment, in.employment) && Double.compare(gosShare, in.gosShare) == 0
          && Arrays.equals(alpha, in.alpha) && Double.compare(propensity, in.propensity) == 0
          && Objects.equals(income, in.income);
    }

    @Override
    public int hashCode() {
      return Objects.hash(sectors, Arrays.hashCode(output), Arrays.hashCode(inputShares), propensity);
    }

    @Override
    public String toString() {
      return "Inputs[" + sectors.size() + " sectors, B=" + gosShare + ", propensity=" + propensity + "]";
    }
  }

  /** Labour income per sector: {@code E pay k} with a {@link SectorIncome}, else {@code (1 - B) gamma x}. */
  public static double[] labourIncome(Inputs in) {
    int n = in.sectors().size();
    double[] v = new double[n];
    double[] w = new double[n];
    factorIncome(in.gamma, in.output, in.gosShare, v, w);
    if (in.income() != null) {
      double[] pay = in.income().annualPay();
      double[] k = in.income().payFactor();
      for (int j = 0; j < n; j++) {
        w[j] = in.employment[j] * pay[j] * k[j];
      }
    }
    return w;
  }

  /**
   * The households' consumption mix h: alpha without government and NPISH consumption (alpha itself without a
   * {@link SectorIncome}).
   */
  public static double[] householdMix(Inputs in) {
    double[] h = in.alpha.clone();
    if (in.income() == null) {
      return h;
    }
    double g = in.income().collectiveShare();
    boolean[] coll = in.income().collective();
    double collSum = 0;
    for (int i = 0; i < h.length; i++) {
      collSum += coll[i] ? h[i] : 0;
    }
    for (int i = 0; i < h.length; i++) {
      double own = coll[i] ? h[i] - g * h[i] / collSum : h[i];
      h[i] = own / (1 - g);
    }
    return h;
  }

  /** Builds the model; {@code info} is attached unchanged. */
  public static Model build(ModelInfo info, Inputs in) {
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(in, "inputs");
    int n = in.sectors().size();
    double[] x = in.output;
    double[] rpc = regionalPurchaseCoefficients(in);
    double[] z = new double[n * n];
    transactions(in.inputShares, in.gamma, rpc, x, z, n);
    checkProductive(in.sectors(), z, x, n);

    double[] v = new double[n];
    double[] w = new double[n];
    factorIncome(in.gamma, x, in.gosShare, v, w);
    w = labourIncome(in);
    double h = 0;
    for (int j = 0; j < n; j++) {
      h += w[j];
    }
    double[] c = new double[n];
    householdConsumption(householdMix(in), rpc, in.propensity, h, c);

    return Model.builder(info, SectorIndex.of(in.sectors()))
        .transactions(z)
        .output(x.clone())
        .employment(in.employment.clone())
        .labourIncome(w)
        .valueAdded(v)
        .householdConsumption(c)
        .householdIncome(h)
        .build();
  }

  /** {@code RPC[i] = u[i] / (u[i] + mp[i] + mi[i])}, each in [0, 1], aligned to the sectors of {@code in}. */
  public static double[] regionalPurchaseCoefficients(Inputs in) {
    int n = in.sectors().size();
    double[] rpc = new double[n];
    for (int i = 0; i < n; i++) {
      double total = in.usedInRegion[i] + in.importsOtherProvinces[i] + in.importsInternational[i];
      if (!(total > 0)) {
        throw new IllegalArgumentException("sector " + describe(in.sectors().get(i))
            + " has no use in the region (own output absorbed plus imports is " + total
            + "): its regional purchase coefficient is undefined");
      }
      rpc[i] = in.usedInRegion[i] / total;
    }
    return rpc;
  }

  /** {@code z[i*n+j] = rpc[i] * share[i*n+j] * (1 - gamma[j]) * x[j]}. */
  static void transactions(double[] share, double[] gamma, double[] rpc, double[] x, double[] z, int n) {
    for (int i = 0; i < n; i++) {
      double r = rpc[i];
      int row = i * n;
      for (int j = 0; j < n; j++) {
        z[row + j] = r * (share[row + j] * (1.0 - gamma[j])) * x[j];
      }
    }
  }

  /** {@code v = gamma * x}, {@code w = (1 - b) * v}. */
  static void factorIncome(double[] gamma, double[] x, double b, double[] v, double[] w) {
    for (int j = 0; j < x.length; j++) {
      v[j] = gamma[j] * x[j];
      w[j] = (1.0 - b) * v[j];
    }
  }

  /** {@code c[i] = alpha[i] * rpc[i] * p * h}. */
  static void householdConsumption(double[] alpha, double[] rpc, double p, double h, double[] c) {
    for (int i = 0; i < alpha.length; i++) {
      c[i] = alpha[i] * rpc[i] * p * h;
    }
  }

  /** Every column of A = Z diag(x)^-1 must sum to less than 1, or (I - A) is not invertible as a Leontief system. */
  private static void checkProductive(List<Sector> sectors, double[] z, double[] x, int n) {
    for (int j = 0; j < n; j++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += z[i * n + j];
      }
      if (!(sum / x[j] < 1.0)) {
        throw new IllegalArgumentException("regional input coefficients of sector " + describe(sectors.get(j))
            + " sum to " + sum / x[j] + ", expected less than 1 (gamma 0 and no imports?)");
      }
    }
  }

  private static double[] copy(String what, double[] values, int length) {
    if (values == null) {
      throw new IllegalArgumentException(what + " is missing");
    }
    if (values.length != length) {
      throw new IllegalArgumentException(what + " must have " + length + " values, has " + values.length);
    }
    return values.clone();
  }

  private static void validate(List<Sector> s, double[] share, double[] gamma, double[] x, double[] used,
      double[] mp, double[] mi, double[] jobs, double b, double[] alpha, double p) {
    int n = s.size();
    if (!(b >= 0 && b < 1)) {
      throw new IllegalArgumentException("GOS share B must be in [0, 1), was " + b);
    }
    if (!(p > 0 && p <= 1)) {
      throw new IllegalArgumentException("propensity to consume must be in (0, 1], was " + p);
    }
    double alphaSum = 0;
    for (int j = 0; j < n; j++) {
      Sector sj = s.get(j);
      if (!(x[j] > 0) || !Double.isFinite(x[j])) {
        throw new IllegalArgumentException("output of sector " + describe(sj) + " must be positive, was " + x[j]);
      }
      if (!(gamma[j] >= 0 && gamma[j] < 1)) {
        throw new IllegalArgumentException("gamma (value-added share) of sector " + describe(sj)
            + " must be in [0, 1), was " + gamma[j]);
      }
      nonNegative("output used in the region", sj, used[j]);
      nonNegative("imports from other provinces", sj, mp[j]);
      nonNegative("international imports", sj, mi[j]);
      nonNegative("employment", sj, jobs[j]);
      if (used[j] > x[j] * (1 + SHARE_TOLERANCE)) {
        throw new IllegalArgumentException("output of sector " + describe(sj) + " used in the region (" + used[j]
            + ") exceeds its output (" + x[j] + ")");
      }
      if (!(alpha[j] >= 0 && alpha[j] <= 1)) {
        throw new IllegalArgumentException("alpha (final consumption share) of sector " + describe(sj)
            + " must be in [0, 1], was " + alpha[j]);
      }
      alphaSum += alpha[j];
      double column = 0;
      for (int i = 0; i < n; i++) {
        double v = share[i * n + j];
        if (!(v >= 0 && v <= 1)) {
          throw new IllegalArgumentException("input share of sector " + describe(s.get(i)) + " in sector "
              + describe(sj) + " must be in [0, 1], was " + v);
        }
        column += v;
      }
      if (Math.abs(column - 1) > SHARE_TOLERANCE) {
        throw new IllegalArgumentException("input shares of sector " + describe(sj) + " must sum to 1, sum to "
            + column);
      }
    }
    if (Math.abs(alphaSum - 1) > SHARE_TOLERANCE) {
      throw new IllegalArgumentException("alpha (final consumption shares) must sum to 1, sum to " + alphaSum);
    }
  }

  private static void nonNegative(String what, Sector s, double v) {
    if (!(v >= 0) || !Double.isFinite(v)) {
      throw new IllegalArgumentException(what + " of sector " + describe(s) + " must be a non-negative number, was "
          + v);
    }
  }

  static String describe(Sector s) {
    return s.code() + " (" + s.name() + ")";
  }
}
