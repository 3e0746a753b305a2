package org.ripple.core.uncertainty;

import org.ripple.core.time.Timeline;

/**
 * Figures of one Monte Carlo draw's whole result ({@link DrawPlan#result}), evaluated by the rules of the point
 * estimate: the fiscal account ({@code core.fiscal.FiscalDraws}), the measures period by period
 * ({@link PeriodMeasures}). {@link ResultDraws} computes each draw's result (and its timeline) once and hands it to
 * every part. Called from several threads at once: an implementation keeps no state between calls.
 */
public interface DrawFigures {
  /** How many figures each draw gives (the same for every draw). */
  int count();

  /**
   * Writes the figures of one draw into {@code out[offset]} .. {@code out[offset + count() - 1]}; NaN where one is
   * not available.
   *
   * @param draw the draw's whole result
   * @param timeline that result spread over the scenario's horizon, or null when the scenario has none
   */
  void figures(DrawResult draw, Timeline timeline, double[] out, int offset);
}
