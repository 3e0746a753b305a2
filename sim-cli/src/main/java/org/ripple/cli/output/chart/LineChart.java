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
    Frame.requireShape(values, periods.size(), "period in every series");
    Frame.Plot p = Frame.Plot.of(title, WIDTH, HEIGHT, series, colours, values, format, true);
    Scene.Builder s = p.scene();
    int n = periods.size();
    double dx = n == 1 ? 0 : (p.x1() - p.x0()) / (n - 1);
    int every = Math.max(1, (int) Math.ceil(n / ((p.x1() - p.x0()) / 70)));
    for (int i = 0; i < n; i += every) {
      double x = n == 1 ? (p.x0() + p.x1()) / 2 : p.x0() + i * dx;
      s.text(x, p.bottom() + 18, Axis.fit(periods.get(i), 68, 11), 11, Scene.Anchor.MIDDLE, Palette.MUTED, false);
    }
    Frame.unitLabel(s, unit, p.x0(), p.x1(), p.bottom() + 40);
    for (int k = 0; k < series.size(); k++) {
      double[] xs = new double[n];
      double[] ys = new double[n];
      for (int i = 0; i < n; i++) {
        xs[i] = n == 1 ? (p.x0() + p.x1()) / 2 : p.x0() + i * dx;
        ys[i] = p.y(values[k][i]);
      }
      s.add(new Scene.Polyline(xs, ys, colours.get(k), 2));
    }
    return s.build();
  }
}
