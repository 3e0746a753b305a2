package org.ripple.core.impact;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.Regions;
import org.ripple.core.linalg.CsrMatrix;
import org.ripple.core.linalg.LeontiefMatrix;
import org.ripple.core.linalg.LinearSolver;
import org.ripple.core.linalg.PerronRoot;
import org.ripple.core.linalg.SolverKind;
import org.ripple.core.linalg.SolverOptions;
import org.ripple.core.linalg.Triplets;

/**
 * One household per region of a multi-regional model (Miller and Blair 2009, sec. 3.3 and 6.1): the
 * (n + R) x (n + R) matrix
 *
 * <pre>
 *   Abar = [[A, C diag(H)^-1], [W_R, 0]],   W_R[r][j] = W[j] / x[j] if sector j is in region r, else 0
 * </pre>
 *
 * where {@code C[i][r]} is what the households of region r buy from sector i and {@code H[r]} their income. Abar is
 * the coefficient matrix of the flows augmented with R household "sectors" (output H[r], purchases C[.][r], sales
 * W_R[r][.]), derived by {@link Coefficients} as A is, and held sparse (CSR): the model's non-zero flows, the
 * non-zero household purchases and one income entry per sector, so with an iterative solver no (n + R) x (n + R)
 * array exists. A region whose households spend at least all their income on the modelled regions is a warning; a
 * non-productive Abar is a {@link NotProductiveException}.
 */
public final class PerRegionClosure extends HouseholdClosure {
  private final Regions regions;
  private final int n;
  private final double[] shares;
  private final ProductiveSolver closed;

  private PerRegionClosure(Regions regions, int n, double[] shares, ProductiveSolver closed) {
    this.regions = regions;
    this.n = n;
    this.shares = shares;
    this.closed = closed;
  }

  static PerRegionClosure build(Model model, Coefficients coefficients, SolverKind kind, SolverOptions options,
      List<String> warnings, PerronRoot known) {
    Regions regions = model.regions().orElseThrow();
    int n = model.size();
    int r = regions.size();
    double[] shares = Coefficients.regionalHouseholdShares(regions, n);
    double[] spending = spendingPerUnitOfIncome(model);
    for (int h = 0; h < r; h++) {
      double total = spending[h];
      if (total >= 1.0) {
        warnings.add(String.format(Locale.ROOT, "households of region %s spend %.4f of each unit of income on "
            + "output of the modelled regions (>= 1)", regions.at(h).code(), total));
      }
    }
    CsrMatrix zbar = augmentedFlows(model, regions);
    LeontiefSystem.preflight(model.info().name() + " closed per region", kind, n + r, zbar.nonZeros(), false,
        kind == SolverKind.DENSE_LU);
    LeontiefMatrix abar = matrix(model, zbar);
    ProductiveSolver closed = ProductiveSolver.of(abar, kind, options, new ProductiveSolver.Naming(
        ModelType.TYPE_II, "Abar", "the household-closed (Type II) model " + model.info().name()
            + ", closed with one household per region,",
        j -> j < n ? model.sectors().at(j).code() : name(regions, j - n)), known);
    return new PerRegionClosure(regions, n, shares, closed);
  }

  /** Abar: the coefficients of the augmented flows, household r's column scaled by 1 / H[r]. */
  static LeontiefMatrix matrix(Model model, CsrMatrix augmentedFlows) {
    Regions regions = model.regions().orElseThrow();
    int n = model.size();
    double[] xbar = Arrays.copyOf(model.outputCopy(), n + regions.size());
    for (int h = 0; h < regions.size(); h++) {
      xbar[n + h] = regions.householdIncome(h);
    }
    return LeontiefMatrix.of(Coefficients.technical(augmentedFlows, Coefficients.inverseOutput(xbar)));
  }

  /** Z augmented with the households: purchases C in the last R columns, labour income in the last R rows. */
  static CsrMatrix augmentedFlows(Model model, Regions regions) {
    int n = model.size();
    int r = regions.size();
    CsrMatrix z = model.transactions();
    double[] w = model.levelsCopy(Measure.LABOUR_INCOME);
    Triplets zbar = new Triplets((int) Math.min(Integer.MAX_VALUE - 8L, z.nonZeros() + 2L * n + 1));
    int[] columns = new int[n];
    for (int i = 0; i < n; i++) {
      int k = z.rowPattern(i, columns);
      for (int t = 0; t < k; t++) {
        zbar.add(i, columns[t], z.get(i, columns[t]));
      }
      for (int h = 0; h < r; h++) {
        double c = regions.householdConsumption(i, h);
        if (c != 0.0) {
          zbar.add(i, n + h, c);
        }
      }
    }
    for (int j = 0; j < n; j++) {
      if (w[j] != 0.0) {
        zbar.add(n + regions.regionOf(j), j, w[j]);
      }
    }
    return zbar.toCsr(n + r, n + r);
  }

  @Override
  public int households() {
    return regions.size();
  }

  @Override
  public int householdOf(int sector) {
    requireHousehold(sector, 0, n);
    return regions.regionOf(sector);
  }

  @Override
  public double share(int sector, int household) {
    requireHousehold(sector, household, n);
    return shares[sector * regions.size() + household];
  }

  @Override
  public PerronRoot spectralRadius() {
    return closed.root();
  }

  @Override
  public String description() {
    return "one household per region (" + regions.size() + " households)";
  }

  @Override
  public String householdName(int household) {
    return name(regions, household);
  }

  private static String name(Regions regions, int household) {
    return "households." + regions.at(household).code();
  }

  @Override
  LinearSolver solver() {
    return closed.solver();
  }

  /** Solved directly: one block of transposed solves with Abar, the Type I solves are not needed. */
  @Override
  double[][] transposedGivenTypeI(LeontiefSystem system, double[][] rhs, double[][] typeI, double[] incomeTypeI) {
    return system.solveTransposed(ModelType.TYPE_II, rhs);
  }
}
