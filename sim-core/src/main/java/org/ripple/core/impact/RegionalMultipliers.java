package org.ripple.core.impact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ripple.core.Measure;
import org.ripple.core.Regions;

/**
 * Multipliers of a multi-regional model split by the region where the effect happens: for one unit of final demand
 * for sector j (of region r), the effect in region s is {@code sum_{i in s} c_m[i] L[i][j]} (Type I with L, Type II
 * with the top-left block of the closed inverse). One transposed solve per region and measure,
 * {@code (I - A)^T y = c_m restricted to the sectors of s}, all of a type in one block (so the iterative solvers share
 * the work over both cores); Type II with the system's {@link HouseholdClosure}. Summed over s
 * it is {@link Multipliers#effect}; the entry s = r is the effect inside the shocked region, the others the
 * spillovers (Miller and Blair 2009, sec. 3.3).
 */
public final class RegionalMultipliers {
  private final LeontiefSystem system;
  private final Regions regions;
  private final Map<ModelType, Map<Measure, double[][]>> effects = new EnumMap<>(ModelType.class);

  private RegionalMultipliers(LeontiefSystem system, Regions regions) {
    this.system = system;
    this.regions = regions;
    int n = system.size();
    int r = regions.size();
    List<Measure> measures = new ArrayList<>();
    for (Measure measure : Measure.values()) {
      if (system.has(measure)) {
        measures.add(measure);
      }
    }
    // right-hand side (measure k, region s) = c_k restricted to the sectors of s; one block per type
    double[][] rhs = new double[measures.size() * r][];
    for (int k = 0; k < measures.size(); k++) {
      double[] c = system.coefficientsOf(measures.get(k));
      for (int s = 0; s < r; s++) {
        rhs[k * r + s] = new double[n];
      }
      for (int i = 0; i < n; i++) {
        rhs[k * r + regions.regionOf(i)][i] = c[i];
      }
    }
    for (ModelType type : ModelType.values()) {
      if (type == ModelType.TYPE_II && !system.hasTypeII()) {
        continue;
      }
      double[][] solved = system.solveTransposed(type, rhs);
      Map<Measure, double[][]> byMeasure = new EnumMap<>(Measure.class);
      for (int k = 0; k < measures.size(); k++) {
        byMeasure.put(measures.get(k), Arrays.copyOfRange(solved, k * r, (k + 1) * r));
      }
      effects.put(type, byMeasure);
    }
  }

  /**
   * Computes every regional multiplier of a multi-regional model: per type one block of at most 4 R transposed solves,
   * with the system's solver strategy.
   */
  public static RegionalMultipliers of(LeontiefSystem system) {
    Regions regions = system.model().regions().orElseThrow(() -> new IllegalArgumentException(
        "model " + system.model().info().name() + " has no regions"));
    return new RegionalMultipliers(system, regions);
  }

  public LeontiefSystem system() {
    return system;
  }

  public Regions regions() {
    return regions;
  }

  /** Whether this multiplier exists: the model has the measure's data, and household data for Type II. */
  public boolean available(Measure measure, ModelType type) {
    Map<Measure, double[][]> m = effects.get(type);
    return m != null && m.containsKey(measure);
  }

  /** Effect in {@code region} of one unit of final demand for {@code sector}; NaN when not available. */
  public double effect(Measure measure, ModelType type, int sector, int region) {
    if (!available(measure, type)) {
      return Double.NaN;
    }
    return effects.get(type).get(measure)[region][sector];
  }

  /**
   * The effect of one unit of final demand for {@code sector} inside its own region and outside it, and the other
   * region where it is largest ({@link RegionalSplit}).
   */
  public RegionalSplit split(Measure measure, ModelType type, int sector) {
    double[] byRegion = new double[regions.size()];
    for (int s = 0; s < byRegion.length; s++) {
      byRegion[s] = effect(measure, type, sector, s);
    }
    return RegionalSplit.of(byRegion, regions.regionOf(sector));
  }
}
