package org.ripple.cli.output;

import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.ModelException;
import org.ripple.core.impact.Impact;
import org.ripple.core.scenario.ScenarioResult;
import org.ripple.core.scenario.ShockResult;

/**
 * The last check before a result is written: every available figure is a finite number, or the run stops. A
 * figure that is not available is not checked (it is printed as not available, never as a number). An impact whose
 * arrays bound every figure far from overflow ({@link Impact#surelyFinite}, one pass over each array) needs no more;
 * any other is checked figure by figure, so the sector named is the same.
 */
public final class FiniteResults {
  private FiniteResults() {}

  /** Throws a {@link ModelException} (exit 4) naming the shock, sector, measure and effect of a non-finite figure. */
  public static void require(ScenarioResult result) {
    check(result.total(), "the scenario", result);
    for (ShockResult s : result.shocks()) {
      check(s.impact(), "shock '" + s.name() + "'", result);
    }
  }

  private static void check(Impact impact, String what, ScenarioResult result) {
    if (impact.surelyFinite()) {
      return; // a bound on the arrays shows every figure finite: no figure needs computing
    }
    for (Measure m : Measure.values()) {
      for (Effect e : Effect.values()) {
        if (!impact.available(m, e)) {
          continue;
        }
        for (int i = 0; i < impact.size(); i++) {
          if (!Double.isFinite(impact.value(m, e, i))) {
            String code = result.system().model().sectors().at(i).code();
            throw new ModelException(code, "the " + e.key() + " " + m.key() + " effect of " + what + " in sector "
                + code + " is not a finite number; check the scenario's amounts and the model's coefficients");
          }
        }
        if (!Double.isFinite(impact.sum(m, e))) {
          throw new ModelException(null, "the " + e.key() + " " + m.key() + " effect of " + what
              + " summed over sectors is not a finite number; check the scenario's amounts");
        }
      }
    }
  }
}
