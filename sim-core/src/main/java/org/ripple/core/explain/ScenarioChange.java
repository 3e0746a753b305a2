package org.ripple.core.explain;

import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.impact.ModelType;
import org.ripple.core.scenario.Scenario;
import org.ripple.core.scenario.ShockPlan;

/**
 * The final-demand change a scenario propagates, per sector: the sum of its shocks' propagated changes at their
 * sectors, as the engine evaluates its {@link ShockPlan} on the scenario's own values (a superseding subcontractor
 * loss net of the closures' first round it replaces, a facility's own purchases in place of its sector's average
 * column). Its Type I effect is the scenario's Type I total.
 *
 * <p>For Type II the change has one more entry per household of the engine's closure: the income its households
 * receive beyond the sectors' averages, which is the direct labour income of a shock whose pay is stated less its
 * sector's average for the same output ({@link ShockPlan.Evaluation#income}). The run spends that income in the
 * households' mix, {@code Lbar [(c/H) delta; 0]}, whose first n entries are those of {@code Lbar [0; delta]}: the
 * change at the household node, so its paths start at the households and its Type II effect is the run's.
 */
public final class ScenarioChange {
  private ScenarioChange() {}

  /** The Type I change of every sector (losses negative); throws what the engine throws for a bad scenario. */
  public static double[] of(LeontiefSystem system, Scenario scenario) {
    return of(system, scenario, ModelType.TYPE_I);
  }

  /**
   * The change of a path network of {@code type} ({@link PathGraph#of}): Type I, one entry per sector; Type II, the
   * sectors then the households, with each stated pay's income difference at the household of its shock's sector.
   */
  public static double[] of(LeontiefSystem system, Scenario scenario, ModelType type) {
    ShockPlan plan = ShockPlan.of(system, scenario);
    ShockPlan.Evaluation point = plan.evaluate(plan.values(), ShockPlan.POINT);
    int n = system.size();
    boolean typeII = type == ModelType.TYPE_II;
    if (typeII) {
      HouseholdNodes.of(system); // throws the engine's "no household data" error
    }
    double[] d = new double[typeII ? n + system.closure().households() : n];
    for (int s = 0; s < plan.shocks(); s++) {
      point.propagate(plan, s, d, false, false);
      if (typeII) {
        d[n + system.closure().householdOf(plan.sector(s))] += point.income(s);
      }
    }
    return d;
  }
}
