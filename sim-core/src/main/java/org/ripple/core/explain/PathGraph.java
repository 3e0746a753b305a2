package org.ripple.core.explain;

import java.util.Arrays;
import org.ripple.core.Measure;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.impact.ModelType;
import org.ripple.core.linalg.CsrMatrix;
import org.ripple.core.linalg.LeontiefMatrix;
import org.ripple.core.linalg.LinearSolver;
import org.ripple.core.linalg.NotConvergedException;
import org.ripple.core.linalg.SolverKind;
import org.ripple.core.linalg.SolverOptions;

/**
 * The network a structural path walks: one node per sector and, for Type II, one per household of the engine's
 * closure. An edge from node j to node i carries the coefficient of the matrix the system solves, {@code a_ij}
 * (what j buys from i per unit of its output); for Type II also the labour income coefficient {@code w_j} from a
 * sector into its household and the spending share {@code c_i / H_h} from a household into a sector. Each node has
 * the measure's direct coefficient (zero for a household) and its total multiplier {@code m = (I - A)^-T c} (Type
 * II: {@code (I - Abar)^-T [c; 0]}, whose household entry is {@code sum_i (c_i / H_h) m_i}), which bounds
 * everything a path ending at the node can still lead to.
 *
 * <p>The search prunes with {@link #bound}: the multiplier of the absolute values, {@code u = (I - |W|)^-T |c|}
 * for the graph's matrix W (A, or Abar) and the coefficients c. Every path leaving a node of output change p has a
 * value of at most {@code |p| u} in absolute value, whatever the signs: its value is p times a product of weights
 * times a coefficient, whose absolute value is one term of the series {@code |p| sum_k ((|W|^T)^k |c|)} that sums
 * to {@code |p| u}, and that series converges since the engine's productivity check is on rho(|W|) &lt; 1. Without
 * negative weights or coefficients u is the multiplier itself; otherwise it is one more transposed solve, of
 * {@code I - |W|}.
 *
 * <p>The edges into each node are held in compressed columns built from the CSR pattern of Z (no n x n array for a
 * sparse model); their values are the system's own coefficients.
 */
public final class PathGraph {
  private final int sectors;
  private final String[] labels;
  private final double[] coefficient;
  private final double[] multiplier;
  private final double[] bound;
  /** Edges leaving node j (to its suppliers): {@code target[start[j] .. start[j + 1])}, with their weights. */
  private final int[] start;
  private final int[] target;
  private final double[] weight;

  private PathGraph(int sectors, String[] labels, double[] coefficient, double[] multiplier, int[] start,
      int[] target, double[] weight) {
    this.sectors = sectors;
    this.labels = labels;
    this.coefficient = coefficient;
    this.multiplier = multiplier;
    this.start = start;
    this.target = target;
    this.weight = weight;
    this.bound = absoluteMultiplier(coefficient, multiplier, start, target, weight);
  }

  /**
   * {@code u = (I - |W|)^-T |c|}: the multiplier when no weight or coefficient is negative, else one transposed
   * solve of {@code I - |W|} (the edge lists are the CSR rows of {@code |W|^T}). Should that solve not converge, no
   * bound is known and every entry is the largest double: the search then prunes nothing and stops at its limit.
   */
  private static double[] absoluteMultiplier(double[] c, double[] m, int[] start, int[] target, double[] weight) {
    boolean nonNegative = true;
    for (double v : c) {
      nonNegative &= v >= 0;
    }
    for (double v : weight) {
      nonNegative &= v >= 0;
    }
    if (nonNegative) {
      return m;
    }
    int nodes = c.length;
    double[] abs = new double[weight.length];
    for (int k = 0; k < abs.length; k++) {
      abs[k] = Math.abs(weight[k]);
    }
    double[] absC = new double[nodes];
    for (int j = 0; j < nodes; j++) {
      absC[j] = Math.abs(c[j]);
    }
    CsrMatrix w = CsrMatrix.of(nodes, nodes, start, target, abs).transpose();
    double[] u = new double[nodes];
    try {
      LinearSolver solver = SolverKind.auto(nodes, abs.length).create(LeontiefMatrix.of(w), SolverOptions.defaults());
      solver.solve(absC, u, true);
    } catch (NotConvergedException e) {
      Arrays.fill(u, Double.MAX_VALUE);
    }
    return u;
  }

  /**
   * The path network of a system for one measure: Type I (sectors only) or Type II (sectors and households). Throws
   * the engine's error when the model has no data for the measure or no household data for Type II.
   */
  public static PathGraph of(LeontiefSystem system, Measure measure, ModelType type) {
    int n = system.size();
    double[] c = new double[n];
    for (int j = 0; j < n; j++) {
      c[j] = system.coefficient(measure, j);
    }
    HouseholdNodes households = type == ModelType.TYPE_II ? HouseholdNodes.of(system) : null;
    int h = households == null ? 0 : households.count();
    int nodes = n + h;
    String[] labels = new String[nodes];
    for (int j = 0; j < n; j++) {
      labels[j] = system.model().sectors().at(j).code();
    }
    CsrMatrix columns = system.model().transactions().transpose();
    long edges = columns.nonZeros() + (households == null ? 0 : (long) n + (long) n * h);
    if (edges > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("the path network has " + edges + " edges, more than one array holds");
    }
    int[] start = new int[nodes + 1];
    int[] target = new int[(int) edges];
    double[] weight = new double[(int) edges];
    int[] pattern = new int[n];
    int e = 0;
    for (int j = 0; j < n; j++) {
      start[j] = e;
      int k = columns.rowPattern(j, pattern);
      for (int t = 0; t < k; t++) {
        double a = system.coefficient(pattern[t], j);
        if (a != 0.0) {
          target[e] = pattern[t];
          weight[e++] = a;
        }
      }
      if (households != null) {
        double w = households.income(j);
        if (w != 0.0) {
          target[e] = n + households.householdOf(j);
          weight[e++] = w;
        }
      }
    }
    double[] m;
    if (households == null) {
      m = system.solveTypeITransposed(c);
    } else {
      m = Arrays.copyOf(households.solveTransposed(c), nodes);
      for (int r = 0; r < h; r++) {
        labels[n + r] = households.label(r);
        start[n + r] = e;
        double bound = 0;
        for (int i = 0; i < n; i++) {
          double share = households.share(i, r);
          if (share != 0.0) {
            target[e] = i;
            weight[e++] = share;
            bound += share * m[i];
          }
        }
        m[n + r] = bound;
      }
    }
    start[nodes] = e;
    return new PathGraph(n, labels, Arrays.copyOf(c, nodes), m, start, Arrays.copyOf(target, e),
        Arrays.copyOf(weight, e));
  }

  /** Sectors and households. */
  public int nodes() {
    return labels.length;
  }

  /** The number of sectors (nodes 0 to sectors - 1; households follow). */
  public int sectors() {
    return sectors;
  }

  /** The sector code, or the household's name ({@code households}, {@code households.QC}). */
  public String label(int node) {
    return labels[node];
  }

  /** The measure per unit of the node's output (zero for a household). */
  public double coefficient(int node) {
    return coefficient[node];
  }

  /** The node's total multiplier of the measure: the effect of one unit of final demand at the node. */
  public double multiplier(int node) {
    return multiplier[node];
  }

  /**
   * What bounds, in absolute value, every path that leaves the node per unit of its output change: the multiplier of
   * the absolute values (see the class comment).
   */
  public double bound(int node) {
    return bound[node];
  }

  int firstEdge(int node) {
    return start[node];
  }

  int endEdge(int node) {
    return start[node + 1];
  }

  int target(int edge) {
    return target[edge];
  }

  double weight(int edge) {
    return weight[edge];
  }
}
