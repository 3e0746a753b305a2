package org.ripple.cli.output.chart;

import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Horizontal bars ranked from the top: one row per item (e.g. the largest structural paths of a scenario), its label
 * above the bar, the bar's length its value from a zero line (losses to the left), its value at the bar's end. Meant
 * for the report's "Where the effect travels" section. Checks: one value per label, every value finite, at least one.
 */
public final class RankedBarChart {
  static final double WIDTH = 760;
  static final double ROW = 38;

  private RankedBarChart() {}

  public static Scene of(String title, String unit, List<String> labels, double[] values, String colour,
      DoubleFunction<String> format) {
    if (labels.isEmpty() || labels.size() != values.length) {
      throw new IllegalArgumentException("need one value per label, and at least one");
    }
    double min = 0;
    double max = 0;
    for (double v : values) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("chart values must be finite, was " + v);
      }
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    Axis axis = Axis.covering(min, max);
    double x0 = 24;
    double x1 = WIDTH - 90;
    double top = 56;
    double height = top + ROW * labels.size() + 52;
    double bottom = top + ROW * labels.size();
    Scene.Builder s = Scene.builder(title, WIDTH, height);
    s.text(16, 24, title, 15, Scene.Anchor.START, Palette.TEXT, true);
    for (int k = 0; k <= axis.ticks(); k++) {
      double v = axis.tick(k);
      double x = axis.map(v, x0, x1);
      s.line(x, top - 6, x, bottom, Palette.GRID, 1);
      s.text(x, bottom + 16, format.apply(v), 11, Scene.Anchor.MIDDLE, Palette.MUTED, false);
    }
    double zero = axis.map(0, x0, x1);
    for (int r = 0; r < labels.size(); r++) {
      double y = top + r * ROW;
      double x = axis.map(values[r], x0, x1);
      String label = (r + 1) + ". " + labels.get(r);
      s.text(x0, y + 11, Axis.fit(label, x1 - x0, 11), 11, Scene.Anchor.START, Palette.TEXT, false);
      s.rect(Math.min(x, zero), y + 15, Math.max(Math.abs(x - zero), 0.5), 16, colour,
          label + ": " + format.apply(values[r]) + " " + unit);
      s.text(Math.max(x, zero) + 6, y + 27, format.apply(values[r]), 11, Scene.Anchor.START, Palette.MUTED, false);
    }
    s.line(zero, top - 6, zero, bottom, Palette.AXIS, 1.5);
    s.text((x0 + x1) / 2, bottom + 36, unit, 12, Scene.Anchor.MIDDLE, Palette.MUTED, false);
    return s.build();
  }
}
