package org.ripple.core.explain;

import org.ripple.core.Measure;
import org.ripple.core.impact.HouseholdClosure;
import org.ripple.core.impact.LeontiefSystem;

/**
 * The households of a system's Type II closure ({@link HouseholdClosure}) seen as nodes of a path: how many there
 * are, which one receives each sector's labour income, the share {@code c_i / H_h} of each unit of a household's
 * income spent on sector i, and their names ({@code households}, or {@code households.QC} with one household per
 * region), exactly as the engine closes the model.
 */
final class HouseholdNodes {
  private final LeontiefSystem system;
  private final HouseholdClosure closure;

  private HouseholdNodes(LeontiefSystem system) {
    this.system = system;
    this.closure = system.closure();
  }

  /** The household nodes of a system that has Type II; throws the engine's error when it has none. */
  static HouseholdNodes of(LeontiefSystem system) {
    if (!system.hasTypeII()) {
      system.solveTypeIITransposed(new double[system.size()]); // throws the engine's "no household data" error
    }
    return new HouseholdNodes(system);
  }

  int count() {
    return closure.households();
  }

  String label(int household) {
    return closure.householdName(household);
  }

  /** The household that receives sector j's labour income. */
  int householdOf(int sector) {
    return closure.householdOf(sector);
  }

  /** Labour income per unit of sector j's output: what flows from j into its household. */
  double income(int sector) {
    return system.coefficient(Measure.LABOUR_INCOME, sector);
  }

  /** {@code c_i / H_h}: the share of each unit of household h's income spent on sector i. */
  double share(int sector, int household) {
    return closure.share(sector, household);
  }

  /** The first n entries of {@code (I - Abar)^T ybar = [b; 0]} for the engine's closure. */
  double[] solveTransposed(double[] b) {
    return system.solveTypeIITransposed(b);
  }
}
