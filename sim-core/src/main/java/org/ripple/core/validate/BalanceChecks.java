package org.ripple.core.validate;

import java.util.Locale;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.impact.Coefficients;

/**
 * The checks of a model's accounts: column sums of A below one (a sector buying at least one unit of regional inputs
 * per unit of output is an error: its value added would be negative, usually Z and x in different units); column
 * balance (warning: with value added, {@code sum_i Z_ij + V_j (+ imports M_j + taxes T_j when given)} equals
 * {@code x_j} within {@value ModelValidator#BALANCE_TOLERANCE} of {@code x_j}, only the upper side without an
 * imports column); row balance (warning: {@code sum_j Z_ij + f_i} equals {@code x_i} within the same tolerance when
 * final demand f is given, else intermediate sales may not exceed output).
 */
record BalanceChecks(Model model, Findings found) {
  private static final double BALANCE_TOLERANCE = ModelValidator.BALANCE_TOLERANCE;

  /** The column-sum rule ({@link Coefficients#overspent}): each sector breaking it is an error. */
  void columnSums(Coefficients coefficients) {
    for (Coefficients.Overspent o : coefficients.overspent()) {
      found.error(Check.COLUMN_SUM, "sector " + found.code(o.sector()), String.format(Locale.ROOT,
          "buys %.4f of regional inputs per unit of output (column sum of A must be below 1); "
              + "check that transactions and output are in the same unit", o.columnSum()));
    }
    found.checked("column sums of A below 1");
  }

  void columnBalance(double[] flowColumnSums, double[] x) {
    if (!model.has(Measure.VALUE_ADDED)) {
      found.checked("column balance: not checked (no value_added)");
      return;
    }
    boolean twoSided = model.hasImports();
    for (int j = 0; j < n(); j++) {
      if (!(x[j] > 0)) {
        continue;
      }
      double inputs = model.level(Measure.VALUE_ADDED, j) + flowColumnSums[j];
      if (model.hasImports()) {
        inputs += model.imports(j);
      }
      if (model.hasTaxes()) {
        inputs += model.taxes(j);
      }
      double gap = (inputs - x[j]) / x[j];
      if (gap > BALANCE_TOLERANCE || (twoSided && gap < -BALANCE_TOLERANCE)) {
        found.warning(Check.COLUMN_BALANCE, "sector " + found.code(j), String.format(Locale.ROOT,
            "column balance off by %+.2f%% of output: regional inputs + value added%s%s = %s, output = %s "
                + "(tolerance %.0f%%)", 100 * gap, model.hasImports() ? " + imports" : "",
            model.hasTaxes() ? " + taxes" : "", Findings.num(inputs), Findings.num(x[j]), 100 * BALANCE_TOLERANCE));
      }
    }
    found.checked(String.format(Locale.ROOT, "column balance: regional inputs + value added%s%s %s output within %.0f%%",
        model.hasImports() ? " + imports" : "", model.hasTaxes() ? " + taxes" : "",
        twoSided ? "equal" : "at most (no imports column, so one-sided)", 100 * BALANCE_TOLERANCE));
  }

  /**
   * Row balance: intermediate sales (the row sums of Z, {@code sales}) + final demand = output (two-sided with final
   * demand, else one-sided).
   */
  void rowBalance(double[] x, double[] sales) {
    boolean twoSided = model.hasFinalDemand();
    for (int i = 0; i < n(); i++) {
      if (!(x[i] > 0)) {
        continue;
      }
      double uses = sales[i] + (twoSided ? model.finalDemand(i) : 0);
      double gap = (uses - x[i]) / x[i];
      if (twoSided && Math.abs(gap) > BALANCE_TOLERANCE) {
        found.warning(Check.ROW_BALANCE, "sector " + found.code(i), String.format(Locale.ROOT,
            "row balance off by %+.2f%% of output: regional intermediate sales + final demand = %s, output = %s "
                + "(tolerance %.0f%%)", 100 * gap, Findings.num(uses), Findings.num(x[i]), 100 * BALANCE_TOLERANCE));
      } else if (!twoSided && gap > BALANCE_TOLERANCE) {
        found.warning(Check.ROW_BALANCE, "sector " + found.code(i), String.format(Locale.ROOT,
            "regional intermediate sales %s exceed output %s by %.2f%% (tolerance %.0f%%): its final demand would "
                + "be negative (inventories run down, or transactions and output from different sources or units)",
            Findings.num(uses), Findings.num(x[i]),
            100 * gap, 100 * BALANCE_TOLERANCE));
      }
    }
    found.checked(twoSided
        ? String.format(Locale.ROOT, "row balance: regional intermediate sales + final demand equal output within "
            + "%.0f%%", 100 * BALANCE_TOLERANCE)
        : String.format(Locale.ROOT, "row balance: regional intermediate sales at most output within %.0f%% (no "
            + "final_demand column, so one-sided)", 100 * BALANCE_TOLERANCE));
  }

  /** The number of sectors. */
  private int n() {
    return model.size();
  }
}
