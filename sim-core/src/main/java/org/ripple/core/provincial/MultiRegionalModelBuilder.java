package org.ripple.core.provincial;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.ripple.core.Model;
import org.ripple.core.ModelInfo;
import org.ripple.core.Regions;
import org.ripple.core.Sector;
import org.ripple.core.SectorIndex;
import org.ripple.core.linalg.Triplets;

/**
 * Builds a multi-regional input-output model (Chenery-Moses, "column coefficient" MRIO with trade coefficients;
 * Miller and Blair, Input-Output Analysis, 2nd ed., 2009, sec. 3.3 and 3.4) from the inputs of R regions that share
 * one national input mix, and the shipments between them.
 *
 * <p>Sectors are indexed by (region, sector), region-major: position {@code o * n + i} is sector i of region o, coded
 * {@code <region code>.<sector code>} (e.g. {@code QC.TRANSPORT}). With {@code s} the national input mix and
 * {@code gamma_d} region d's value-added ratios:
 *
 * <ol>
 *   <li>Trade coefficients: the share of region d's use of sector i's products supplied by region o,
 *       {@code t[o][d][i] = T[o][d][i] / (u_d[i] + mp_d[i] + mi_d[i])}, with {@code T[o][d][i]} the shipments from o
 *       to d, {@code u_d} region d's own output absorbed in d, {@code mp_d} its imports from the other regions and
 *       {@code mi_d} its international imports, which leak. For o = d this is exactly the regional purchase coefficient
 *       of {@link ProvincialModelBuilder#regionalPurchaseCoefficients}.
 *   <li>Coefficients {@code A[(o,i)][(d,j)] = t[o][d][i] s[i][j] (1 - gamma_d[j])}: every buyer in d gets the same
 *       share of its purchases of i from o (Chenery-Moses); transactions {@code Z = A diag(x)}.
 *   <li>Satellites per region as in the single-region build: {@code V = gamma x}, {@code W = (1 - B_d) V}.
 *   <li>One household sector per region: {@code H_d = sum of W over d's sectors} and the purchases of d's households
 *       from sector i of o, {@code C[(o,i)][d] = alpha_d[i] t[o][d][i] p H_d}.
 * </ol>
 *
 * <p>Z is built sparse (CSR): only the blocks (o, d) with a non-zero trade coefficient are computed, and only their
 * non-zero entries are kept, so no (R n) x (R n) array exists at any point and the same code builds county-level
 * models where most regions do not trade with most others. The (R x R x n) shipments and trade coefficients and the
 * (R n) x R household block are the only arrays that grow with R faster than R n.
 *
 * <p>By construction, the diagonal block of region d (its Z block, output, satellites, the consumption of its
 * households from its own sectors and their income) is, number for number, the single-region model
 * {@link ProvincialModelBuilder#build} makes from the same inputs, where the other regions are imports that leak:
 * the same kernels are called with the same arguments.
 */
public final class MultiRegionalModelBuilder {
  private MultiRegionalModelBuilder() {}

  /**
   * The inputs of R regions and the shipments between them.
   *
   * @param regions the R regions, in order
   * @param provinces the single-region inputs of each region, aligned to {@code regions}: same sectors, same national
   *     input mix and same propensity to consume in each
   * @param shipments R x R x n, {@code shipments[(o * R + d) * n + i]} = output of sector i of region o used in region
   *     d; non-negative; for o = d it must equal {@code provinces[d].usedInRegion[i]}, and the sum over o != d must
   *     equal {@code provinces[d].importsOtherProvinces[i]} (relative tolerance 1e-6)
   */
  public record Inputs(List<Regions.Region> regions, List<ProvincialModelBuilder.Inputs> provinces,
      double[] shipments) {
    public Inputs {
      regions = List.copyOf(regions);
      provinces = List.copyOf(provinces);
      Objects.requireNonNull(shipments, "shipments");
      shipments = shipments.clone();
      validate(regions, provinces, shipments);
    }

    @Override
    public double[] shipments() {
      return shipments.clone();
    }

    /** Number of sectors per region. */
    public int sectorsPerRegion() {
      return provinces.get(0).sectors().size();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Inputs in && regions.equals(in.regions) && provinces.equals(in.provinces)
          && Arrays.equals(shipments, in.shipments);
    }

    @Override
    public int hashCode() {
      return Objects.hash(regions, provinces, Arrays.hashCode(shipments));
    }

    @Override
    public String toString() {
      return "Inputs[" + regions.size() + " regions x " + sectorsPerRegion() + " sectors]";
    }
  }

  /** The code of sector {@code sector} of region {@code region}: {@code <region>.<sector>}. */
  public static String code(Regions.Region region, Sector sector) {
    return region.code() + "." + sector.code();
  }

  /**
   * Trade coefficients {@code t[(o * R + d) * n + i]}: the share of region d's use of sector i supplied by region o.
   * The diagonal (o = d) is each region's regional purchase coefficient.
   */
  public static double[] tradeCoefficients(Inputs in) {
    int r = in.regions().size();
    int n = in.sectorsPerRegion();
    double[] t = new double[r * r * n];
    for (int d = 0; d < r; d++) {
      ProvincialModelBuilder.Inputs p = in.provinces().get(d);
      double[] rpc = ProvincialModelBuilder.regionalPurchaseCoefficients(p);
      double[] used = p.usedInRegion();
      double[] mp = p.importsOtherProvinces();
      double[] mi = p.importsInternational();
      for (int o = 0; o < r; o++) {
        for (int i = 0; i < n; i++) {
          t[(o * r + d) * n + i] = o == d ? rpc[i] : in.shipments[(o * r + d) * n + i] / (used[i] + mp[i] + mi[i]);
        }
      }
    }
    return t;
  }

  /** Builds the multi-regional model; {@code info} is attached unchanged. */
  public static Model build(ModelInfo info, Inputs in) {
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(in, "inputs");
    int r = in.regions().size();
    int n = in.sectorsPerRegion();
    int size = r * n;
    double[] t = tradeCoefficients(in);
    double[] share = in.provinces().get(0).inputShares();

    List<Sector> sectors = new ArrayList<>(size);
    int[] regionOf = new int[size];
    Triplets z = new Triplets();
    double[] x = new double[size];
    double[] jobs = new double[size];
    double[] v = new double[size];
    double[] w = new double[size];
    double[] consumption = new double[size * r];
    double[] income = new double[r];
    double[] block = new double[n * n];
    double[] tod = new double[n];
    double[] c = new double[n];
    for (int d = 0; d < r; d++) {
      ProvincialModelBuilder.Inputs pd = in.provinces().get(d);
      Regions.Region region = in.regions().get(d);
      for (Sector s : pd.sectors()) {
        sectors.add(new Sector(code(region, s), region.name() + ": " + s.name()));
      }
      double[] xd = pd.output();
      double[] gamma = pd.gamma();
      System.arraycopy(xd, 0, x, d * n, n);
      System.arraycopy(pd.employment(), 0, jobs, d * n, n);
      Arrays.fill(regionOf, d * n, (d + 1) * n, d);

      double[] vd = new double[n];
      double[] wd = new double[n];
      ProvincialModelBuilder.factorIncome(gamma, xd, pd.gosShare(), vd, wd);
      wd = ProvincialModelBuilder.labourIncome(pd);
      double p = pd.propensity();
      System.arraycopy(vd, 0, v, d * n, n);
      System.arraycopy(wd, 0, w, d * n, n);
      double h = 0;
      for (int j = 0; j < n; j++) {
        h += wd[j];
      }
      income[d] = h;
      double[] alpha = ProvincialModelBuilder.householdMix(pd);

      for (int o = 0; o < r; o++) {
        System.arraycopy(t, (o * r + d) * n, tod, 0, n);
        if (allZero(tod)) {
          continue; // o ships nothing to d: an empty block, and nothing bought by d's households from o
        }
        // purchases of region d's sectors (columns) from region o's sectors (rows)
        ProvincialModelBuilder.transactions(share, gamma, tod, xd, block, n);
        z.addBlock(block, n, o * n, d * n);
        ProvincialModelBuilder.householdConsumption(alpha, tod, p, h, c);
        for (int i = 0; i < n; i++) {
          consumption[(o * n + i) * r + d] = c[i];
        }
      }
    }
    Regions regions = Regions.of(in.regions(), regionOf).withHouseholds(consumption, income);
    return Model.builder(info, SectorIndex.of(sectors))
        .transactions(z.toCsr(size, size))
        .output(x)
        .employment(jobs)
        .labourIncome(w)
        .valueAdded(v)
        .regions(regions)
        .build();
  }

  private static boolean allZero(double[] v) {
    for (double e : v) {
      if (e != 0.0) {
        return false;
      }
    }
    return true;
  }

  private static void validate(List<Regions.Region> regions, List<ProvincialModelBuilder.Inputs> provinces,
      double[] shipments) {
    int r = regions.size();
    if (r == 0) {
      throw new IllegalArgumentException("a multi-regional model needs at least one region");
    }
    if (provinces.size() != r) {
      throw new IllegalArgumentException(r + " regions but " + provinces.size() + " sets of regional inputs");
    }
    ProvincialModelBuilder.Inputs first = provinces.get(0);
    int n = first.sectors().size();
    if (shipments.length != r * r * n) {
      throw new IllegalArgumentException("shipments must have " + r + " x " + r + " x " + n + " values, has "
          + shipments.length);
    }
    for (int d = 0; d < r; d++) {
      ProvincialModelBuilder.Inputs pd = provinces.get(d);
      String name = regions.get(d).code();
      if (!pd.sectors().equals(first.sectors())) {
        throw new IllegalArgumentException("region " + name + " has other sectors than region "
            + regions.get(0).code());
      }
      if (!Arrays.equals(pd.inputShares(), first.inputShares())) {
        throw new IllegalArgumentException("region " + name + " has another input mix than region "
            + regions.get(0).code() + "; the multi-regional build uses one national mix");
      }
      double[] used = pd.usedInRegion();
      double[] mp = pd.importsOtherProvinces();
      for (int i = 0; i < n; i++) {
        String sector = pd.sectors().get(i).code();
        double fromOthers = 0;
        for (int o = 0; o < r; o++) {
          double s = shipments[(o * r + d) * n + i];
          if (!(s >= 0) || !Double.isFinite(s)) {
            throw new IllegalArgumentException("shipments of " + sector + " from " + regions.get(o).code() + " to "
                + name + " must be a non-negative number, was " + s);
          }
          if (o != d) {
            fromOthers += s;
          }
        }
        double own = shipments[(d * r + d) * n + i];
        if (!close(own, used[i])) {
          throw new IllegalArgumentException("shipments of " + sector + " from " + name + " to itself (" + own
              + ") differ from its output used in the region (" + used[i] + ")");
        }
        if (!close(fromOthers, mp[i])) {
          throw new IllegalArgumentException("shipments of " + sector + " to " + name + " from the other regions sum "
              + "to " + fromOthers + ", its imports from the other regions are " + mp[i]);
        }
      }
    }
  }

  private static boolean close(double a, double b) {
    return Math.abs(a - b) <= ProvincialModelBuilder.SHARE_TOLERANCE * Math.max(1.0, Math.max(Math.abs(a),
        Math.abs(b)));
  }
}
