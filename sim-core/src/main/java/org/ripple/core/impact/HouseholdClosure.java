package org.ripple.core.impact;

import java.util.List;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.Regions;
import org.ripple.core.linalg.LeontiefMatrix;
import org.ripple.core.linalg.LinearSolver;
import org.ripple.core.linalg.PerronRoot;
import org.ripple.core.linalg.SolverKind;
import org.ripple.core.linalg.SolverOptions;

/**
 * How a model's households are made endogenous for Type II (induced) effects, chosen once when its
 * {@link LeontiefSystem} is built and used by every Type II computation:
 *
 * <ul>
 *   <li>{@link OpenClosure}: no household data (or no labour income): Type I only;
 *   <li>{@link OneHouseholdClosure}: one household buying {@code c_i / H} per unit of income and receiving the labour
 *       income {@code w_j = W_j / x_j} of every sector (Miller and Blair 2009, sec. 6.1);
 *   <li>{@link PerRegionClosure}: a multi-regional model with household data per region and labour income: one
 *       household per region, receiving the labour income of its region's sectors (sec. 3.3 and 6.1).
 * </ul>
 *
 * Type II quantities are the first n entries of the solve of {@code (I - Abar) dxbar = [d; 0]} with
 * {@code Abar = [[A, C diag(H)^-1], [W_R, 0]]}, of order n + {@link #households()}.
 */
public abstract sealed class HouseholdClosure permits OpenClosure, OneHouseholdClosure, PerRegionClosure {

  HouseholdClosure() {}

  /**
   * Chooses and builds the closure of a model: per region when its regions carry household data and it has labour
   * income, one household when it has household data and labour income, open otherwise.
   */
  static HouseholdClosure of(Model model, Coefficients coefficients, SolverKind kind, SolverOptions options,
      List<String> warnings, PerronRoot known) {
    return switch (households(model)) {
      case PER_REGION -> PerRegionClosure.build(model, coefficients, kind, options, warnings, known);
      case ONE -> OneHouseholdClosure.build(model, coefficients, kind, options, warnings, known);
      case NONE -> {
        if (model.hasHouseholds()) {
          warnings.add("household consumption is given but labour income is not: Type II is not available");
        }
        yield OpenClosure.INSTANCE;
      }
    };
  }

  /** Which closure a model gets: none (open), one household, one household per region. */
  public enum Households { NONE, ONE, PER_REGION }

  /** The closure a model gets (the rule of {@link #of}), without building it. */
  public static Households households(Model model) {
    if (!model.has(Measure.LABOUR_INCOME)) {
      return Households.NONE;
    }
    if (model.regions().map(Regions::hasHouseholds).orElse(false)) {
      return Households.PER_REGION;
    }
    return model.hasHouseholds() ? Households.ONE : Households.NONE;
  }

  /**
   * For each household of the closure a model gets (none, one, or one per region), the sum over sectors of its
   * shares c_i / H_r: what it spends on the model's output per unit of income.
   */
  public static double[] spendingPerUnitOfIncome(Model model) {
    int n = model.size();
    return switch (households(model)) {
      case NONE -> new double[0];
      case ONE -> {
        double[] shares = Coefficients.householdShares(model);
        double total = 0;
        for (int i = 0; i < n; i++) {
          total += shares[i];
        }
        yield new double[] {total};
      }
      case PER_REGION -> {
        int r = model.regions().orElseThrow().size();
        double[] shares = Coefficients.regionalHouseholdShares(model.regions().orElseThrow(), n);
        double[] totals = new double[r];
        for (int h = 0; h < r; h++) {
          for (int i = 0; i < n; i++) {
            totals[h] += shares[i * r + h];
          }
        }
        yield totals;
      }
    };
  }

  /** The matrix B of the closed system {@code I - B} (order n + households) that {@link #of} would solve; null when open. */
  static LeontiefMatrix closedMatrix(Model model, Coefficients coefficients) {
    return switch (households(model)) {
      case PER_REGION -> PerRegionClosure.matrix(model,
          PerRegionClosure.augmentedFlows(model, model.regions().orElseThrow()));
      case ONE -> OneHouseholdClosure.matrix(coefficients, Coefficients.householdShares(model));
      case NONE -> null;
    };
  }

  /** The number of households made endogenous: 0 (open), 1, or the number of regions. */
  public abstract int households();

  /** Whether Type II exists: at least one household. */
  public final boolean hasTypeII() {
    return households() > 0;
  }

  /** The household (0 to {@link #households()} - 1) that receives sector j's labour income. */
  public abstract int householdOf(int sector);

  /** {@code c_i / H_r}: the share of each unit of household r's income spent on sector i. */
  public abstract double share(int sector, int household);

  /** Bounds on the spectral radius of Abar; null when open. */
  public abstract PerronRoot spectralRadius();

  /** What the closure is, for reports: e.g. "one household per region (13 households)". */
  public abstract String description();

  /** How household h is named in messages where it stands for a row of Abar (e.g. "households.QC"). */
  public abstract String householdName(int household);

  /** The solver of {@code I - Abar} (order n + households); null when open. */
  abstract LinearSolver solver();

  /**
   * Type II transposed solves {@code (I - Abar)^T ybar_k = [b_k; 0]} (first n entries) for right-hand sides whose
   * Type I solves {@code typeI[k]} are known, with {@code incomeTypeI} the Type I solve of the labour-income
   * coefficients: a closure may derive them without a solve of its own.
   */
  abstract double[][] transposedGivenTypeI(LeontiefSystem system, double[][] rhs, double[][] typeI,
      double[] incomeTypeI);

  void requireHousehold(int sector, int household, int n) {
    if (sector < 0 || sector >= n || household < 0 || household >= households()) {
      throw new IndexOutOfBoundsException("sector " + sector + ", household " + household + " is outside the " + n
          + " sectors and " + households() + " households");
    }
  }
}
