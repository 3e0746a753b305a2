package org.ripple.core.supplyuse;

import org.ripple.core.linalg.DenseLu;
import org.ripple.core.linalg.DenseMatrix;
import java.util.OptionalInt;

/**
 * Symmetric input-output tables from make (supply) and use tables.
 *
 * <p>Notation of BEA's "Mathematical Derivation of the Total Requirements Tables" (1997 benchmark; Miller &amp; Blair,
 * Input-Output Analysis, 2009, ch. 5), for {@code m} commodities and {@code n} industries:
 *
 * <ul>
 *   <li>{@code V} make table, n x m (industry i produces {@code V[i][c]} of commodity c);
 *   <li>{@code U} use table, m x n (industry j buys {@code U[c][j]} of commodity c), intermediate block only;
 *   <li>{@code g = V i + h} industry output including its scrap {@code h} (the scrap column of V);
 *   <li>{@code q} commodity output, the column sums of V with the scrap column set to zero.
 * </ul>
 *
 * <b>Industry technology</b> (default; BEA's industry-by-industry tables): {@code B = U ghat^-1}; market shares
 * {@code D = V qhat^-1} (scrap column zero, as is any commodity no industry makes, such as noncomparable imports);
 * scrap ratio {@code p = h / g}; transformation {@code W = (I - phat)^-1 D}; direct requirements {@code A = W B}
 * (n x n), so {@code Z = A ghat = W U} and total requirements {@code (I - W B)^-1}. A commodity vector (final demand)
 * becomes an industry vector {@code W f}.
 *
 * <p><b>Commodity technology</b> (option; product by product, Miller &amp; Blair 2009, section 5.2): needs
 * {@code n == m} once scrap is left out; {@code C = V^T ghat^-1} (column j is the product mix of industry j) and
 * {@code A = B C^-1} (m x m), found by solving {@code C^T a_r = b_r} for each row r, never by inverting C; {@code Z =
 * A qhat}, output q. It can give negative coefficients, which are counted and reported, not hidden.
 *
 * <p>Matrices are row-major {@code double[]}. Nothing here reads files.
 */
public final class SupplyUse {
  private SupplyUse() {}

  /** Which technology assumption turns the supply-use system into a symmetric table. */
  public enum Technology {
    INDUSTRY("industry"),
    COMMODITY("commodity");

    private final String key;

    Technology(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  /**
   * A symmetric table: transactions Z (size x size, row-major), output x, and the map {@code T} (size x m) that turns
   * a commodity vector (e.g. household consumption by commodity) into the table's sectors.
   */
  public static final class Symmetric {
    private final int size;
    private final int commodities;
    private final double[] z;
    private final double[] output;
    private final double[] transform;
    private final int negativeCoefficients;
    private final DenseLu productMix;
    private final double[] industryOutput;

    Symmetric(int size, int commodities, double[] z, double[] output, double[] transform, int negatives,
        DenseLu productMix, double[] industryOutput) {
      this.productMix = productMix;
      this.industryOutput = industryOutput;
      this.size = size;
      this.commodities = commodities;
      this.z = z;
      this.output = output;
      this.transform = transform;
      this.negativeCoefficients = negatives;
    }

    public int size() {
      return size;
    }

    public double flow(int from, int to) {
      return z[from * size + to];
    }

    public double[] transactionsCopy() {
      return z.clone();
    }

    public double[] outputCopy() {
      return output.clone();
    }

    /** Number of negative entries of Z (commodity technology can give some; industry technology never does). */
    public int negativeCoefficients() {
      return negativeCoefficients;
    }

    /**
     * Per-industry totals (value added, labour income: rows of the use table below the commodities) as totals of this
     * table's sectors. Industry technology: unchanged. Commodity technology: the coefficients {@code r = t / g} are
     * carried over like any input row, {@code r_c = r C^-1} (one solve), and the totals are {@code r_c q}.
     */
    public double[] industryTotalsToSectors(double[] perIndustry) {
      if (perIndustry.length != industryOutput.length) {
        throw new IllegalArgumentException("industry vector has " + perIndustry.length + " entries, expected "
            + industryOutput.length);
      }
      if (productMix == null) {
        return perIndustry.clone();
      }
      double[] r = new double[perIndustry.length];
      for (int j = 0; j < r.length; j++) {
        r[j] = perIndustry[j] / industryOutput[j];
      }
      double[] rc = productMix.solve(r);
      double[] out = new double[size];
      for (int c = 0; c < size; c++) {
        out[c] = rc[c] * output[c];
      }
      return out;
    }

    /** {@code T f}: a commodity vector (length m) as a vector over this table's sectors. */
    public double[] toSectors(double[] commodityVector) {
      if (commodityVector.length != commodities) {
        throw new IllegalArgumentException("commodity vector has " + commodityVector.length + " entries, expected "
            + commodities);
      }
      double[] out = new double[size];
      for (int i = 0; i < size; i++) {
        double s = 0;
        for (int c = 0; c < commodities; c++) {
          s += transform[i * commodities + c] * commodityVector[c];
        }
        out[i] = s;
      }
      return out;
    }
  }

  /**
   * Industry-by-industry table, industry technology, with BEA's scrap adjustment.
   *
   * @param n industries
   * @param m commodities
   * @param make V, n x m row-major, non-negative
   * @param use U, m x n row-major (intermediate use only; domestic flows if imports were taken out)
   * @param scrap the commodity index of scrap (its make column is h), or empty when there is none
   */
  public static Symmetric industryByIndustry(int n, int m, double[] make, double[] use, OptionalInt scrap) {
    check(n, m, make, use, scrap);
    int h = scrap.orElse(m); // past the last commodity: no column is scrap
    double[] g = rowSums(make, n, m);
    double[] q = new double[m];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < m; c++) {
        if (c != h) {
          q[c] += make[i * m + c];
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (!(g[i] > 0)) {
        throw new IllegalArgumentException("industry " + i + " has no output in the make table (row sum " + g[i]
            + "); remove it or give it output");
      }
    }
    // W = (I - phat)^-1 D, p = h / g
    double[] w = new double[n * m];
    for (int i = 0; i < n; i++) {
      double p = scrap.isPresent() ? make[i * m + h] / g[i] : 0;
      if (!(p < 1)) {
        throw new IllegalArgumentException("industry " + i + " produces only scrap");
      }
      double scale = 1 / (1 - p);
      for (int c = 0; c < m; c++) {
        if (c != h && q[c] > 0) {
          w[i * m + c] = make[i * m + c] / q[c] * scale;
        }
      }
    }
    // Z = W U (n x n); A = Z ghat^-1 = W B
    double[] z = multiply(w, use, n, m, n);
    return new Symmetric(n, m, z, g, w, countNegative(z), null, g);
  }

  /**
   * Commodity-by-commodity table, commodity technology. Scrap (when given) is left out of the product mix; every
   * other commodity must be made by some industry, and the number of industries must equal the number of the other
   * commodities. The resulting sectors are the commodities in order, scrap removed.
   *
   * @throws org.ripple.core.linalg.SingularMatrixException when the product-mix matrix is singular
   */
  public static Symmetric commodityByCommodity(int n, int m, double[] make, double[] use, OptionalInt scrap) {
    check(n, m, make, use, scrap);
    int h = scrap.orElse(m); // past the last commodity: no column is scrap
    int k = scrap.isPresent() ? m - 1 : m;
    if (k != n) {
      throw new IllegalArgumentException("commodity technology needs as many industries as commodities (scrap "
          + "left out): " + n + " industries, " + k + " commodities");
    }
    int[] keep = new int[k];
    for (int c = 0, t = 0; c < m; c++) {
      if (c != h) {
        keep[t++] = c;
      }
    }
    double[] g = rowSums(make, n, m);
    double[] q = new double[k];
    for (int t = 0; t < k; t++) {
      for (int i = 0; i < n; i++) {
        q[t] += make[i * m + keep[t]];
      }
      if (!(q[t] > 0)) {
        throw new IllegalArgumentException("commodity " + keep[t] + " is made by no industry; commodity technology "
            + "needs every commodity to be made");
      }
    }
    // C^T (n x k): row j = product mix of industry j, C^T[j][t] = V[j][keep t] / g[j]
    double[] ct = new double[n * k];
    for (int j = 0; j < n; j++) {
      if (!(g[j] > 0)) {
        throw new IllegalArgumentException("industry " + j + " has no output in the make table");
      }
      for (int t = 0; t < k; t++) {
        ct[j * k + t] = make[j * m + keep[t]] / g[j];
      }
    }
    DenseLu lu = DenseLu.factor(DenseMatrix.square(n, ct));
    // A = B C^-1: row r of A solves C^T a = b_r with b_r[j] = U[r][j] / g[j]
    double[] z = new double[k * k];
    double[] b = new double[n];
    for (int r = 0; r < k; r++) {
      for (int j = 0; j < n; j++) {
        b[j] = use[keep[r] * n + j] / g[j];
      }
      double[] a = lu.solve(b);
      for (int c = 0; c < k; c++) {
        z[r * k + c] = a[c] * q[c];
      }
    }
    double[] t = new double[k * m];
    for (int r = 0; r < k; r++) {
      t[r * m + keep[r]] = 1;
    }
    return new Symmetric(k, m, z, q, t, countNegative(z), lu, g);
  }

  private static void check(int n, int m, double[] make, double[] use, OptionalInt scrap) {
    if (n <= 0 || m <= 0) {
      throw new IllegalArgumentException("need at least one industry and one commodity, got " + n + " and " + m);
    }
    if (make.length != (long) n * m) {
      throw new IllegalArgumentException("make table must be " + n + " x " + m + ", has " + make.length + " cells");
    }
    if (use.length != (long) m * n) {
      throw new IllegalArgumentException("use table must be " + m + " x " + n + ", has " + use.length + " cells");
    }
    if (scrap.isPresent() && (scrap.getAsInt() < 0 || scrap.getAsInt() >= m)) {
      throw new IllegalArgumentException("scrap commodity index out of range: " + scrap.getAsInt());
    }
    for (int k = 0; k < make.length; k++) {
      if (!Double.isFinite(make[k]) || make[k] < 0) {
        throw new IllegalArgumentException("make table cell (" + k / m + ", " + k % m + ") must be finite and "
            + "non-negative, was " + make[k]);
      }
    }
    for (int k = 0; k < use.length; k++) {
      if (!Double.isFinite(use[k])) {
        throw new IllegalArgumentException("use table cell (" + k / n + ", " + k % n + ") is not finite");
      }
    }
  }

  private static double[] rowSums(double[] a, int rows, int cols) {
    double[] s = new double[rows];
    for (int i = 0; i < rows; i++) {
      double t = 0;
      for (int c = 0; c < cols; c++) {
        t += a[i * cols + c];
      }
      s[i] = t;
    }
    return s;
  }

  /** (r x k) times (k x c), row-major. */
  static double[] multiply(double[] a, double[] b, int r, int k, int c) {
    double[] out = new double[r * c];
    for (int i = 0; i < r; i++) {
      for (int t = 0; t < k; t++) {
        double av = a[i * k + t];
        if (av != 0) {
          for (int j = 0; j < c; j++) {
            out[i * c + j] += av * b[t * c + j];
          }
        }
      }
    }
    return out;
  }

  private static int countNegative(double[] z) {
    int count = 0;
    for (double v : z) {
      if (v < 0) {
        count++;
      }
    }
    return count;
  }
}
