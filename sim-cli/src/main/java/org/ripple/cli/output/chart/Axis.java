package org.ripple.cli.output.chart;

/**
 * A value axis with "nice" ticks (1, 2 or 5 times a power of ten) covering a range that always includes zero, and the
 * shared text-width estimate of the layouts (SVG has no text metrics before rendering). {@code lo} and {@code hi} are
 * the first and last ticks, {@code step} the distance between ticks.
 */
record Axis(double lo, double hi, double step) {

  /**
   * Ticks from at most {@code min(0, min)} to at least {@code max(0, max)}: of the steps 1, 2 or 5 times a power of
   * ten that give four to seven intervals (three to eight where none does), the one whose axis is shortest, so that
   * the axis ends at the first tick past the largest bar (a loss of 6,077 gets an axis to 7,000 in steps of 1,000,
   * not to 8,000 in steps of 2,000).
   */
  static Axis covering(double min, double max) {
    double a = Math.min(0, min);
    double b = Math.max(0, max);
    if (!(b > a)) {
      b = a + 1;
    }
    double mag = Math.pow(10, Math.floor(Math.log10((b - a) / 5)));
    Axis best = null;
    boolean bestInRange = false;
    for (double m : new double[] {mag / 10, mag, mag * 10}) {
      for (double f : new double[] {1, 2, 5}) {
        double step = f * m;
        double lo = Math.floor(a / step + 1e-9) * step;
        double hi = Math.ceil(b / step - 1e-9) * step;
        long intervals = Math.round((hi - lo) / step);
        boolean inRange = intervals >= 4 && intervals <= 7;
        boolean usable = intervals >= 3 && intervals <= 8; // where a range straddles zero awkwardly
        if (usable && (best == null || inRange && !bestInRange
            || inRange == bestInRange && hi - lo < best.hi - best.lo - step * 1e-9)) {
          best = new Axis(lo == 0 ? 0 : lo, hi, step);
          bestInRange = inRange;
        }
      }
    }
    if (best == null) { // not reached for finite ranges (a step of 10^k x 10 always gives one to six intervals)
      double step = 10 * mag;
      best = new Axis(Math.floor(a / step + 1e-9) * step, Math.ceil(b / step - 1e-9) * step, step);
    }
    return best;
  }

  int ticks() {
    return (int) Math.round((hi - lo) / step);
  }

  double tick(int k) {
    double v = lo + k * step;
    return Math.abs(v) < step * 1e-9 ? 0 : v;
  }

  /** Maps a value to a pixel between {@code p0} (at lo) and {@code p1} (at hi). */
  double map(double v, double p0, double p1) {
    return p0 + (v - lo) / (hi - lo) * (p1 - p0);
  }

  /** Estimated width of text in the chart font: about 0.58 em per character. */
  static double textWidth(String s, double size) {
    return s.length() * size * 0.58;
  }

  /** Shortens a label to fit a width, with an ellipsis. */
  static String fit(String s, double width, double size) {
    int max = (int) Math.floor(width / (size * 0.58));
    return s.length() <= max ? s : s.substring(0, Math.max(1, max - 1)) + "\u2026";
  }
}
