package org.ripple.core.impact;

import java.util.List;
import java.util.Locale;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.linalg.LeontiefMatrix;
import org.ripple.core.linalg.LinearSolver;
import org.ripple.core.linalg.PerronRoot;
import org.ripple.core.linalg.SolverKind;
import org.ripple.core.linalg.SolverOptions;

/**
 * One household for the whole model (Miller and Blair 2009, sec. 6.1): the bordered (n+1) x (n+1) matrix
 * {@code Abar = [[A, c/H], [w, 0]]}, A shared with Type I. Households spending at least all their income on the
 * model's output (sum of c/H at least one) is a warning; a non-productive Abar is a {@link NotProductiveException}.
 */
public final class OneHouseholdClosure extends HouseholdClosure {
  private static final String NAME = "households";
  private final double[] shares;
  private final ProductiveSolver closed;

  private OneHouseholdClosure(double[] shares, ProductiveSolver closed) {
    this.shares = shares;
    this.closed = closed;
  }

  static OneHouseholdClosure build(Model model, Coefficients coefficients, SolverKind kind, SolverOptions options,
      List<String> warnings, PerronRoot known) {
    int n = model.size();
    double[] shares = Coefficients.householdShares(model);
    double total = spendingPerUnitOfIncome(model)[0];
    if (total >= 1.0) {
      warnings.add(String.format(Locale.ROOT,
          "households spend %.4f of each unit of income on regional output (>= 1)", total));
    }
    LeontiefMatrix abar = matrix(coefficients, shares);
    ProductiveSolver closed = ProductiveSolver.of(abar, kind, options, new ProductiveSolver.Naming(
        ModelType.TYPE_II, "Abar", "the household-closed (Type II) model " + model.info().name(),
        j -> j < n ? model.sectors().at(j).code() : NAME), known);
    return new OneHouseholdClosure(shares, closed);
  }

  /** {@code [[A, c/H], [w, 0]]}. */
  static LeontiefMatrix matrix(Coefficients coefficients, double[] shares) {
    return LeontiefMatrix.bordered(coefficients.a(), shares, coefficients.of(Measure.LABOUR_INCOME));
  }

  @Override
  public int households() {
    return 1;
  }

  @Override
  public int householdOf(int sector) {
    requireHousehold(sector, 0, shares.length);
    return 0;
  }

  @Override
  public double share(int sector, int household) {
    requireHousehold(sector, household, shares.length);
    return shares[sector];
  }

  @Override
  public PerronRoot spectralRadius() {
    return closed.root();
  }

  @Override
  public String description() {
    return "one household";
  }

  @Override
  public String householdName(int household) {
    return NAME;
  }

  @Override
  LinearSolver solver() {
    return closed.solver();
  }

  /**
   * By block elimination of the household row and column, no solve of its own. With {@code h = c/H},
   * {@code (I - Abar)^T [y; t] = [b; 0]} reads {@code (I - A)^T y = b + t w} and {@code t = h^T y}. With
   * {@code y0 = (I - A)^-T b} and {@code yw = (I - A)^-T w}: {@code y = y0 + t yw} and
   * {@code t = h^T y0 / (1 - h^T yw)}; the denominator is positive for a productive household-closed model.
   */
  @Override
  double[][] transposedGivenTypeI(LeontiefSystem system, double[][] rhs, double[][] typeI, double[] incomeTypeI) {
    double[][] out = new double[typeI.length][];
    for (int k = 0; k < typeI.length; k++) {
      out[k] = eliminated(typeI[k], incomeTypeI);
    }
    return out;
  }

  private double[] eliminated(double[] y0, double[] yw) {
    int n = y0.length;
    double hy0 = 0;
    double hyw = 0;
    for (int i = 0; i < n; i++) {
      double h = shares[i];
      hy0 += h * y0[i];
      hyw += h * yw[i];
    }
    double t = hy0 / (1.0 - hyw);
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = y0[i] + t * yw[i];
    }
    return y;
  }
}
