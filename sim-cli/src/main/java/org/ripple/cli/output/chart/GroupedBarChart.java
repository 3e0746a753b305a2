package org.ripple.cli.output.chart;

import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Vertical grouped bars: one group per category (e.g. direct, indirect, induced, total), one bar per series in each
 * group (e.g. the scenarios of a comparison), from a zero line. Meant for {@code compare}; the HTML report adds it when
 * a comparison exists.
 */
public final class GroupedBarChart {
  static final double WIDTH = 760;
  static final double HEIGHT = 400;

  private GroupedBarChart() {}

  /** @param values {@code values[category][series]}, finite */
  public static Scene of(String title, String unit, List<String> categories, List<String> series,
      double[][] values, List<String> colours, DoubleFunction<String> format) {
    if (values.length != categories.size() || colours.size() != series.size() || categories.isEmpty()) {
      throw new IllegalArgumentException("need one row of values per category and one colour per series");
    }
    double min = 0;
    double max = 0;
    for (double[] row : values) {
      if (row.length != series.size()) {
        throw new IllegalArgumentException("need one value per series in every category");
      }
      for (double v : row) {
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException("chart values must be finite, was " + v);
        }
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    Axis axis = Axis.covering(min, max);
    double x0 = 90;
    double x1 = WIDTH - 24;
    double top = 70;
    double bottom = HEIGHT - 60;
    Scene.Builder s = Scene.builder(title, WIDTH, HEIGHT);
    s.text(16, 24, title, 15, Scene.Anchor.START, Palette.TEXT, true);
    StackedBarChart.legend(s, series, colours, 16, 48);
    for (int k = 0; k <= axis.ticks(); k++) {
      double v = axis.tick(k);
      double y = axis.map(v, bottom, top);
      s.line(x0, y, x1, y, Palette.GRID, 1);
      s.text(x0 - 6, y + 4, format.apply(v), 11, Scene.Anchor.END, Palette.MUTED, false);
    }
    double groupW = (x1 - x0) / categories.size();
    double barW = Math.min(40, groupW * 0.8 / series.size());
    double zero = axis.map(0, bottom, top);
    for (int c = 0; c < categories.size(); c++) {
      double gx = x0 + c * groupW + (groupW - barW * series.size()) / 2;
      for (int k = 0; k < series.size(); k++) {
        double v = values[c][k];
        double y = axis.map(v, bottom, top);
        s.rect(gx + k * barW, Math.min(y, zero), barW - 2, Math.max(Math.abs(zero - y), 0.5), colours.get(k),
            categories.get(c) + ", " + series.get(k) + ": " + format.apply(v) + " " + unit);
      }
      s.text(x0 + c * groupW + groupW / 2, bottom + 18, Axis.fit(categories.get(c), groupW - 4, 12), 12,
          Scene.Anchor.MIDDLE, Palette.TEXT, false);
    }
    s.line(x0, zero, x1, zero, Palette.AXIS, 1.5);
    s.text((x0 + x1) / 2, bottom + 40, unit, 12, Scene.Anchor.MIDDLE, Palette.MUTED, false);
    return s.build();
  }
}
