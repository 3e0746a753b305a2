package org.ripple.core.impact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.ModelException;
import org.ripple.core.linalg.DenseLu;
import org.ripple.core.linalg.LeontiefMatrix;
import org.ripple.core.linalg.LinearSolver;
import org.ripple.core.linalg.NotConvergedException;
import org.ripple.core.linalg.PerronRoot;
import org.ripple.core.linalg.SolveReport;
import org.ripple.core.linalg.SolverKind;
import org.ripple.core.linalg.SolverOptions;

/**
 * The Leontief systems of one model, built once and reused for every solve.
 *
 * <p>Type I: {@code A = Z diag(x)^-1} and {@code (I - A) dx = d}. Type II: the household closure chosen when the
 * system is built ({@link HouseholdClosure}: open, one household, or one household per region) with its matrix
 * {@code Abar = [[A, C diag(H)^-1], [W_R, 0]]}; Type II quantities are the first n entries of the solve of
 * {@code (I - Abar) dxbar = [d; 0]}. No inverse is formed. The coefficients come from {@link Coefficients}.
 *
 * <p>Every system is solved by one {@link SolverKind} strategy, chosen by {@link SolverKind#auto} from the size and
 * sparsity unless given, and built from the same matrix description ({@link LeontiefMatrix}: A in CSR, possibly
 * closed) after the productivity check of {@link ProductiveSolver}: {@link SolverKind#DENSE_LU} factors each system
 * once; the iterative kinds never allocate an n x n array (for a sparse model) and certify each solve by its
 * residual (tolerance {@link SolverOptions#tolerance()}, default 1e-10 relative); a solve that does not converge is a
 * {@link ModelException} naming the sector with the largest residual. Before building, the memory the strategy needs
 * is estimated and compared with the free heap; a model that does not fit is refused with a suggestion.
 *
 * <p>A zero-output sector gets a zero column of A and zero satellite coefficients, with a warning.
 */
public final class LeontiefSystem {
  private final Model model;
  private final int n;
  private final SolverKind kind;
  private final Coefficients coefficients;
  private final ProductiveSolver typeI;
  private final HouseholdClosure closure;
  private final List<String> warnings;
  private int solves;
  private SolveReport worstSolve = new SolveReport(0, 0.0);

  private LeontiefSystem(Model model, SolverKind requested, SolverOptions options, SpectralBounds known) {
    this(model, requested, options, known, null);
  }

  private LeontiefSystem(Model model, SolverKind requested, SolverOptions options, SpectralBounds known,
      Coefficients derived) {
    this.model = model;
    this.n = model.size();
    long nonZeros = model.nonZeroFlows();
    this.kind = requested != null ? requested : SolverKind.auto(n, nonZeros);
    boolean typeII = model.hasHouseholds() && model.has(Measure.LABOUR_INCOME);
    preflight(model.info().name(), kind, n, nonZeros, typeII, kind == SolverKind.DENSE_LU && model.isSparse());
    this.coefficients = derived != null ? derived : Coefficients.of(model);
    List<String> notes = new ArrayList<>(coefficients.warnings());
    this.typeI = ProductiveSolver.of(LeontiefMatrix.of(coefficients.a()), kind, options, new ProductiveSolver.Naming(
        ModelType.TYPE_I, "A", "model " + model.info().name(), this::code), known == null ? null : known.typeI());
    this.closure = HouseholdClosure.of(model, coefficients, kind, options, notes,
        known == null ? null : known.typeII());
    this.warnings = List.copyOf(notes);
  }

  /** Builds and factors the systems of a model, with the solver {@link SolverKind#auto} picks. */
  public static LeontiefSystem of(Model model) {
    return new LeontiefSystem(model, null, SolverOptions.defaults(), null);
  }

  /**
   * As {@link #of(Model)}, with the Perron bounds {@link SpectralBounds#of} already gave for this model (the
   * validator's), so the power iterations are not run a second time.
   */
  public static LeontiefSystem of(Model model, SpectralBounds bounds) {
    return new LeontiefSystem(model, null, SolverOptions.defaults(), bounds);
  }

  /**
   * As {@link #of(Model, SpectralBounds)}, on the model's coefficients already derived (the validator's), so they are
   * not derived a second time.
   */
  public static LeontiefSystem of(Model model, Coefficients coefficients, SpectralBounds bounds) {
    return new LeontiefSystem(model, null, SolverOptions.defaults(), bounds, coefficients);
  }

  /** The same model's systems with another solver strategy (null: automatic), on the same coefficients. */
  public LeontiefSystem withSolver(SolverKind solver) {
    return new LeontiefSystem(model, solver, SolverOptions.defaults(), null, coefficients);
  }

  /** Builds the systems of a model with the given solver strategy (null: {@link SolverKind#auto}). */
  public static LeontiefSystem of(Model model, SolverKind solver) {
    return new LeontiefSystem(model, solver, SolverOptions.defaults(), null);
  }

  /** Builds the systems of a model with the given solver strategy (null: automatic) and iteration settings. */
  public static LeontiefSystem of(Model model, SolverKind solver, SolverOptions options) {
    return new LeontiefSystem(model, solver, options, null);
  }

  /**
   * Memory preflight: refuses, before allocating, a system of this size whose solver would not fit in the free heap
   * with this strategy, suggesting one that would. {@code denseCopy}: one more dense n x n array (dense LU of a
   * sparse model holds its B densely before factoring).
   */
  static void preflight(String name, SolverKind kind, int n, long nonZeros, boolean typeII, boolean denseCopy) {
    long need = kind.estimateBytes(n, nonZeros, typeII);
    if (denseCopy) {
      need += 8L * n * n;
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
              + "heap is free; %s", name, kind.key(), n, nonZeros, mib(need), mib(free), hint));
    }
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%,d MiB", (bytes + (1 << 20) - 1) >> 20);
  }

  private String code(int j) {
    return model.sectors().at(j).code();
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

  /** The household closure of Type II, chosen when this system was built. */
  public HouseholdClosure closure() {
    return closure;
  }

  /** Whether the household-closed Type II system exists (the model has household and labour-income data). */
  public boolean hasTypeII() {
    return closure.hasTypeII();
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
    return coefficients.of(measure);
  }

  /** The technical coefficient a_ij = z_ij / x_j. */
  public double coefficient(int from, int to) {
    if (from < 0 || from >= n || to < 0 || to >= n) {
      throw new IndexOutOfBoundsException("(" + from + ", " + to + ") is outside the " + n + " sectors");
    }
    return coefficients.a().get(from, to);
  }

  /** First-round purchases {@code A d}. */
  public double[] firstRound(double[] d) {
    check(d);
    return coefficients.a().multiply(d);
  }

  /** Type I total output change: solves {@code (I - A) dx = d}. */
  public double[] solveTypeI(double[] d) {
    check(d);
    return finite(run(typeI.solver(), d, false, "I - A"));
  }

  /** Type II total output change: the first n entries of the solve of {@code (I - Abar) dxbar = [d; 0]}. */
  public double[] solveTypeII(double[] d) {
    check(d);
    LinearSolver solver = typeIISolver();
    double[] rhs = Arrays.copyOf(d, solver.size());
    return finite(Arrays.copyOf(run(solver, rhs, false, "I - Abar"), n));
  }

  /** Solves {@code (I - A)^T y = b}: y_j = sum_i b_i L_ij, the b-weighted column sums of L. */
  public double[] solveTypeITransposed(double[] b) {
    check(b);
    return finite(run(typeI.solver(), b, true, "(I - A)^T"));
  }

  /** The first n entries of the solve of {@code (I - Abar)^T ybar = [b; 0]}: b-weighted column sums of Lbar_nn. */
  public double[] solveTypeIITransposed(double[] b) {
    check(b);
    LinearSolver solver = typeIISolver();
    double[] rhs = Arrays.copyOf(b, solver.size());
    return finite(Arrays.copyOf(run(solver, rhs, true, "(I - Abar)^T"), n));
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
    LinearSolver solver = type == ModelType.TYPE_I ? typeI.solver() : typeIISolver();
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

  /**
   * The diagonal of {@code L = (I - A)^-1} by dense LU: from the system's own factors when it solves by dense LU,
   * otherwise from one dense factorisation of {@code I - A} made for this call (its n x n arrays released after), or
   * null when those arrays would not fit in the free heap.
   */
  public double[] typeIInverseDiagonal() {
    double[] d = typeI.solver().inverseDiagonal();
    if (d == null) {
      Runtime rt = Runtime.getRuntime();
      long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
      if (DENSE_DIAGONAL_ARRAYS * 8L * n * n > free) {
        return null;
      }
      d = DenseLu.factor(LeontiefMatrix.of(coefficients.a()).denseIdentityMinus()).inverseDiagonal();
    }
    return finite(d);
  }

  /** n x n arrays alive at once while a dense diagonal is made for an iterative system (B, I - B, its factors, L^T). */
  private static final int DENSE_DIAGONAL_ARRAYS = 5;

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
    String sector = e.index() < n ? code(e.index()) : closure.householdName(e.index() - n);
    return new ModelException(sector, "solving " + what + " of model " + model.info().name() + ": " + e.getMessage()
        + "; the largest residual is at sector " + sector + (kind == SolverKind.DENSE_LU ? ""
            : "; try --solver dense-lu (small models) or --solver bicgstab"));
  }

  private LinearSolver typeIISolver() {
    if (!closure.hasTypeII()) {
      throw new ModelException(null, "model " + model.info().name()
          + " has no household data: Type II (induced) effects are not available");
    }
    return closure.solver();
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
    return typeI.root();
  }

  /** Bounds on the spectral radius of Abar, or null without Type II. */
  public PerronRoot spectralRadiusTypeII() {
    return closure.spectralRadius();
  }

  /** Non-fatal findings about the model (zero-output sectors, column sums >= 1, households overspending). */
  public List<String> warnings() {
    return warnings;
  }
}
