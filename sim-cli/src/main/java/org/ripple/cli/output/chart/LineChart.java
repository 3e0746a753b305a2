package org.ripple.cli.output.chart;

import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Lines over ordered periods (a timeline: months, quarters or years), one line per series, with a zero line. Meant
 * for the time-phased results of scenarios with a timeline; the HTML report adds it when such a result exists.
 */
public final class LineChart {
  static final double WIDTH = 760;
  static final double HEIGHT = 380;

  private LineChart() {}

  /**
   * @param periods x labels in order
   * @param values {@code values[series][period]}, finite
   */
  public static Scene of(String title, String unit, List<String> periods, List<String> series, double[][] values,
      List<String> colours, DoubleFunction<String> format) {
    if (values.length != series.size() || colours.size() != series.size() || periods.isEmpty()) {
      throw new IllegalArgumentException("need one row of values and one colour per series, and some periods");
    }
    double min = 0;
    double max = 0;
    for (double[] row : values) {
      if (row.length != periods.size()) {
        throw new IllegalArgumentException("need one value per period in every series");
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
      s.line(x0, y, x1, y, v == 0 ? Palette.AXIS : Palette.GRID, v == 0 ? 1.5 : 1);
      s.text(x0 - 6, y + 4, format.apply(v), 11, Scene.Anchor.END, Palette.MUTED, false);
    }
    int n = periods.size();
    double dx = n == 1 ? 0 : (x1 - x0) / (n - 1);
    int every = Math.max(1, (int) Math.ceil(n / ((x1 - x0) / 70)));
    for (int i = 0; i < n; i += every) {
      double x = n == 1 ? (x0 + x1) / 2 : x0 + i * dx;
      s.text(x, bottom + 18, Axis.fit(periods.get(i), 68, 11), 11, Scene.Anchor.MIDDLE, Palette.MUTED, false);
    }
    s.text((x0 + x1) / 2, bottom + 40, unit, 12, Scene.Anchor.MIDDLE, Palette.MUTED, false);
    for (int k = 0; k < series.size(); k++) {
      double[] xs = new double[n];
      double[] ys = new double[n];
      for (int i = 0; i < n; i++) {
        xs[i] = n == 1 ? (x0 + x1) / 2 : x0 + i * dx;
        ys[i] = axis.map(values[k][i], bottom, top);
      }
      s.add(new Scene.Polyline(xs, ys, colours.get(k), 2));
    }
    return s.build();
  }
}
