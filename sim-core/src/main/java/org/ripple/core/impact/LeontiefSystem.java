package org.ripple.core.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.ModelException;
import org.ripple.core.linalg.CsrMatrix;
import org.ripple.core.linalg.DenseLu;
import org.ripple.core.linalg.LeontiefMatrix;
import org.ripple.core.linalg.LinearSolver;
import org.ripple.core.linalg.NotConvergedException;
import org.ripple.core.linalg.PerronRoot;
import org.ripple.core.linalg.SingularMatrixException;
import org.ripple.core.linalg.SolveReport;
import org.ripple.core.linalg.SolverKind;
import org.ripple.core.linalg.SolverOptions;

/**
 * The Leontief systems of one model, factorised once and reused for every solve.
 *
 * <p>Type I: {@code A = Z diag(x)^-1} and {@code (I - A) dx = d}. Type II (Miller and Blair 2009, sec. 6.1): the
 * (n+1) x (n+1) matrix {@code Abar = [[A, c/H], [w, 0]]} with household consumption coefficients {@code c/H} and
 * labour-income coefficients {@code w = W/x}; Type II quantities are the first n entries of the solution of
 * {@code (I - Abar) dxbar = [d; 0]}. No inverse is formed.
 *
 * <p>The systems are solved by one {@link SolverKind} strategy, chosen by {@link SolverKind#auto} from the size and
 * sparsity unless given: {@link SolverKind#DENSE_LU} factors both systems once (partial-pivoting LU, dense A); the
 * iterative kinds keep A in CSR, never allocate an n x n array (for a sparse model), and certify each solve by its
 * residual (tolerance {@link SolverOptions#tolerance()}, default 1e-10 relative); a solve that does not converge is a
 * {@link ModelException} naming the sector with the largest residual. Before building, the memory the strategy needs
 * is estimated and compared with the free heap; a model that does not fit is refused with a suggestion.
 *
 * <p>A zero-output sector gets a zero column of A and zero satellite coefficients, with a warning.
 */
public final class LeontiefSystem {
  private final Model model;
  private final int n;
  private final double[] a;
  private final CsrMatrix sparseA;
  private final SolverKind kind;
  private final double[] jobs;
  private final double[] income;
  private final double[] valueAdded;
  private final double[] ones;
  private final double[] householdShares;
  private final LinearSolver typeI;
  private final LinearSolver typeII;
  private final PerronRoot rootI;
  private final PerronRoot rootII;
  private final List<String> warnings;
  private int solves;
  private SolveReport worstSolve = new SolveReport(0, 0.0);

  private LeontiefSystem(Model model, SolverKind requested, SolverOptions options) {
    this.model = model;
    this.n = model.size();
    long nonZeros = model.nonZeroFlows();
    this.kind = requested != null ? requested : SolverKind.auto(n, nonZeros);
    preflight(model, kind, nonZeros);
    if (kind.iterative()) {
      IterativeParts parts = new IterativeParts(model, kind, options);
      this.a = null;
      this.sparseA = parts.a;
      this.jobs = parts.jobs;
      this.income = parts.income;
      this.valueAdded = parts.valueAdded;
      this.ones = parts.ones;
      this.householdShares = parts.householdShares;
      this.typeI = parts.typeI;
      this.typeII = parts.typeII;
      this.rootI = parts.rootI;
      this.rootII = parts.rootII;
      this.warnings = List.copyOf(parts.notes);
      return;
    }
    this.sparseA = null;
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
    DenseLu luI = factor(identityMinus(a, n), n, "I - A");
    typeI = luI.asSolver();
    if (!productive(a, n, rootI, luI)) {
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
      DenseLu luII = factor(identityMinus(abar, m), m, "I - Abar");
      typeII = luII.asSolver();
      if (!productive(abar, m, rootII, luII)) {
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

  /** Builds and factors the systems of a model, with the solver {@link SolverKind#auto} picks. */
  public static LeontiefSystem of(Model model) {
    return new LeontiefSystem(model, null, SolverOptions.defaults());
  }

  /** Builds the systems of a model with the given solver strategy (null: {@link SolverKind#auto}). */
  public static LeontiefSystem of(Model model, SolverKind solver) {
    return new LeontiefSystem(model, solver, SolverOptions.defaults());
  }

  /** Builds the systems of a model with the given solver strategy (null: automatic) and iteration settings. */
  public static LeontiefSystem of(Model model, SolverKind solver, SolverOptions options) {
    return new LeontiefSystem(model, solver, options);
  }

  /**
   * Memory preflight: refuses, before allocating, a model whose systems would not fit in the free heap with this
   * strategy, suggesting one that would.
   */
  private static void preflight(Model model, SolverKind kind, long nonZeros) {
    int n = model.size();
    boolean typeII = model.hasHouseholds() && model.has(Measure.LABOUR_INCOME);
    long need = kind.estimateBytes(n, nonZeros, typeII);
    if (kind == SolverKind.DENSE_LU && model.isSparse()) {
      need += 8L * n * n; // the dense copy of Z
    }
    Runtime rt = Runtime.getRuntime();
    long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    if (need > free) {
      long sparse = SolverKind.NEUMANN.estimateBytes(n, nonZeros, typeII);
      String hint = kind == SolverKind.DENSE_LU && sparse < free
          ? "use an iterative solver (--solver neumann needs about " + mib(sparse) + ")"
          : "give Java more heap (java -Xmx<size> -jar ripple.jar ...)";
      throw new ModelException(null, String.format(Locale.ROOT,
          "model %s is too large for the %s solver: %d sectors, %d non-zero flows need about %s but only %s of "
              + "heap is free; %s", model.info().name(), kind.key(), n, nonZeros, mib(need), mib(free), hint));
    }
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%,d MiB", (bytes + (1 << 20) - 1) >> 20);
  }

  /** The sparse (iterative) construction: A in CSR, Perron bounds by sparse power iteration, no n x n array. */
  private static final class IterativeParts {
    final List<String> notes = new ArrayList<>();
    final CsrMatrix a;
    final double[] jobs;
    final double[] income;
    final double[] valueAdded;
    final double[] ones;
    final double[] householdShares;
    final LinearSolver typeI;
    final LinearSolver typeII;
    final PerronRoot rootI;
    final PerronRoot rootII;

    IterativeParts(Model model, SolverKind kind, SolverOptions options) {
      int n = model.size();
      double[] inv = new double[n];
      for (int j = 0; j < n; j++) {
        double xj = model.output(j);
        if (xj > 0) {
          inv[j] = 1.0 / xj;
        } else {
          notes.add("sector " + model.sectors().at(j).code()
              + " has zero output: its column of A and its coefficients are set to zero");
        }
      }
      a = model.transactions().scaleColumns(inv);
      double[] colSums = a.columnSums();
      for (int j = 0; j < n; j++) {
        if (colSums[j] >= 1.0) {
          notes.add(String.format(Locale.ROOT,
              "sector %s buys %.4f of regional inputs per unit of output (column sum of A >= 1)",
              model.sectors().at(j).code(), colSums[j]));
        }
      }
      jobs = coefficients(model, Measure.JOBS, inv);
      income = coefficients(model, Measure.LABOUR_INCOME, inv);
      valueAdded = coefficients(model, Measure.VALUE_ADDED, inv);
      ones = new double[n];
      java.util.Arrays.fill(ones, 1.0);
      LeontiefMatrix mI = LeontiefMatrix.of(a);
      rootI = PerronRoot.estimate(mI, 1e-6, 500);
      if (rootI.lower() >= 1.0 || !productive(mI, rootI, options)) {
        throw new ModelException(null, String.format(Locale.ROOT,
            "model %s is not productive: the spectral radius of A is at least %.6f (must be below 1)",
            model.info().name(), Math.max(1.0, rootI.lower())));
      }
      typeI = kind.create(mI, options);
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
        LeontiefMatrix mII = LeontiefMatrix.bordered(a, householdShares, income);
        rootII = PerronRoot.estimate(mII, 1e-6, 500);
        if (rootII.lower() >= 1.0 || !productive(mII, rootII, options)) {
          throw new ModelException(null, String.format(Locale.ROOT,
              "the household-closed (Type II) model %s is not productive: spectral radius at least %.6f",
              model.info().name(), Math.max(1.0, rootII.lower())));
        }
        typeII = kind.create(mII, options);
      } else {
        householdShares = null;
        typeII = null;
        rootII = null;
        if (model.hasHouseholds()) {
          notes.add("household consumption is given but labour income is not: Type II is not available");
        }
      }
    }

    /**
     * Where the Perron bounds leave rho(|B|) < 1 open: the Neumann series of |B| applied to a positive vector
     * converges exactly when rho(|B|) < 1 (a non-singular M-matrix, as in the dense check).
     */
    private static boolean productive(LeontiefMatrix m, PerronRoot root, SolverOptions options) {
      if (root.upper() < 1.0) {
        return true;
      }
      LeontiefMatrix abs = m.absolute();
      double[] ones = new double[m.size()];
      java.util.Arrays.fill(ones, 1.0);
      try {
        SolverKind.NEUMANN.create(abs, options).solve(ones, new double[m.size()], true);
        return true;
      } catch (NotConvergedException e) {
        return false;
      }
    }
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

  /** The solver strategy in use. */
  public SolverKind solver() {
    return kind;
  }

  /** How many solves (single or block) this system has done. */
  public synchronized int solveCount() {
    return solves;
  }

  /** The most iterations and the largest relative residual over every solve so far (residual NaN for dense LU). */
  public synchronized SolveReport worstSolve() {
    return worstSolve;
  }

  private synchronized void record(SolveReport r) {
    solves++;
    worstSolve = solves == 1 ? r : worstSolve.worst(r);
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
    if (a == null) {
      if (from < 0 || from >= n || to < 0 || to >= n) {
        throw new IndexOutOfBoundsException("(" + from + ", " + to + ") is outside the " + n + " sectors");
      }
      return sparseA.get(from, to);
    }
    return a[from * n + to];
  }

  /** The household consumption coefficient c_i / H, or NaN without households. */
  public double householdShare(int sector) {
    return householdShares == null ? Double.NaN : householdShares[sector];
  }

  /** First-round purchases {@code A d}. */
  public double[] firstRound(double[] d) {
    check(d);
    if (a == null) {
      return sparseA.multiply(d);
    }
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
    return finite(run(typeI, d, false, "I - A"));
  }

  /** Type II total output change: the first n entries of the solve of {@code (I - Abar) dxbar = [d; 0]}. */
  public double[] solveTypeII(double[] d) {
    check(d);
    requireTypeII();
    double[] rhs = java.util.Arrays.copyOf(d, n + 1);
    return finite(java.util.Arrays.copyOf(run(typeII, rhs, false, "I - Abar"), n));
  }

  /** Solves {@code (I - A)^T y = b}: y_j = sum_i b_i L_ij, the b-weighted column sums of L. */
  public double[] solveTypeITransposed(double[] b) {
    check(b);
    return finite(run(typeI, b, true, "(I - A)^T"));
  }

  /** The first n entries of the solve of {@code (I - Abar)^T ybar = [b; 0]}: b-weighted column sums of Lbar_nn. */
  public double[] solveTypeIITransposed(double[] b) {
    check(b);
    requireTypeII();
    double[] rhs = java.util.Arrays.copyOf(b, n + 1);
    return finite(java.util.Arrays.copyOf(run(typeII, rhs, true, "(I - Abar)^T"), n));
  }

  /**
   * Solves k systems at once, {@code (I - A) x_r = b_r} (Type I) or the first n entries of
   * {@code (I - Abar) xbar_r = [b_r; 0]} (Type II); the iterative solvers share each mat-vec over the block.
   */
  public double[][] solve(ModelType type, double[]... rhs) {
    return block(type, rhs, false);
  }

  /** Block transposed solves: {@code (I - A)^T y_r = b_r}, or Type II's {@code (I - Abar)^T ybar_r = [b_r; 0]}. */
  public double[][] solveTransposed(ModelType type, double[]... rhs) {
    return block(type, rhs, true);
  }

  private double[][] block(ModelType type, double[][] rhs, boolean transposed) {
    for (double[] b : rhs) {
      check(b);
    }
    if (type == ModelType.TYPE_II) {
      requireTypeII();
    }
    LinearSolver solver = type == ModelType.TYPE_I ? typeI : typeII;
    int k = rhs.length;
    double[][] out = new double[k][];
    if (k == 0) {
      return out;
    }
    int m = solver.size();
    double[] b = new double[m * k];
    for (int r = 0; r < k; r++) {
      for (int i = 0; i < n; i++) {
        b[i * k + r] = rhs[r][i];
      }
    }
    double[] x = new double[m * k];
    String what = (type == ModelType.TYPE_I ? "I - A" : "I - Abar") + (transposed ? " transposed" : "");
    try {
      record(solver.solveBlock(b, x, k, transposed));
    } catch (NotConvergedException e) {
      throw notConverged(e, what);
    }
    for (int r = 0; r < k; r++) {
      double[] v = new double[n];
      for (int i = 0; i < n; i++) {
        v[i] = x[i * k + r];
      }
      out[r] = finite(v);
    }
    return out;
  }

  private double[] run(LinearSolver solver, double[] b, boolean transposed, String what) {
    double[] x = new double[b.length];
    try {
      record(solver.solve(b, x, transposed));
    } catch (NotConvergedException e) {
      throw notConverged(e, what);
    }
    return x;
  }

  private ModelException notConverged(NotConvergedException e, String what) {
    String sector = e.index() < n ? code(e.index()) : "households";
    return new ModelException(sector, "solving " + what + " of model " + model.info().name() + ": " + e.getMessage()
        + "; the largest residual is at sector " + sector + (kind == SolverKind.DENSE_LU ? ""
            : "; try --solver dense-lu (small models) or --solver bicgstab"));
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
