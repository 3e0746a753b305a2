package org.ripple.core.impact;

import java.util.EnumMap;
import java.util.Map;
import org.ripple.core.Measure;

/**
 * Multipliers of every sector, from transposed solves (Miller and Blair 2009, sec. 6.2 and 6.3).
 *
 * <ul>
 *   <li>output multiplier of j: {@code sum_i L[i][j]}, one solve {@code (I - A)^T y = 1};
 *   <li>effect ("final-demand multiplier") of measure m: {@code sum_i c_m[i] L[i][j]}, one solve
 *       {@code (I - A)^T y = c_m} with c_m the jobs, income or value-added coefficients;
 *   <li>direct-effect multiplier (ratio): the effect divided by the direct coefficient {@code c_m[j]};
 *       not available (NaN) where that coefficient is zero.
 * </ul>
 * Type II uses the top-left n x n block of the closed inverse, through {@code (I - Abar)^T ybar = [c_m; 0]}. Effects
 * are per unit of final demand in the model's monetary unit (e.g. jobs per CAD thousand for a thousands model). A
 * multi-regional model with households per region closes Type II with one household per region
 * ({@link RegionalClosure}).
 */
public final class Multipliers {
  private final LeontiefSystem system;
  private final Map<ModelType, Map<Measure, double[]>> effects = new EnumMap<>(ModelType.class);

  private Multipliers(LeontiefSystem system) {
    this.system = system;
    java.util.Optional<RegionalClosure> closure = RegionalClosure.of(system);
    java.util.List<Measure> measures = new java.util.ArrayList<>();
    java.util.List<double[]> rhs = new java.util.ArrayList<>();
    for (Measure m : Measure.values()) {
      if (system.has(m)) {
        measures.add(m);
        rhs.add(system.coefficientsOf(m));
      }
    }
    int k = measures.size();
    boolean bordered = system.hasTypeII() && closure.isEmpty();
    // Type II follows from the Type I solves and the solve for w (see typeIIFromTypeI); w is the labour-income
    // coefficient vector, whose Type I solve is already in the block whenever the model has Type II
    int wAt = measures.indexOf(Measure.LABOUR_INCOME);
    if (bordered && wAt < 0) {
      rhs.add(system.coefficientsOf(Measure.LABOUR_INCOME));
      wAt = k;
    }
    // one block of transposed solves: the iterative solvers read A once per step for all right-hand sides
    double[][] solved = system.solveTransposed(ModelType.TYPE_I, rhs.toArray(new double[0][]));
    Map<Measure, double[]> typeI = new EnumMap<>(Measure.class);
    for (int r = 0; r < k; r++) {
      typeI.put(measures.get(r), solved[r]);
    }
    effects.put(ModelType.TYPE_I, typeI);
    if (!system.hasTypeII()) {
      return;
    }
    Map<Measure, double[]> typeII = new EnumMap<>(Measure.class);
    if (bordered) {
      double[] yw = solved[wAt];
      for (int r = 0; r < k; r++) {
        typeII.put(measures.get(r), typeIIFromTypeI(solved[r], yw));
      }
    } else {
      // multi-regional models close Type II with one household per region (one block, the system's solver)
      double[][] closed = closure.get().solveTransposed(rhs.toArray(new double[0][]));
      for (int r = 0; r < k; r++) {
        typeII.put(measures.get(r), closed[r]);
      }
    }
    effects.put(ModelType.TYPE_II, typeII);
  }

  /**
   * The Type II transposed solve from Type I ones, by block elimination of the household row and column. With
   * {@code Abar = [[A, h], [w^T, 0]]} (h = c/H), {@code (I - Abar)^T [y; t] = [b; 0]} reads
   * {@code (I - A)^T y = b + t w} and {@code t = h^T y}. With {@code y0 = (I - A)^-T b} and
   * {@code yw = (I - A)^-T w}, {@code y = y0 + t yw} and {@code t = h^T y0 / (1 - h^T yw)}; the denominator is
   * positive for a productive household-closed model. So the Type II table costs no solve of its own: {@code yw}
   * is the Type I labour-income effect.
   */
  private double[] typeIIFromTypeI(double[] y0, double[] yw) {
    int n = y0.length;
    double hy0 = 0;
    double hyw = 0;
    for (int i = 0; i < n; i++) {
      double h = system.householdShare(i);
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


  /** Computes every multiplier of the model: at most 8 transposed solves, in one block of up to 4 per type. */
  public static Multipliers of(LeontiefSystem system) {
    return new Multipliers(system);
  }

  public int size() {
    return system.size();
  }

  public LeontiefSystem system() {
    return system;
  }

  /** Whether this multiplier exists: the model has the measure's data, and household data for Type II. */
  public boolean available(Measure measure, ModelType type) {
    Map<Measure, double[]> m = effects.get(type);
    return m != null && m.containsKey(measure);
  }

  /** Output multiplier (column sum of L or of Lbar's top-left block). */
  public double output(ModelType type, int sector) {
    return effect(Measure.OUTPUT, type, sector);
  }

  /** Total effect of one unit of final demand for the sector's output, in the measure. */
  public double effect(Measure measure, ModelType type, int sector) {
    if (!available(measure, type)) {
      return Double.NaN;
    }
    return effects.get(type).get(measure)[sector];
  }

  /**
   * Direct-effect multiplier: effect divided by the direct coefficient (e.g. total jobs per direct job). NaN (not
   * available) when the measure is missing or the sector's direct coefficient is zero.
   */
  public double ratio(Measure measure, ModelType type, int sector) {
    if (!available(measure, type)) {
      return Double.NaN;
    }
    double direct = system.coefficient(measure, sector);
    return direct == 0.0 ? Double.NaN : effect(measure, type, sector) / direct;
  }
}
