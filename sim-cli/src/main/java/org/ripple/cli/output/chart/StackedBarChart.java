package org.ripple.cli.output.chart;

import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Horizontal stacked bars: one bar per category (a shock, a sector, a measure), one segment per series (direct,
 * indirect, induced). Losses stack to the left of zero and gains to the right, so a bar's length is the sum of its
 * segments of each sign; the net value is printed after the bar.
 */
public final class StackedBarChart {
  static final double WIDTH = 760;
  static final double ROW = 26;
  static final double BAR = 18;

  private StackedBarChart() {}

  /**
   * @param unit the axis label, e.g. "jobs (persons)"
   * @param values {@code values[category][series]}, finite
   * @param colours one {@code #rrggbb} per series
   * @param format how values are printed (tick labels, net labels, tooltips)
   */
  public static Scene of(String title, String unit, List<String> categories, List<String> series,
      double[][] values, List<String> colours, DoubleFunction<String> format) {
    if (values.length != categories.size() || colours.size() != series.size()) {
      throw new IllegalArgumentException("need one row of values per category and one colour per series");
    }
    Frame.requireShape(values, series.size(), "series in every row");
    double min = 0;
    double max = 0;
    for (double[] row : values) {
      double neg = 0;
      double pos = 0;
      for (double v : row) {
        if (v < 0) {
          neg += v;
        } else {
          pos += v;
        }
      }
      min = Math.min(min, neg);
      max = Math.max(max, pos);
    }
    Axis axis = Axis.covering(min, max);
    double labelW = 0;
    for (String c : categories) {
      labelW = Math.max(labelW, Axis.textWidth(c, 12));
    }
    labelW = Math.min(labelW, 300);
    double x0 = 16 + labelW + 8;
    double x1 = WIDTH - 80;
    double top = 70;
    double bottom = top + categories.size() * ROW;
    double height = bottom + 48;
    Scene.Builder s = Frame.titled(title, WIDTH, height, series, colours);
    for (int k = 0; k <= axis.ticks(); k++) {
      double v = axis.tick(k);
      double x = axis.map(v, x0, x1);
      s.line(x, top - 4, x, bottom, Palette.GRID, 1);
      s.text(x, bottom + 16, format.apply(v), 11, Scene.Anchor.MIDDLE, Palette.MUTED, false);
    }
    Frame.unitLabel(s, unit, x0, x1, bottom + 36);
    for (int c = 0; c < categories.size(); c++) {
      double y = top + c * ROW + (ROW - BAR) / 2;
      s.text(x0 - 8, y + BAR / 2 + 4, Axis.fit(categories.get(c), labelW, 12), 12, Scene.Anchor.END, Palette.TEXT,
          false);
      double neg = 0;
      double pos = 0;
      for (int k = 0; k < series.size(); k++) {
        double v = values[c][k];
        if (v == 0) {
          continue;
        }
        double from = v < 0 ? neg : pos;
        double to = from + v;
        double xa = axis.map(Math.min(from, to), x0, x1);
        double xb = axis.map(Math.max(from, to), x0, x1);
        s.rect(xa, y, Math.max(xb - xa, 0.5), BAR, colours.get(k),
            categories.get(c) + ", " + series.get(k) + ": " + format.apply(v) + " " + unit);
        if (v < 0) {
          neg = to;
        } else {
          pos = to;
        }
      }
      double net = neg + pos;
      s.text(axis.map(pos, x0, x1) + 6, y + BAR / 2 + 4, format.apply(net), 11, Scene.Anchor.START, Palette.TEXT,
          false);
    }
    double zero = axis.map(0, x0, x1);
    s.line(zero, top - 6, zero, bottom + 2, Palette.AXIS, 1.5);
    return s.build();
  }
}
