package org.ripple.core.impact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.Regions;
import org.ripple.core.linalg.CsrMatrix;

/**
 * The coefficients of a model, derived once: the technical coefficients {@code A = Z diag(x)^-1} (CSR), the direct
 * coefficients of jobs, labour income and value added per unit of output ({@code e, w, v = level / x}), and the
 * household consumption shares {@code c / H}. A sector with zero output gets a zero column of A and zero
 * coefficients, with a warning. The column-sum rule lives here too: a sector may not buy one unit or more of regional
 * inputs per unit of its output ({@link #overspent}); the system warns, the validator refuses the model.
 *
 * <p>Derived once per model: the validator computes them, and its {@link SpectralBounds} and {@link LeontiefSystem}
 * share them.
 */
public final class Coefficients {
  private final CsrMatrix a;
  private final double[] jobs;
  private final double[] income;
  private final double[] valueAdded;
  private final double[] ones;
  private final double[] columnSums;
  private final List<String> warnings;

  /**
   * A sector buying its regional inputs: its column sum of A, {@code sum_i a_ij}, at or above one, so its value added
   * would be negative (usually Z and x in different units).
   *
   * @param sector the sector's position
   * @param columnSum its column sum of A
   */
  public record Overspent(int sector, double columnSum) {}

  private Coefficients(CsrMatrix a, double[] jobs, double[] income, double[] valueAdded, List<String> warnings) {
    this.a = a;
    this.columnSums = a.columnSums();
    this.jobs = jobs;
    this.income = income;
    this.valueAdded = valueAdded;
    this.ones = new double[a.rows()];
    Arrays.fill(ones, 1.0);
    this.warnings = warnings;
  }

  /** The coefficients of a model, with warnings for zero outputs and column sums of A at or above one. */
  public static Coefficients of(Model model) {
    int n = model.size();
    List<String> warnings = new ArrayList<>();
    double[] x = model.outputCopy();
    for (int j = 0; j < n; j++) {
      if (!(x[j] > 0)) {
        warnings.add("sector " + model.sectors().at(j).code()
            + " has zero output: its column of A and its coefficients are set to zero");
      }
    }
    double[] inv = inverseOutput(x);
    Coefficients c = new Coefficients(technical(model.transactions(), inv), perUnitOfOutput(model, Measure.JOBS, inv),
        perUnitOfOutput(model, Measure.LABOUR_INCOME, inv), perUnitOfOutput(model, Measure.VALUE_ADDED, inv),
        warnings);
    for (Overspent o : c.overspent()) {
      c.warnings.add(String.format(Locale.ROOT,
          "sector %s buys %.4f of regional inputs per unit of output (column sum of A >= 1)",
          model.sectors().at(o.sector()).code(), o.columnSum()));
    }
    return c;
  }

  /** The sectors breaking the column-sum rule (column sum of A at or above one), in sector order. */
  public List<Overspent> overspent() {
    List<Overspent> found = new ArrayList<>();
    for (int j = 0; j < columnSums.length; j++) {
      if (columnSums[j] >= 1.0) {
        found.add(new Overspent(j, columnSums[j]));
      }
    }
    return found;
  }

  /** {@code 1 / x_j}, and 0 where output is not positive (its column of coefficients is then zero). */
  static double[] inverseOutput(double[] x) {
    double[] inv = new double[x.length];
    for (int j = 0; j < x.length; j++) {
      if (x[j] > 0) {
        inv[j] = 1.0 / x[j];
      }
    }
    return inv;
  }

  /** {@code Z diag(1/x)}: the technical coefficients of flows z given the inverse outputs. */
  static CsrMatrix technical(CsrMatrix z, double[] inverseOutput) {
    return z.scaleColumns(inverseOutput);
  }

  private static double[] perUnitOfOutput(Model model, Measure measure, double[] inverseOutput) {
    if (!model.has(measure)) {
      return null;
    }
    double[] c = model.levelsCopy(measure);
    for (int j = 0; j < c.length; j++) {
      c[j] *= inverseOutput[j];
    }
    return c;
  }

  /** The share {@code c_i / H} of each unit of the (one) household's income spent on sector i. */
  static double[] householdShares(Model model) {
    int n = model.size();
    double[] shares = new double[n];
    double h = model.householdIncome();
    for (int i = 0; i < n; i++) {
      shares[i] = model.householdConsumption(i) / h;
    }
    return shares;
  }

  /**
   * The shares {@code C[i][r] / H[r]} of each unit of region r's household income spent on sector i, row-major
   * n x R.
   */
  static double[] regionalHouseholdShares(Regions regions, int n) {
    int r = regions.size();
    double[] shares = new double[n * r];
    for (int i = 0; i < n; i++) {
      for (int h = 0; h < r; h++) {
        shares[i * r + h] = regions.householdConsumption(i, h) / regions.householdIncome(h);
      }
    }
    return shares;
  }

  /** A (CSR, shared: it is immutable). */
  CsrMatrix a() {
    return a;
  }

  /** The direct coefficients of a measure (ones for output), or null when the model lacks its satellite. */
  double[] of(Measure measure) {
    return switch (measure) {
      case OUTPUT -> ones;
      case JOBS -> jobs;
      case LABOUR_INCOME -> income;
      case VALUE_ADDED -> valueAdded;
    };
  }

  List<String> warnings() {
    return List.copyOf(warnings);
  }
}
