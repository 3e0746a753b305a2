package org.ripple.core.fiscal;

import java.util.Arrays;
import java.util.List;
import org.ripple.core.Effect;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.time.Timeline;
import org.ripple.core.uncertainty.DrawFigures;
import org.ripple.core.uncertainty.DrawPlan;
import org.ripple.core.uncertainty.DrawResult;
import org.ripple.core.uncertainty.ResultDraws;

/**
 * The fiscal account of every Monte Carlo draw, for the bands of {@code --draws}: draw i's whole result
 * ({@link DrawPlan#result}, spread over the horizon when the scenario has one; {@link ResultDraws}) evaluated by the
 * rules of the point estimate ({@link FiscalAccounts}), with the point estimate's inputs (tax year, the closures'
 * pay). A draw's figures are, first, the cells of {@link FiscalTables#summary} (a row per item and balance, a column
 * per effect; annual, or over the horizon) row after row, {@code cell = row * 4 + effect}; then, when the scenario
 * has a horizon, the cells of {@link FiscalTables#byPeriod} (a row per period and the horizon, a column per item and
 * balance) row after row, of the total effect ({@link #periodCell(int, int)}), then of the direct, indirect and
 * induced effects in turn ({@link #periodCell(Effect, int, int)}). A pure function of (seed, draw), like the draw.
 */
public final class FiscalDraws implements DrawFigures {
  private static final int EFFECTS = Effect.values().length;

  private final FiscalInputs inputs;
  /** What does not change between draws (parameters, sectors' pay), computed once. */
  private final AccountBasis prepared;
  private final int summaryRows;
  private final int periodRows;
  private final int periodColumns;

  /**
   * @param system the system the draws' plan was compiled on
   * @param inputs the point estimate's fiscal inputs
   * @param point the point estimate's account (available), whose tables a draw's figures follow
   */
  public FiscalDraws(LeontiefSystem system, FiscalInputs inputs, FiscalAccount point) {
    if (!point.available()) {
      throw new IllegalArgumentException("the point estimate's fiscal account is not available");
    }
    this.inputs = inputs;
    this.prepared = AccountBasis.of(system, inputs);
    this.summaryRows = FiscalTables.summary(point).rows().size();
    if (point.hasPeriods()) {
      FiscalTable byPeriod = FiscalTables.byPeriod(point, Effect.TOTAL);
      this.periodRows = byPeriod.rows().size();
      this.periodColumns = byPeriod.columns().size();
    } else {
      this.periodRows = 0;
      this.periodColumns = 0;
    }
  }

  @Override
  public int count() {
    return summaryRows * EFFECTS + EFFECTS * periodCount();
  }

  /** How many of a draw's figures are one effect's period cells ({@link FiscalTables#byPeriod}: rows x columns). */
  public int periodCount() {
    return periodRows * periodColumns;
  }

  /** How many of a draw's figures are those of the summary ({@link FiscalTables#summary}). */
  public int summaryCount() {
    return summaryRows * EFFECTS;
  }

  /** The figures of one draw's account (no notes, no shock's own account). */
  public FiscalAccount account(DrawResult draw, Timeline timeline) {
    return FiscalAccounts.figures(draw, timeline, inputs, prepared);
  }

  @Override
  public void figures(DrawResult draw, Timeline timeline, double[] out, int offset) {
    FiscalAccount account = account(draw, timeline);
    if (!account.available()) {
      Arrays.fill(out, offset, offset + count(), Double.NaN);
      return;
    }
    List<FiscalTable.Row> table = FiscalTables.summary(account).rows();
    for (int r = 0; r < table.size(); r++) {
      for (int e = 0; e < EFFECTS; e++) {
        out[offset + r * EFFECTS + e] = table.get(r).value(e);
      }
    }
    if (periodRows > 0) {
      for (Effect e : Effect.values()) {
        List<FiscalTable.Row> periods = FiscalTables.byPeriod(account, e).rows();
        for (int r = 0; r < periodRows; r++) {
          for (int c = 0; c < periodColumns; c++) {
            out[offset + periodCell(e, r, c)] = periods.get(r).value(c);
          }
        }
      }
    }
  }

  /** The cell of a row of {@link FiscalTables#summary} and an effect. */
  public static int cell(int row, Effect effect) {
    return row * EFFECTS + effect.ordinal();
  }

  /** The cell of a row (a period, then the horizon) and a column of {@link FiscalTables#byPeriod} (total effect). */
  public int periodCell(int row, int column) {
    return periodCell(Effect.TOTAL, row, column);
  }

  /**
   * The cell of an effect, a row (a period, then the horizon) and a column of {@link FiscalTables#byPeriod}: the
   * total effect's cells first, then the direct, indirect and induced effects', each {@link #periodCount} long.
   */
  public int periodCell(Effect effect, int row, int column) {
    if (periodRows == 0) {
      throw new IllegalStateException("the account has no periods");
    }
    int block = effect == Effect.TOTAL ? 0 : effect.ordinal() + 1;
    return summaryCount() + block * periodCount() + row * periodColumns + column;
  }
}
