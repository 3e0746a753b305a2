package org.ripple.core.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.ModelException;
import org.ripple.core.linalg.DenseLu;
import org.ripple.core.linalg.PerronRoot;
import org.ripple.core.linalg.SingularMatrixException;

/**
 * The Leontief systems of one model, factorised once and reused for every solve.
 *
 * <p>Type I: {@code A = Z diag(x)^-1} and {@code (I - A) dx = d}. Type II (Miller and Blair 2009, sec. 6.1): the
 * (n+1) x (n+1) matrix {@code Abar = [[A, c/H], [w, 0]]} with household consumption coefficients {@code c/H} and
 * labour-income coefficients {@code w = W/x}; Type II quantities are the first n entries of the solution of
 * {@code (I - Abar) dxbar = [d; 0]}. Both are factored with partial-pivoting LU; no inverse is formed.
 *
 * <p>A zero-output sector gets a zero column of A and zero satellite coefficients, with a warning.
 */
public final class LeontiefSystem {
  private final Model model;
  private final int n;
  private final double[] a;
  private final double[] jobs;
  private final double[] income;
  private final double[] valueAdded;
  private final double[] ones;
  private final double[] householdShares;
  private final DenseLu typeI;
  private final DenseLu typeII;
  private final PerronRoot rootI;
  private final PerronRoot rootII;
  private final List<String> warnings;

  private LeontiefSystem(Model model) {
    this.model = model;
    this.n = model.size();
    List<String> notes = new ArrayList<>();
    double[] x = model.outputCopy();
    double[] z = model.transactionsCopy();
    double[] inv = new double[n];
    for (int j = 0; j < n; j++) {
      if (x[j] > 0) {
        inv[j] = 1.0 / x[j];
      } else {
        notes.add("sector " + code(j) + " has zero output: its column of A and its coefficients are set to zero");
      }
    }
    a = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        a[i * n + j] = z[i * n + j] * inv[j];
      }
    }
    for (int j = 0; j < n; j++) {
      double col = 0;
      for (int i = 0; i < n; i++) {
        col += a[i * n + j];
      }
      if (col >= 1.0) {
        notes.add(String.format(Locale.ROOT,
            "sector %s buys %.4f of regional inputs per unit of output (column sum of A >= 1)", code(j), col));
      }
    }
    jobs = coefficients(model, Measure.JOBS, inv);
    income = coefficients(model, Measure.LABOUR_INCOME, inv);
    valueAdded = coefficients(model, Measure.VALUE_ADDED, inv);
    ones = new double[n];
    java.util.Arrays.fill(ones, 1.0);

    rootI = PerronRoot.estimate(a, n, 1e-9, 2000);
    if (rootI.lower() >= 1.0) {
      throw new ModelException(null, String.format(Locale.ROOT,
          "model %s is not productive: the spectral radius of A is at least %.6f (must be below 1)",
          model.info().name(), rootI.lower()));
    }
    typeI = factor(identityMinus(a, n), n, "I - A");
    if (!productive(a, n, rootI, typeI)) {
      throw new ModelException(null, String.format(Locale.ROOT,
          "model %s is not productive: the spectral radius of A is at least 1 (must be below 1)",
          model.info().name()));
    }

    if (model.hasHouseholds() && income != null) {
      householdShares = new double[n];
      double h = model.householdIncome();
      double total = 0;
      for (int i = 0; i < n; i++) {
        householdShares[i] = model.householdConsumption(i) / h;
        total += householdShares[i];
      }
      if (total >= 1.0) {
        notes.add(String.format(Locale.ROOT,
            "households spend %.4f of each unit of income on regional output (>= 1)", total));
      }
      int m = n + 1;
      double[] abar = new double[m * m];
      for (int i = 0; i < n; i++) {
        System.arraycopy(a, i * n, abar, i * m, n);
        abar[i * m + n] = householdShares[i];
      }
      System.arraycopy(income, 0, abar, n * m, n);
      rootII = PerronRoot.estimate(abar, m, 1e-9, 2000);
      if (rootII.lower() >= 1.0) {
        throw new ModelException(null, String.format(Locale.ROOT,
            "the household-closed (Type II) model %s is not productive: spectral radius at least %.6f",
            model.info().name(), rootII.lower()));
      }
      typeII = factor(identityMinus(abar, m), m, "I - Abar");
      if (!productive(abar, m, rootII, typeII)) {
        throw new ModelException(null, String.format(Locale.ROOT,
            "the household-closed (Type II) model %s is not productive: spectral radius at least 1",
            model.info().name()));
      }
    } else {
      householdShares = null;
      typeII = null;
      rootII = null;
      if (model.hasHouseholds()) {
        notes.add("household consumption is given but labour income is not: Type II is not available");
      }
    }
    this.warnings = List.copyOf(notes);
  }

  /** Builds and factors the systems of a model. */
  public static LeontiefSystem of(Model model) {
    return new LeontiefSystem(model);
  }

  private String code(int j) {
    return model.sectors().at(j).code();
  }

  private static double[] coefficients(Model model, Measure measure, double[] inverseOutput) {
    if (!model.has(measure)) {
      return null;
    }
    double[] c = model.levelsCopy(measure);
    for (int j = 0; j < c.length; j++) {
      c[j] *= inverseOutput[j];
    }
    return c;
  }

  private static double[] identityMinus(double[] a, int n) {
    double[] m = new double[n * n];
    for (int k = 0; k < m.length; k++) {
      m[k] = -a[k];
    }
    for (int i = 0; i < n; i++) {
      m[i * n + i] += 1.0;
    }
    return m;
  }

  /**
   * Decides rho(|M|) < 1 where the Perron bounds leave it open (upper bound at or above 1, which happens when |M| is
   * reducible, e.g. with a zero-output sector, and the lower bound stalls). For B = |M| >= 0, rho(B) < 1 if and only
   * if {@code (I - B)^T y = 1} has a solution with every y_j > 0 (I - B is then a non-singular M-matrix; Berman and
   * Plemmons, Nonnegative Matrices in the Mathematical Sciences, 1994, ch. 6). For a non-negative M, y is the vector
   * of output multipliers from the factorisation already made.
   */
  private static boolean productive(double[] m, int size, PerronRoot root, DenseLu luOfIdentityMinusM) {
    if (root.upper() < 1.0) {
      return true;
    }
    DenseLu lu = luOfIdentityMinusM;
    double[] abs = new double[m.length];
    boolean nonNegative = true;
    for (int k = 0; k < m.length; k++) {
      abs[k] = Math.abs(m[k]);
      nonNegative &= m[k] >= 0;
    }
    if (!nonNegative) {
      try {
        lu = DenseLu.factor(identityMinus(abs, size), size);
      } catch (SingularMatrixException e) {
        return false;
      }
    }
    double[] ones = new double[size];
    java.util.Arrays.fill(ones, 1.0);
    for (double y : lu.solveTransposed(ones)) {
      if (!(y > 0) || !Double.isFinite(y)) {
        return false;
      }
    }
    return true;
  }

  private DenseLu factor(double[] m, int size, String what) {
    try {
      return DenseLu.factor(m, size);
    } catch (SingularMatrixException e) {
      String sector = e.column() < n ? code(e.column()) : "households";
      throw new ModelException(sector, what + " is singular at sector " + sector + ": the model cannot be solved");
    }
  }

  public Model model() {
    return model;
  }

  public int size() {
    return n;
  }

  /** Whether the household-closed Type II system exists (the model has household and labour-income data). */
  public boolean hasTypeII() {
    return typeII != null;
  }

  /** Whether results in this measure can be computed (output always; the others need their satellite). */
  public boolean has(Measure measure) {
    return coefficientsOf(measure) != null;
  }

  /** Direct coefficient of a measure: jobs, income or value added per unit of output; 1 for output. */
  public double coefficient(Measure measure, int sector) {
    double[] c = coefficientsOf(measure);
    if (c == null) {
      throw new ModelException(null, "model " + model.info().name() + " has no " + measure.key() + " data");
    }
    return c[sector];
  }

  double[] coefficientsOf(Measure measure) {
    return switch (measure) {
      case OUTPUT -> ones;
      case JOBS -> jobs;
      case LABOUR_INCOME -> income;
      case VALUE_ADDED -> valueAdded;
    };
  }

  /** The technical coefficient a_ij = z_ij / x_j. */
  public double coefficient(int from, int to) {
    return a[from * n + to];
  }

  /** The household consumption coefficient c_i / H, or NaN without households. */
  public double householdShare(int sector) {
    return householdShares == null ? Double.NaN : householdShares[sector];
  }

  /** First-round purchases {@code A d}. */
  public double[] firstRound(double[] d) {
    check(d);
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      int in = i * n;
      double s = 0;
      for (int j = 0; j < n; j++) {
        s += a[in + j] * d[j];
      }
      r[i] = s;
    }
    return r;
  }

  /** Type I total output change: solves {@code (I - A) dx = d}. */
  public double[] solveTypeI(double[] d) {
    check(d);
    return finite(typeI.solve(d));
  }

  /** Type II total output change: the first n entries of the solve of {@code (I - Abar) dxbar = [d; 0]}. */
  public double[] solveTypeII(double[] d) {
    check(d);
    requireTypeII();
    double[] rhs = java.util.Arrays.copyOf(d, n + 1);
    return finite(java.util.Arrays.copyOf(typeII.solve(rhs), n));
  }

  /** Solves {@code (I - A)^T y = b}: y_j = sum_i b_i L_ij, the b-weighted column sums of L. */
  public double[] solveTypeITransposed(double[] b) {
    check(b);
    return finite(typeI.solveTransposed(b));
  }

  /** The first n entries of the solve of {@code (I - Abar)^T ybar = [b; 0]}: b-weighted column sums of Lbar_nn. */
  public double[] solveTypeIITransposed(double[] b) {
    check(b);
    requireTypeII();
    double[] rhs = java.util.Arrays.copyOf(b, n + 1);
    return finite(java.util.Arrays.copyOf(typeII.solveTransposed(rhs), n));
  }

  private void requireTypeII() {
    if (typeII == null) {
      throw new ModelException(null, "model " + model.info().name()
          + " has no household data: Type II (induced) effects are not available");
    }
  }

  private void check(double[] v) {
    if (v.length != n) {
      throw new IllegalArgumentException("vector has " + v.length + " entries, the model has " + n + " sectors");
    }
  }

  private double[] finite(double[] v) {
    for (int i = 0; i < v.length; i++) {
      if (!Double.isFinite(v[i])) {
        throw new ModelException(code(i), "the solve produced a non-finite value for sector " + code(i));
      }
    }
    return v;
  }

  /** Bounds on the spectral radius of A (Type I). */
  public PerronRoot spectralRadius() {
    return rootI;
  }

  /** Bounds on the spectral radius of Abar, or null without Type II. */
  public PerronRoot spectralRadiusTypeII() {
    return rootII;
  }

  /** Non-fatal findings about the model (zero-output sectors, column sums >= 1). */
  public List<String> warnings() {
    return warnings;
  }
}
