package org.ripple.core.uncertainty;

import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.impact.Impact;
import org.ripple.core.time.Timeline;

/**
 * Each period's total effect of a draw, for the bands of {@code --draws} on a scenario with a horizon: the draw's
 * result spread over the horizon by {@link Timeline#of} (the point estimate's timeline rule), then, period by period
 * and for the horizon, the four measures of the total effect as the timeline reports them: jobs the average over the
 * period ({@link Timeline#average}), money the flow in the period ({@link Timeline#flows}); over the horizon jobs in
 * job-years and money summed ({@link Timeline#cumulative}). In the model's units; NaN where a measure is not
 * available. {@code cell = row * 4 + measure}, rows the periods then the horizon.
 */
public final class PeriodMeasures implements DrawFigures {
  private static final Measure[] MEASURES = Measure.values();

  private final int periods;

  /** @param periods the horizon's number of periods */
  public PeriodMeasures(int periods) {
    if (periods < 1) {
      throw new IllegalArgumentException("a horizon has at least one period, was " + periods);
    }
    this.periods = periods;
  }

  /** The periods; row {@code periods()} is the horizon. */
  public int periods() {
    return periods;
  }

  @Override
  public int count() {
    return (periods + 1) * MEASURES.length;
  }

  /** The cell of a row (a period, or {@link #periods()} for the horizon) and a measure. */
  public static int cell(int row, Measure measure) {
    return row * MEASURES.length + measure.ordinal();
  }

  @Override
  public void figures(DrawResult draw, Timeline timeline, double[] out, int offset) {
    if (timeline == null || timeline.periods().size() != periods) {
      throw new IllegalStateException("the draws' timeline has " + (timeline == null ? "no" : timeline.periods()
          .size()) + " periods, expected " + periods);
    }
    for (int p = 0; p < periods; p++) {
      put(timeline.average(p), timeline.flows(p), out, offset + cell(p, Measure.JOBS));
    }
    Impact horizon = timeline.cumulative();
    put(horizon, horizon, out, offset + cell(periods, Measure.JOBS));
  }

  /** Jobs from {@code jobs}, money from {@code money}, total effect, NaN where not available. */
  private static void put(Impact jobs, Impact money, double[] out, int at) {
    for (Measure m : MEASURES) {
      Impact src = m == Measure.JOBS ? jobs : money;
      out[at + m.ordinal()] = src.sum(m, Effect.TOTAL);
    }
  }
}
