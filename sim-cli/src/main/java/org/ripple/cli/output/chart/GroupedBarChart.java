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
    Frame.requireShape(values, series.size(), "series in every category");
    Frame.Plot p = Frame.Plot.of(title, WIDTH, HEIGHT, series, colours, values, format, false);
    Scene.Builder s = p.scene();
    double groupW = (p.x1() - p.x0()) / categories.size();
    double barW = Math.min(40, groupW * 0.8 / series.size());
    double zero = p.y(0);
    for (int c = 0; c < categories.size(); c++) {
      double gx = p.x0() + c * groupW + (groupW - barW * series.size()) / 2;
      for (int k = 0; k < series.size(); k++) {
        double v = values[c][k];
        double y = p.y(v);
        s.rect(gx + k * barW, Math.min(y, zero), barW - 2, Math.max(Math.abs(zero - y), 0.5), colours.get(k),
            categories.get(c) + ", " + series.get(k) + ": " + format.apply(v) + " " + unit);
      }
      s.text(p.x0() + c * groupW + groupW / 2, p.bottom() + 18, Axis.fit(categories.get(c), groupW - 4, 12), 12,
          Scene.Anchor.MIDDLE, Palette.TEXT, false);
    }
    s.line(p.x0(), zero, p.x1(), zero, Palette.AXIS, 1.5);
    Frame.unitLabel(s, unit, p.x0(), p.x1(), p.bottom() + 40);
    return s.build();
  }
}
