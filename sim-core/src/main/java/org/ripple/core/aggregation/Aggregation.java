package org.ripple.core.aggregation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.ModelInfo;
import org.ripple.core.Sector;
import org.ripple.core.SectorIndex;

/**
 * Aggregates a model to coarser sectors: with the 0/1 grouping matrix S (groups x sectors), {@code Z' = S Z S^T},
 * {@code x' = S x}, satellites and household consumption summed per group, household income unchanged (Miller &amp;
 * Blair 2009, section 4.3). Levels are summed, so coefficients of a group are output-weighted averages; a satellite
 * the model does not have stays not available.
 */
public final class Aggregation {
  private Aggregation() {}

  /**
   * @param groupOf group code of every sector, in sector order
   * @param groupNames name of every group code (groups appear in the order of their first sector)
   */
  public static Model aggregate(Model m, ModelInfo info, List<String> groupOf, Map<String, String> groupNames) {
    int n = m.size();
    if (groupOf.size() != n) {
      throw new IllegalArgumentException("need a group for each of the " + n + " sectors, got " + groupOf.size());
    }
    Map<String, Integer> groups = new LinkedHashMap<>();
    int[] g = new int[n];
    for (int i = 0; i < n; i++) {
      String code = groupOf.get(i);
      if (code == null || code.isBlank()) {
        throw new IllegalArgumentException("sector " + m.sectors().at(i).code() + " has no group");
      }
      g[i] = groups.computeIfAbsent(code, k -> groups.size());
    }
    int k = groups.size();
    double[] z = new double[k * k];
    double[] x = new double[k];
    for (int i = 0; i < n; i++) {
      x[g[i]] += m.output(i);
      for (int j = 0; j < n; j++) {
        z[g[i] * k + g[j]] += m.flow(i, j);
      }
    }
    List<Sector> sectors = new ArrayList<>();
    for (String code : groups.keySet()) {
      sectors.add(new Sector(code, groupNames.getOrDefault(code, code)));
    }
    Model.Builder b = Model.builder(info, SectorIndex.of(sectors)).transactions(z).output(x)
        .employment(sum(m.levelsCopy(Measure.JOBS), g, k))
        .labourIncome(sum(m.levelsCopy(Measure.LABOUR_INCOME), g, k))
        .valueAdded(sum(m.levelsCopy(Measure.VALUE_ADDED), g, k))
        .taxes(sum(m.taxesCopy(), g, k)).imports(sum(m.importsCopy(), g, k))
        .finalDemand(sum(m.finalDemandCopy(), g, k))
        .householdConsumption(sum(m.householdConsumptionCopy(), g, k));
    if (m.hasHouseholds()) {
      b.householdIncome(m.householdIncome());
    }
    return b.build();
  }

  private static double[] sum(double[] v, int[] g, int k) {
    if (v == null) {
      return null;
    }
    double[] out = new double[k];
    for (int i = 0; i < v.length; i++) {
      out[g[i]] += v[i];
    }
    return out;
  }
}
