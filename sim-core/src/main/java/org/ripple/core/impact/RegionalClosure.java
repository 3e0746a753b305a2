package org.ripple.core.impact;

import java.util.Arrays;
import java.util.Optional;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.ModelInfo;
import org.ripple.core.Regions;
import org.ripple.core.SectorIndex;
import org.ripple.core.Sector;
import org.ripple.core.linalg.CsrMatrix;
import org.ripple.core.linalg.SolverKind;
import org.ripple.core.linalg.Triplets;
import java.util.ArrayList;
import java.util.List;

/**
 * Type II of a multi-regional model closed with one household sector per region (Miller and Blair 2009, sec. 3.3
 * and 6.1): the (n + R) x (n + R) matrix
 *
 * <pre>
 *   Abar = [[A, C diag(H)^-1], [W_R, 0]],   W_R[r][j] = W[j] / x[j] if sector j is in region r, else 0
 * </pre>
 *
 * where {@code C[i][r]} is what the households of region r buy from sector i and {@code H[r]} their income. Type II
 * quantities are the first n entries of the solve of {@code (I - Abar) dxbar = [d; 0]}.
 *
 * <p>Built through the public engine: the closed system is the Type I system of an augmented model whose R extra
 * "sectors" are the households (output H[r], purchases C[.][r], sales W_R[r][.]), solved by {@link LeontiefSystem}
 * with the open model's solver strategy; its A block is computed exactly as the open model's. The augmented Z is
 * sparse (CSR): the open model's non-zero flows, the non-zero household purchases and one income entry per sector,
 * so with an iterative solver no (n + R) x (n + R) array exists (dense LU makes its own dense copy, as for any model).
 * No inverse is formed.
 */
public final class RegionalClosure {
  private final int n;
  private final int m;
  private final LeontiefSystem closed;

  private RegionalClosure(int n, int m, LeontiefSystem closed) {
    this.n = n;
    this.m = m;
    this.closed = closed;
  }

  /**
   * The per-region closure of a model that has regions with households and labour income; empty for any other model
   * (whose Type II, if any, is {@link LeontiefSystem}'s own single-household closure).
   */
  public static Optional<RegionalClosure> of(Model model) {
    return of(model, null);
  }

  /** The per-region closure of the system's model (see {@link #of(Model)}), solved with the system's strategy. */
  public static Optional<RegionalClosure> of(LeontiefSystem system) {
    return of(system.model(), system.solver());
  }

  /**
   * The per-region closure of a model (see {@link #of(Model)}) solved with the given strategy; null picks it with
   * {@link SolverKind#auto} from the closed system's size and sparsity.
   */
  public static Optional<RegionalClosure> of(Model model, SolverKind solver) {
    if (!applies(model)) {
      return Optional.empty();
    }
    return Optional.of(build(model, model.regions().orElseThrow(), solver));
  }

  /** Whether the engine closes this model's Type II per region: it has regions with households and labour income. */
  public static boolean applies(Model model) {
    return model.regions().map(Regions::hasHouseholds).orElse(false) && model.has(Measure.LABOUR_INCOME);
  }

  private static RegionalClosure build(Model model, Regions regions, SolverKind solver) {
    int n = model.size();
    int r = regions.size();
    int m = n + r;
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
    double[] xbar = Arrays.copyOf(model.outputCopy(), m);
    List<Sector> sectors = new ArrayList<>(model.sectors().sectors());
    for (int h = 0; h < r; h++) {
      xbar[n + h] = regions.householdIncome(h);
      sectors.add(new Sector("households." + regions.at(h).code(), "Households, " + regions.at(h).name()));
    }
    Model augmented = Model.builder(ModelInfo.named(model.info().name() + " closed per region"),
        SectorIndex.of(sectors)).transactions(zbar.toCsr(m, m)).output(xbar).build();
    return new RegionalClosure(n, m, LeontiefSystem.of(augmented, solver));
  }

  /** The strategy solving the closed system. */
  public SolverKind solver() {
    return closed.solver();
  }

  /** The closed (n + R)-sector system, for its solve statistics ({@link LeontiefSystem#worstSolve()}). */
  public LeontiefSystem closedSystem() {
    return closed;
  }

  /** Type II total output change: the first n entries of the solve of {@code (I - Abar) dxbar = [d; 0]}. */
  public double[] solve(double[] d) {
    check(d);
    return Arrays.copyOf(closed.solveTypeI(Arrays.copyOf(d, m)), n);
  }

  /** The first n entries of the solve of {@code (I - Abar)^T ybar = [b; 0]}: b-weighted column sums of Lbar_nn. */
  public double[] solveTransposed(double[] b) {
    check(b);
    return Arrays.copyOf(closed.solveTypeITransposed(Arrays.copyOf(b, m)), n);
  }

  /**
   * Block of transposed solves, {@code (I - Abar)^T ybar_k = [b_k; 0]}, first n entries of each: the iterative
   * solvers share the work over the block (and both cores), dense LU reuses its factors.
   */
  public double[][] solveTransposed(double[][] rhs) {
    double[][] padded = new double[rhs.length][];
    for (int k = 0; k < rhs.length; k++) {
      check(rhs[k]);
      padded[k] = Arrays.copyOf(rhs[k], m);
    }
    double[][] solved = closed.solveTransposed(ModelType.TYPE_I, padded);
    for (int k = 0; k < solved.length; k++) {
      solved[k] = Arrays.copyOf(solved[k], n);
    }
    return solved;
  }

  /** Warnings of the closed system (e.g. a column of Abar summing to 1 or more). */
  public List<String> warnings() {
    return closed.warnings();
  }

  private void check(double[] v) {
    if (v.length != n) {
      throw new IllegalArgumentException("vector has " + v.length + " entries, the model has " + n + " sectors");
    }
  }
}
