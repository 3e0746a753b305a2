package org.ripple.cli.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ripple.core.Effect;
import org.ripple.core.fiscal.FiscalAccount;
import org.ripple.core.fiscal.FiscalDraws;
import org.ripple.core.fiscal.FiscalTable;
import org.ripple.core.fiscal.FiscalTables;
import org.ripple.core.uncertainty.DrawFigures;
import org.ripple.core.uncertainty.PeriodMeasures;
import org.ripple.core.uncertainty.ResultDraws;
import org.ripple.core.uncertainty.Summary;

/**
 * The bands a run's draws give beyond the headline cells, from the summaries of {@link ResultDraws}' figures: the
 * fiscal bands (annual, or over the horizon; {@link FiscalTables#bands}), with a horizon the fiscal bands by period
 * ({@link FiscalTables#periodBands}) and the measures' bands by period ({@link PeriodMeasures}' cells summarised,
 * shown by {@link TimelineParts#bands}). Each is null when the run has none. {@code ripple run}, {@code ripple report}
 * and sim-spark build them here alike, so their numbers are the same.
 *
 * @param fiscal the fiscal bands, or null
 * @param fiscalByPeriod the fiscal bands by period (total effect), or null
 * @param fiscalByPeriodParts the fiscal bands by period of the direct, indirect and induced effects, in that order,
 *     or null
 * @param periods the summaries of {@link PeriodMeasures}' cells ({@link PeriodMeasures#cell}), or null
 */
public record DrawBands(FiscalTable fiscal, FiscalTable fiscalByPeriod, List<FiscalTable> fiscalByPeriodParts,
    Summary[] periods) {
  /** No bands beyond the headline. */
  public static final DrawBands NONE = new DrawBands(null, null, null, null);

  public DrawBands {
    fiscalByPeriodParts = fiscalByPeriodParts == null ? null : List.copyOf(fiscalByPeriodParts);
    periods = periods == null ? null : periods.clone();
  }

  @Override
  public Summary[] periods() {
    return periods == null ? null : periods.clone();
  }

  /**
   * @param cells what each draw gave beyond the headline (null: nothing, {@link #NONE})
   * @param summaries the summaries of those figures, in their order ({@code Draws.extraSummaries()})
   * @param point the point estimate's fiscal account
   * @param draws the number of draws
   */
  public static DrawBands of(ResultDraws cells, Summary[] summaries, FiscalAccount point, int draws) {
    if (cells == null) {
      return NONE;
    }
    FiscalTable fiscal = null;
    FiscalTable byPeriod = null;
    List<FiscalTable> parts = null;
    Summary[] periods = null;
    for (DrawFigures part : cells.parts()) {
      Summary[] own = cells.slice(summaries, part);
      if (part instanceof FiscalDraws f) {
        fiscal = FiscalTables.bands(point, Arrays.copyOfRange(own, 0, f.summaryCount()), draws);
        if (point.hasPeriods()) {
          byPeriod = FiscalTables.periodBands(point, Effect.TOTAL, effectCells(own, f, Effect.TOTAL), draws);
          parts = new ArrayList<>();
          for (Effect e : List.of(Effect.DIRECT, Effect.INDIRECT, Effect.INDUCED)) {
            parts.add(FiscalTables.periodBands(point, e, effectCells(own, f, e), draws));
          }
        }
      } else if (part instanceof PeriodMeasures) {
        periods = own;
      }
    }
    return new DrawBands(fiscal, byPeriod, parts, periods);
  }

  /** The summaries of one effect's period cells, among a {@link FiscalDraws}' own. */
  private static Summary[] effectCells(Summary[] own, FiscalDraws f, Effect effect) {
    int from = f.periodCell(effect, 0, 0);
    return Arrays.copyOfRange(own, from, from + f.periodCount());
  }
}
