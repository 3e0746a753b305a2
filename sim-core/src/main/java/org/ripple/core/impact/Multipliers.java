package org.ripple.core.impact;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
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
 * Type II uses the top-left n x n block of the closed inverse, through {@code (I - Abar)^T ybar = [c_m; 0]}, with
 * the system's {@link HouseholdClosure}. Effects are per unit of final demand in the model's monetary unit (e.g. jobs
 * per CAD thousand for a thousands model).
 */
public final class Multipliers {
  private final LeontiefSystem system;
  private final Map<ModelType, Map<Measure, double[]>> effects = new EnumMap<>(ModelType.class);

  private Multipliers(LeontiefSystem system) {
    this.system = system;
    List<Measure> measures = new ArrayList<>();
    List<double[]> rhs = new ArrayList<>();
    for (Measure m : Measure.values()) {
      if (system.has(m)) {
        measures.add(m);
        rhs.add(system.coefficientsOf(m));
      }
    }
    int k = measures.size();
    // one block of transposed solves: the iterative solvers read A once per step for all right-hand sides
    double[][] rows = rhs.toArray(new double[0][]);
    double[][] solved = system.solveTransposed(ModelType.TYPE_I, rows);
    Map<Measure, double[]> typeI = new EnumMap<>(Measure.class);
    for (int r = 0; r < k; r++) {
      typeI.put(measures.get(r), solved[r]);
    }
    effects.put(ModelType.TYPE_I, typeI);
    if (!system.hasTypeII()) {
      return;
    }
    // Type II needs labour income, so its Type I solve is in the block
    double[] incomeTypeI = solved[measures.indexOf(Measure.LABOUR_INCOME)];
    double[][] closed = system.closure().transposedGivenTypeI(system, rows, solved, incomeTypeI);
    Map<Measure, double[]> typeII = new EnumMap<>(Measure.class);
    for (int r = 0; r < k; r++) {
      typeII.put(measures.get(r), closed[r]);
    }
    effects.put(ModelType.TYPE_II, typeII);
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
