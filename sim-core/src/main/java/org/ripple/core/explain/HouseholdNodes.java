package org.ripple.core.explain;

import java.util.Optional;
import org.ripple.core.Measure;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.impact.RegionalClosure;

/**
 * The households of a system's Type II closure seen as nodes of a path: how many there are, which one receives each
 * sector's labour income, the share {@code c_i / H_h} of each unit of a household's income spent on sector i, and the
 * Type II transposed solve that bounds what a path can still lead to. One household (named {@code households}) for a
 * model closed with one household; one per region ({@code households.QC}) for a multi-regional model closed per
 * region, exactly as the engine closes it.
 */
final class HouseholdNodes {
  private final LeontiefSystem system;
  private final Optional<RegionalClosure> perRegion;
  private final String[] labels;

  private HouseholdNodes(LeontiefSystem system) {
    this.system = system;
    this.perRegion = RegionalClosure.of(system);
    int n = system.size();
    if (perRegion.isPresent()) {
      LeontiefSystem closed = perRegion.get().closedSystem();
      labels = new String[closed.size() - n];
      for (int h = 0; h < labels.length; h++) {
        labels[h] = closed.model().sectors().at(n + h).code();
      }
    } else {
      labels = new String[] {"households"};
    }
  }

  /** The household nodes of a system that has Type II; throws the engine's error when it has none. */
  static HouseholdNodes of(LeontiefSystem system) {
    if (!system.hasTypeII()) {
      system.solveTypeIITransposed(new double[system.size()]); // throws the engine's "no household data" error
    }
    return new HouseholdNodes(system);
  }

  int count() {
    return labels.length;
  }

  String label(int household) {
    return labels[household];
  }

  /** The household that receives sector j's labour income. */
  int householdOf(int sector) {
    if (perRegion.isEmpty()) {
      return 0;
    }
    return system.model().regions().orElseThrow().regionOf(sector);
  }

  /** Labour income per unit of sector j's output: what flows from j into its household. */
  double income(int sector) {
    return system.coefficient(Measure.LABOUR_INCOME, sector);
  }

  /** {@code c_i / H_h}: the share of each unit of household h's income spent on sector i. */
  double share(int sector, int household) {
    if (perRegion.isEmpty()) {
      return system.householdShare(sector);
    }
    return perRegion.get().closedSystem().coefficient(sector, system.size() + household);
  }

  /** The first n entries of {@code (I - Abar)^T ybar = [b; 0]} for the engine's closure. */
  double[] solveTransposed(double[] b) {
    return perRegion.isPresent() ? perRegion.get().solveTransposed(b) : system.solveTypeIITransposed(b);
  }
}
