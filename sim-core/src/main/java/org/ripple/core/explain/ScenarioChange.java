package org.ripple.core.explain;

import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.scenario.Scenario;
import org.ripple.core.scenario.ShockPlan;

/**
 * The final-demand change a scenario propagates, per sector: the sum of its shocks' propagated changes at their
 * sectors, as the engine evaluates its {@link ShockPlan} on the scenario's own values (a superseding subcontractor
 * loss net of the closures' first round it replaces). Its Type I effect is the scenario's Type I total.
 */
public final class ScenarioChange {
  private ScenarioChange() {}

  /** The propagated change of every sector (losses negative); throws what the engine throws for a bad scenario. */
  public static double[] of(LeontiefSystem system, Scenario scenario) {
    ShockPlan plan = ShockPlan.of(system, scenario);
    ShockPlan.Evaluation point = plan.evaluate(plan.values(), ShockPlan.POINT);
    double[] d = new double[system.size()];
    for (int s = 0; s < plan.shocks(); s++) {
      point.propagate(plan, s, d, false, false);
    }
    return d;
  }
}
