package org.ripple.core.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.ModelException;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.impact.ModelType;
import org.ripple.core.impact.RegionalClosure;
import org.ripple.core.linalg.PerronRoot;

/**
 * Checks a model before it is used and returns findings instead of throwing, so that {@code ripple validate} can list
 * them all and every run can stop on the first error. The checks, in order:
 *
 * <ol>
 *   <li>shape and codes: at least one sector, Z is n x n, codes unique and non-blank (the file reader reports the
 *       same problems with file, line and column; this is the contract for models built in code);
 *   <li>finite numbers everywhere (error);
 *   <li>output: negative is an error, zero a warning (its column of A and its coefficients are zero);
 *   <li>negative employment, labour income or household consumption (error); a negative flow is an error naming the
 *       cell and the value, unless the model accepts that cell with a reason ({@link AcceptedFlows}: official tables
 *       sometimes carry negative cells), when it is a warning;
 *   <li>column sums of A: a sector buying at least one unit of regional inputs per unit of output is an error
 *       (its value added would be negative; usually Z and x are in different units);
 *   <li>productivity: the spectral radius of A, and of the household-closed matrix {@code [[A, c/H], [w, 0]]}, must be
 *       below 1 (Perron-Collatz-Wielandt bounds, then the exact test of {@link LeontiefSystem}); error otherwise;
 *   <li>output multipliers (column sums of L, one transposed solve): below 1 is an error; it can only happen with
 *       negative flows, and means L has negative entries large enough to subtract output;
 *   <li>signs of L (and of the n x n block of Lbar): with flows of zero or more and a spectral radius below 1, L is
 *       non-negative by its power series, so nothing is solved. With accepted negative flows, every column of L is
 *       solved (in blocks of {@value #SIGN_BLOCK}, never the whole inverse at once) and an entry below
 *       {@code -}{@value #SIGN_TOLERANCE} is an error naming the cell and the value; above
 *       {@value #MAX_SECTORS_SIGN_CHECK} sectors that costs too much, and a warning says it was not checked;
 *   <li>households: Type II needs labour income; households spending at least all their income regionally (sum of
 *       c/H >= 1) is a warning;
 *   <li>column balance (warning): when value added is given, {@code sum_i Z_ij + V_j (+ imports M_j + taxes T_j when
 *       given)} must equal {@code x_j} within {@value #BALANCE_TOLERANCE} of {@code x_j}. Without an imports column
 *       the regional table leaves imported inputs out, so only the upper side is checked (inputs may not exceed
 *       output);
 *   <li>row balance (warning): {@code sum_j Z_ij + f_i} must equal {@code x_i} within {@value #BALANCE_TOLERANCE} of
 *       {@code x_i} when the model gives final demand {@code f}; without it only the upper side is checked: a
 *       sector's regional intermediate sales may not exceed its output (its final demand would be negative).
 * </ol>
 *
 * Jobs of a scenario larger than a sector's employment are checked where the scenario meets the model
 * ({@link org.ripple.core.scenario.ImpactEngine}).
 */
public final class ModelValidator {
  /** Relative tolerance of the column balance, as a share of the sector's output. */
  public static final double BALANCE_TOLERANCE = 0.01;
  /** Largest model whose L is solved column by column to check its signs when it has negative flows. */
  public static final int MAX_SECTORS_SIGN_CHECK = 1000;
  /** An entry of L below minus this is negative (L's diagonal is at least 1; solves are accurate to about 1e-13). */
  public static final double SIGN_TOLERANCE = 1e-10;
  private static final int SIGN_BLOCK = 64;

  private final Model model;
  private final AcceptedFlows accepted;
  private final int n;
  private boolean negativeFlows;
  /** The per-region Type II closure of a multi-regional model with households per region, once built. */
  private RegionalClosure closure;
  private final List<Finding> findings = new ArrayList<>();
  private final List<String> checks = new ArrayList<>();

  private ModelValidator(Model model, AcceptedFlows accepted) {
    this.model = model;
    this.accepted = accepted;
    this.n = model.size();
  }

  /** Runs every check, accepting no negative flow; never throws for a bad model. */
  public static ValidationReport validate(Model model) {
    return validate(model, AcceptedFlows.none());
  }

  /** Runs every check, with the negative flows the model's author accepted; never throws for a bad model. */
  public static ValidationReport validate(Model model, AcceptedFlows accepted) {
    if (!accepted.fits(model.size())) {
      throw new IllegalArgumentException("the accepted flows were collected for a model of another size");
    }
    return new ModelValidator(model, accepted).run();
  }

  private String code(int j) {
    return model.sectors().at(j).code();
  }

  private void error(Check check, String place, String message) {
    findings.add(new Finding(Severity.ERROR, check, place, message));
  }

  private void warning(Check check, String place, String message) {
    findings.add(new Finding(Severity.WARNING, check, place, message));
  }

  private ValidationReport run() {
    double[] x = model.outputCopy();
    shapeAndCodes(x);
    if (!finite(x)) {
      return new ValidationReport(findings, null, null, checks);
    }
    signs(x);
    double[] inputs = flowColumnSums();
    columnSums(inputs, x);
    boolean typeII = households(x);
    // a multi-regional model with households per region closes Type II per region, as the engine does
    boolean perRegion = typeII && RegionalClosure.applies(model);
    PerronRoot rootI = null;
    PerronRoot rootII = null;
    LeontiefSystem system = null;
    if (!model.isSparse()) {
      double[] a = coefficients(model.transactionsCopy(), x);
      rootI = PerronRoot.estimate(a, n, 1e-9, 2000);
      if (rootI.lower() >= 1.0) {
        error(Check.PRODUCTIVITY, "model", String.format(Locale.ROOT,
            "not productive: the spectral radius of A is at least %.6f (must be below 1)", rootI.lower()));
      }
      double[] abar = typeII && !perRegion ? closed(a, x) : null;
      rootII = abar == null ? null : PerronRoot.estimate(abar, n + 1, 1e-9, 2000);
      if (rootII != null && rootII.lower() >= 1.0) {
        error(Check.PRODUCTIVITY_TYPE_II, "model", String.format(Locale.ROOT,
            "the household-closed (Type II) model is not productive: the spectral radius is at least %.6f "
                + "(must be below 1); check household_consumption and labour_income", rootII.lower()));
      }
    }
    if (findings.stream().noneMatch(Finding::isError)) {
      system = exact();
      if (system != null && model.isSparse()) {
        // sparse models: the bounds come from the system's sparse power iteration, no n x n array
        rootI = system.spectralRadius();
        rootII = system.spectralRadiusTypeII();
      }
      if (system != null && perRegion) {
        closure = perRegionClosure(system);
        rootII = closure == null ? null : closure.closedSystem().spectralRadius();
      }
      if (system != null && (!perRegion || closure != null)) {
        leontiefSigns(system);
      }
    }
    checks.add("productivity: spectral radius of A" + (typeII ? " and of the Type II matrix" : "") + " below 1");
    balance(inputs, x);
    rowBalance(x);
    return new ValidationReport(findings, rootI, rootII, checks, system);
  }

  /** Column sums of Z: each sector's purchases from the region. */
  private double[] flowColumnSums() {
    double[] sums = new double[n];
    model.forEachFlow((i, j, v) -> sums[j] += v);
    return sums;
  }

  private void shapeAndCodes(double[] x) {
    if (n < 1 || x.length != n) {
      error(Check.SHAPE, "model", "output must have " + n + " values; found " + x.length);
    }
    Set<String> seen = new HashSet<>();
    for (int j = 0; j < n; j++) {
      String c = code(j);
      if (c == null || c.isBlank()) {
        error(Check.CODES, "sector " + (j + 1), "sector code is empty");
      } else if (!seen.add(c)) {
        error(Check.CODES, "sector " + c, "sector code is used twice");
      }
    }
    checks.add("shape: " + n + " x " + n + " transactions, " + n + " sectors with unique codes");
  }

  private boolean finite(double[] x) {
    boolean[] ok = {true};
    model.forEachFlow((i, j, v) -> {
      if (ok[0] && !Double.isFinite(v)) {
        error(Check.FINITE, "flow " + code(i) + " -> " + code(j), "not a finite number: " + v);
        ok[0] = false;
      }
    });
    boolean all = ok[0];
    all &= finiteVector("output", x);
    for (Measure m : new Measure[] {Measure.JOBS, Measure.LABOUR_INCOME, Measure.VALUE_ADDED}) {
      double[] v = model.levelsCopy(m);
      if (v != null) {
        all &= finiteVector(m.key(), v);
      }
    }
    if (model.hasHouseholds()) {
      all &= finiteVector("household_consumption", model.householdConsumptionCopy());
    }
    String[] names = {"taxes", "imports", "final_demand"};
    double[][] optional = {model.taxesCopy(), model.importsCopy(), model.finalDemandCopy()};
    for (int k = 0; k < names.length; k++) {
      if (optional[k] != null) {
        all &= finiteVector(names[k], optional[k]);
      }
    }
    checks.add("numbers: every value finite");
    return all;
  }

  private boolean finiteVector(String what, double[] v) {
    for (int j = 0; j < v.length; j++) {
      if (!Double.isFinite(v[j])) {
        error(Check.FINITE, "sector " + code(j), what + " is not a finite number: " + v[j]);
        return false;
      }
    }
    return true;
  }

  private void signs(double[] x) {
    for (int j = 0; j < n; j++) {
      if (x[j] < 0) {
        error(Check.NEGATIVE_OUTPUT, "sector " + code(j), "output is negative (" + num(x[j])
            + "); output must be zero or more");
      } else if (x[j] == 0) {
        warning(Check.ZERO_OUTPUT, "sector " + code(j),
            "output is zero: its column of A and its coefficients are set to zero");
      }
    }
    nonNegative(Measure.JOBS, "employment");
    nonNegative(Measure.LABOUR_INCOME, "labour_income");
    if (model.hasHouseholds()) {
      double[] c = model.householdConsumptionCopy();
      for (int j = 0; j < n; j++) {
        if (c[j] < 0) {
          error(Check.NEGATIVE_SATELLITE, "sector " + code(j), "household_consumption is negative (" + num(c[j])
              + ")");
        }
      }
    }
    model.forEachFlow((i, j, v) -> {
      if (v < 0) {
        negativeFlows = true;
        String reason = accepted.reason(i, j);
        if (reason == null) {
          error(Check.NEGATIVE_FLOW, "flow " + code(i) + " -> " + code(j), "negative flow " + num(v)
              + "; flows must be zero or more: correct the cell, or accept it with a reason if the source table "
              + "has it");
        } else {
          warning(Check.NEGATIVE_FLOW, "flow " + code(i) + " -> " + code(j), "negative flow " + num(v)
              + ", accepted: " + reason);
        }
      }
    });
    checks.add("signs: output, satellites and flows not negative (negative flows only where accepted with a "
        + "reason: " + accepted.size() + " accepted); zero outputs are warnings");
  }

  private void nonNegative(Measure m, String what) {
    double[] v = model.levelsCopy(m);
    if (v == null) {
      return;
    }
    for (int j = 0; j < n; j++) {
      if (v[j] < 0) {
        error(Check.NEGATIVE_SATELLITE, "sector " + code(j), what + " is negative (" + num(v[j]) + ")");
      }
    }
  }

  /** {@code A = Z diag(x)^-1}, a zero column where output is not positive (as {@link LeontiefSystem} does). */
  private double[] coefficients(double[] z, double[] x) {
    double[] a = new double[n * n];
    for (int j = 0; j < n; j++) {
      if (x[j] > 0) {
        double inv = 1.0 / x[j];
        for (int i = 0; i < n; i++) {
          a[i * n + j] = z[i * n + j] * inv;
        }
      }
    }
    return a;
  }

  private void columnSums(double[] inputs, double[] x) {
    for (int j = 0; j < n; j++) {
      double col = x[j] > 0 ? inputs[j] / x[j] : 0;
      if (col >= 1.0) {
        error(Check.COLUMN_SUM, "sector " + code(j), String.format(Locale.ROOT,
            "buys %.4f of regional inputs per unit of output (column sum of A must be below 1); "
                + "check that transactions and output are in the same unit", col));
      }
    }
    checks.add("column sums of A below 1");
  }

  /** Whether the model has a Type II system; warns when the household data are incomplete or overspent. */
  private boolean households(double[] x) {
    if (!model.hasHouseholds()) {
      return false;
    }
    if (!model.has(Measure.LABOUR_INCOME)) {
      warning(Check.HOUSEHOLDS, "model", "household_consumption is given but labour_income is not: "
          + "Type II (induced effects) is not available");
      return false;
    }
    if (RegionalClosure.applies(model)) {
      var regions = model.regions().orElseThrow();
      // closed per region: each region's households
      for (int r = 0; r < regions.size(); r++) {
        double shares = 0;
        for (int i = 0; i < n; i++) {
          shares += regions.householdConsumption(i, r) / regions.householdIncome(r);
        }
        if (shares >= 1.0) {
          warning(Check.HOUSEHOLDS, "region " + regions.at(r).code(), String.format(Locale.ROOT,
              "households spend %.4f of each unit of income on output of the modelled regions (expected below 1)",
              shares));
        }
      }
      return true;
    }
    double h = model.householdIncome();
    double shares = 0;
    for (int i = 0; i < n; i++) {
      shares += model.householdConsumption(i) / h;
    }
    if (shares >= 1.0) {
      warning(Check.HOUSEHOLDS, "model", String.format(Locale.ROOT,
          "households spend %.4f of each unit of income on regional output (expected below 1)", shares));
    }
    return true;
  }

  /** {@code [[A, c/H], [w, 0]]} of a dense model with households. */
  private double[] closed(double[] a, double[] x) {
    int m = n + 1;
    double h = model.householdIncome();
    double[] abar = new double[m * m];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a, i * n, abar, i * m, n);
      abar[i * m + n] = model.householdConsumption(i) / h;
      abar[n * m + i] = x[i] > 0 ? model.level(Measure.LABOUR_INCOME, i) / x[i] : 0;
    }
    return abar;
  }

  /**
   * The exact productivity test and the output multipliers, through the system every command uses (on a sparse
   * model, its default iterative solver). Returns the system, or null when it could not be built.
   */
  private LeontiefSystem exact() {
    LeontiefSystem system;
    try {
      system = LeontiefSystem.of(model);
    } catch (ModelException e) {
      error(e.getMessage().contains("Type II") ? Check.PRODUCTIVITY_TYPE_II : Check.PRODUCTIVITY,
          e.sector() == null ? "model" : "sector " + e.sector(), e.getMessage());
      return null;
    }
    double[] ones = new double[n];
    java.util.Arrays.fill(ones, 1.0);
    double[] multipliers = system.solveTypeITransposed(ones);
    for (int j = 0; j < n; j++) {
      if (multipliers[j] < 1.0 - 1e-12) {
        error(Check.OUTPUT_MULTIPLIER, "sector " + code(j), String.format(Locale.ROOT,
            "output multiplier is %.6f (must be at least 1): negative flows make the supply chain subtract "
                + "output; check the negative cells", multipliers[j]));
      }
    }
    checks.add("output multipliers (column sums of L) at least 1");
    return system;
  }

  /**
   * The Type II closure with one household per region, through which the engine computes every induced effect of a
   * multi-regional model; an error (and null) when it is not productive.
   */
  private RegionalClosure perRegionClosure(LeontiefSystem system) {
    try {
      RegionalClosure c = RegionalClosure.of(system).orElse(null);
      if (c != null) {
        PerronRoot root = c.closedSystem().spectralRadius();
        checks.add("Type II closed with one household per region (" + model.regions().orElseThrow().size()
            + " households), as every run closes it");
        if (root != null && root.lower() >= 1.0) {
          error(Check.PRODUCTIVITY_TYPE_II, "model", String.format(Locale.ROOT, "the Type II model closed per region "
              + "is not productive: the spectral radius is at least %.6f (must be below 1)", root.lower()));
          return null;
        }
      }
      return c;
    } catch (ModelException e) {
      error(Check.PRODUCTIVITY_TYPE_II, e.sector() == null ? "model" : "sector " + e.sector(),
          "the Type II model closed per region: " + e.getMessage());
      return null;
    }
  }

  /** The signs of L (and of Lbar's n x n block): see the class comment. */
  private void leontiefSigns(LeontiefSystem system) {
    if (!negativeFlows) {
      checks.add("L has no negative entries: it follows from flows of zero or more and a spectral radius below 1");
      return;
    }
    if (n > MAX_SECTORS_SIGN_CHECK) {
      warning(Check.NEGATIVE_LEONTIEF, "model", "the model has negative flows, and with " + n + " sectors (more than "
          + MAX_SECTORS_SIGN_CHECK + ") the signs of L are not checked: results may subtract output where they "
          + "should add it");
      checks.add("L has no negative entries: not checked (negative flows, more than " + MAX_SECTORS_SIGN_CHECK
          + " sectors)");
      return;
    }
    signsOf(system, ModelType.TYPE_I, "L");
    if (system.hasTypeII()) {
      signsOf(system, ModelType.TYPE_II, "Lbar (Type II)");
    }
    checks.add((system.hasTypeII() ? "L and Lbar have" : "L has") + " no negative entries (solved column by column "
        + "because the model has negative flows)");
  }

  private void signsOf(LeontiefSystem system, ModelType type, String name) {
    int count = 0;
    int worstRow = -1;
    int worstColumn = -1;
    double worst = 0;
    for (int start = 0; start < n; start += SIGN_BLOCK) {
      int k = Math.min(SIGN_BLOCK, n - start);
      double[][] rhs = new double[k][n];
      for (int c = 0; c < k; c++) {
        rhs[c][start + c] = 1.0;
      }
      // with a per-region closure, rows of Lbar's n x n block (transposed solves) instead of columns: the same
      // entries, scanned in another order
      double[][] columns = type == ModelType.TYPE_II && closure != null ? closure.solveTransposed(rhs)
          : system.solve(type, rhs);
      for (int c = 0; c < k; c++) {
        double[] col = columns[c];
        for (int i = 0; i < n; i++) {
          if (col[i] < -SIGN_TOLERANCE) {
            count++;
            if (col[i] < worst) {
              boolean rows = type == ModelType.TYPE_II && closure != null;
              worst = col[i];
              worstRow = rows ? start + c : i;
              worstColumn = rows ? i : start + c;
            }
          }
        }
      }
    }
    if (count > 0) {
      error(Check.NEGATIVE_LEONTIEF, "sector " + code(worstColumn), String.format(Locale.ROOT,
          "%s[%s, %s] = %s is negative%s: with the negative flows, more final demand for %s would lower the output "
              + "of %s; the Leontief model cannot be used until the negative flows are corrected", name,
          code(worstRow), code(worstColumn), num(worst), count == 1 ? "" : " (the most negative of " + count
              + " negative entries)", code(worstColumn), code(worstRow)));
    }
  }

  private void balance(double[] flowColumnSums, double[] x) {
    if (!model.has(Measure.VALUE_ADDED)) {
      checks.add("column balance: not checked (no value_added)");
      return;
    }
    boolean twoSided = model.hasImports();
    for (int j = 0; j < n; j++) {
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
        warning(Check.COLUMN_BALANCE, "sector " + code(j), String.format(Locale.ROOT,
            "column balance off by %+.2f%% of output: regional inputs + value added%s%s = %s, output = %s "
                + "(tolerance %.0f%%)", 100 * gap, model.hasImports() ? " + imports" : "",
            model.hasTaxes() ? " + taxes" : "", num(inputs), num(x[j]), 100 * BALANCE_TOLERANCE));
      }
    }
    checks.add(String.format(Locale.ROOT, "column balance: regional inputs + value added%s%s %s output within %.0f%%",
        model.hasImports() ? " + imports" : "", model.hasTaxes() ? " + taxes" : "",
        twoSided ? "equal" : "at most (no imports column, so one-sided)", 100 * BALANCE_TOLERANCE));
  }

  /** Row balance: intermediate sales + final demand = output (two-sided with final demand, else one-sided). */
  private void rowBalance(double[] x) {
    double[] sales = model.intermediateSales();
    boolean twoSided = model.hasFinalDemand();
    for (int i = 0; i < n; i++) {
      if (!(x[i] > 0)) {
        continue;
      }
      double uses = sales[i] + (twoSided ? model.finalDemand(i) : 0);
      double gap = (uses - x[i]) / x[i];
      if (twoSided && Math.abs(gap) > BALANCE_TOLERANCE) {
        warning(Check.ROW_BALANCE, "sector " + code(i), String.format(Locale.ROOT,
            "row balance off by %+.2f%% of output: regional intermediate sales + final demand = %s, output = %s "
                + "(tolerance %.0f%%)", 100 * gap, num(uses), num(x[i]), 100 * BALANCE_TOLERANCE));
      } else if (!twoSided && gap > BALANCE_TOLERANCE) {
        warning(Check.ROW_BALANCE, "sector " + code(i), String.format(Locale.ROOT,
            "regional intermediate sales %s exceed output %s by %.2f%% (tolerance %.0f%%): its final demand would "
                + "be negative (inventories run down, or transactions and output from different sources or units)",
            num(uses), num(x[i]),
            100 * gap, 100 * BALANCE_TOLERANCE));
      }
    }
    checks.add(twoSided
        ? String.format(Locale.ROOT, "row balance: regional intermediate sales + final demand equal output within "
            + "%.0f%%", 100 * BALANCE_TOLERANCE)
        : String.format(Locale.ROOT, "row balance: regional intermediate sales at most output within %.0f%% (no "
            + "final_demand column, so one-sided)", 100 * BALANCE_TOLERANCE));
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.6g", v);
  }
}
