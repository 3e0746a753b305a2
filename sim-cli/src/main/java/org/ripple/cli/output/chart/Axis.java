package org.ripple.cli.output.chart;

/**
 * A value axis with "nice" ticks (1, 2 or 5 times a power of ten) covering a range that always includes zero, and the
 * shared text-width estimate of the layouts (SVG has no text metrics before rendering).
 */
final class Axis {
  final double lo;
  final double hi;
  final double step;

  private Axis(double lo, double hi, double step) {
    this.lo = lo;
    this.hi = hi;
    this.step = step;
  }

  /** Ticks from at most {@code min(0, min)} to at least {@code max(0, max)}, about five intervals. */
  static Axis covering(double min, double max) {
    double a = Math.min(0, min);
    double b = Math.max(0, max);
    if (!(b > a)) {
      b = a + 1;
    }
    double raw = (b - a) / 5;
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double f = raw / mag;
    double step = (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * mag;
    double lo = Math.floor(a / step + 1e-9) * step;
    double hi = Math.ceil(b / step - 1e-9) * step;
    return new Axis(lo == 0 ? 0 : lo, hi, step);
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
