package org.ripple.core.fiscal;

import java.util.List;
import org.ripple.core.Effect;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.scenario.Scenario;
import org.ripple.core.time.Schedule;
import org.ripple.core.uncertainty.DrawCells;
import org.ripple.core.uncertainty.DrawPlan;
import org.ripple.core.uncertainty.Summary;

/**
 * The fiscal account of every Monte Carlo draw, for the bands of {@code --draws}: draw i's whole result
 * ({@link DrawPlan#result}) evaluated by {@link FiscalAccounts#of(org.ripple.core.uncertainty.DrawResult, Schedule,
 * FiscalInputs)}, the rules of the point estimate, with the point estimate's inputs (tax year, the closures' pay).
 * A draw's figures are the cells of {@link FiscalTables#summary} (a row per item and balance, a column per effect),
 * row after row: {@code cell = row * 4 + effect}. A pure function of (seed, draw), like the draw itself.
 */
public final class FiscalDraws implements DrawCells {
  private static final int EFFECTS = Effect.values().length;

  private final DrawPlan plan;
  private final LeontiefSystem system;
  private final Scenario scenario;
  private final Schedule schedule;
  private final FiscalInputs inputs;
  /** What does not change between draws (parameters, sectors' pay), computed once. */
  private final AccountBasis prepared;
  private final int rows;

  /**
   * @param plan the draws' plan, compiled on {@code system} from {@code scenario}
   * @param schedule the scenario's horizon and timing, or null without a horizon (then the annual account)
   * @param inputs the point estimate's fiscal inputs
   */
  public FiscalDraws(DrawPlan plan, LeontiefSystem system, Scenario scenario, Schedule schedule,
      FiscalInputs inputs) {
    this.plan = plan;
    this.system = system;
    this.scenario = scenario;
    this.schedule = schedule;
    this.inputs = inputs;
    this.prepared = AccountBasis.of(system, inputs);
    this.rows = prepared.unavailable == null ? prepared.summaryRows()
        : FiscalItem.values().length + Government.values().length;
  }

  @Override
  public int count() {
    return rows * EFFECTS;
  }

  /** The figures of one draw's account (no notes, no shock's own account). */
  public FiscalAccount account(long seed, long draw) {
    return FiscalAccounts.figures(plan.result(system, scenario, seed, draw), schedule, inputs, prepared);
  }

  @Override
  public double[] cells(long seed, long draw) {
    FiscalAccount account = account(seed, draw);
    double[] out = new double[count()];
    if (!account.available()) {
      java.util.Arrays.fill(out, Double.NaN);
      return out;
    }
    List<FiscalTable.Row> table = FiscalTables.summary(account).rows();
    for (int r = 0; r < table.size(); r++) {
      for (int e = 0; e < EFFECTS; e++) {
        out[r * EFFECTS + e] = table.get(r).value(e);
      }
    }
    return out;
  }

  /** The cell of a row of {@link FiscalTables#summary} and an effect. */
  public static int cell(int row, Effect effect) {
    return row * EFFECTS + effect.ordinal();
  }
}
