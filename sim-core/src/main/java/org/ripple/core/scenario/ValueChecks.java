package org.ripple.core.scenario;

import java.util.Locale;
import org.ripple.core.ScenarioException;

/**
 * The checks of an evaluation's values that keep a result physically possible: jobs lost in a sector within its
 * employment, output lost within its output, the offsets of one closure at most all of it. Each refusal names the
 * shock's field and, for a Monte Carlo draw, the draw.
 *
 * @param shocks the plan's shocks, in order
 * @param employment per shocked sector, its employment, or null when the model has none
 * @param sectorOutput per shocked sector, its output
 * @param unit the model's money unit
 */
record ValueChecks(PlannedShock[] shocks, double[] employment, double[] sectorOutput, String unit)
    implements java.io.Serializable {
  private static String inDraw(long draw) {
    // the point estimate's messages name no draw
    return draw == ShockPlan.POINT ? "" : "in draw " + draw + ", ";
  }

  /** The jobs lost in a sector may not exceed its employment in the model. */
  void jobs(double[] jobsLost, PlannedShock sh, double jobs, long draw) {
    if (employment == null) {
      return;
    }
    double total = jobsLost[sh.local()] += jobs;
    double level = employment[sh.local()];
    if (total > level) {
      throw new ScenarioException(sh.field() + ".jobs", inDraw(draw) + String.format(Locale.ROOT,
          "%.0f jobs lost in sector %s exceed its employment in the model (%.0f)", total, sh.code(), level));
    }
  }

  /**
   * An offset given as a share takes up that share of the output each closure (or subcontractor loss) it refers to
   * lost; the offsets of one closure, named or of all closures, may take up at most all of it.
   */
  void takeUp(double[] takenUp, PlannedShock offset, double share, double[] amounts, long draw) {
    for (int c = 0; c < shocks.length; c++) {
      boolean referred = offset.referents() == null ? shocks[c].kind() == ShockKind.CLOSURE
          : contains(offset.referents(), c);
      if (!referred) {
        continue;
      }
      double taken = takenUp[c] += share * amounts[c];
      if (taken > amounts[c] * (1 + 1e-9)) {
        throw new ScenarioException(offset.field() + ".share", inDraw(draw) + String.format(Locale.ROOT,
            "the offsets take up %.1f%% of the output lost by %s (sector %s); the offsets of one closure may add up "
                + "to 100%% at most", 100 * taken / amounts[c], shocks[c].field(), shocks[c].code()));
      }
    }
  }

  private static boolean contains(int[] ids, int id) {
    for (int i : ids) {
      if (i == id) {
        return true;
      }
    }
    return false;
  }

  /**
   * Closures, subcontractor losses and falls of demand in one sector may not remove more than the sector's output.
   */
  void output(double[] outputLost, PlannedShock sh, double amount, long draw) {
    double total = outputLost[sh.local()] += amount;
    double output = sectorOutput[sh.local()];
    if (total > output * (1 + 1e-9)) {
      String key = sh.kind() == ShockKind.DEMAND_CHANGE ? ".amount" : sh.output() >= 0 ? ".annual_output" : ".jobs";
      throw new ScenarioException(sh.field() + key, inDraw(draw)
          + String.format(Locale.ROOT, "output lost in sector %s (%.6g %s a year) exceeds the sector's output in the "
              + "model (%.6g); check the amount and its unit (plain currency units)", sh.code(), total, unit,
              output));
    }
  }
}
