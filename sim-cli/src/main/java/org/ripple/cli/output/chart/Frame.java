package org.ripple.cli.output.chart;

import java.util.List;
import java.util.function.DoubleFunction;

/**
 * What every chart lays out alike: the check that values are finite and shaped one row per category or series, the
 * title and the legend at the top left, and the horizontal grid of a vertical value axis with its tick labels.
 */
final class Frame {
  /** The left edge of the title and the legend. */
  static final double LEFT = 16;

  private Frame() {}

  /**
   * Checks that every row has {@code width} finite values.
   *
   * @param what what a row must cover, for the message (e.g. "series in every row")
   */
  static void requireShape(double[][] values, int width, String what) {
    for (double[] row : values) {
      if (row.length != width) {
        throw new IllegalArgumentException("need one value per " + what);
      }
      for (double v : row) {
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException("chart values must be finite, was " + v);
        }
      }
    }
  }

  /** The smallest value and zero, and the largest value and zero: {@code {min, max}}. */
  static double[] rangeWithZero(double[][] values) {
    double min = 0;
    double max = 0;
    for (double[] row : values) {
      for (double v : row) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    return new double[] {min, max};
  }

  /** A scene with its title in bold and one legend swatch per series under it. */
  static Scene.Builder titled(String title, double width, double height, List<String> series,
      List<String> colours) {
    Scene.Builder s = Scene.builder(title, width, height);
    s.text(LEFT, 24, title, 15, Scene.Anchor.START, Palette.TEXT, true);
    legend(s, series, colours, LEFT, 48);
    return s;
  }

  /** One swatch and name per series, left to right. */
  static void legend(Scene.Builder s, List<String> names, List<String> colours, double x, double y) {
    for (int k = 0; k < names.size(); k++) {
      s.rect(x, y - 10, 12, 12, colours.get(k), "");
      s.text(x + 17, y, names.get(k), 12, Scene.Anchor.START, Palette.TEXT, false);
      x += 17 + Axis.textWidth(names.get(k), 12) + 18;
    }
  }

  /**
   * The grid lines and tick labels of a vertical value axis from {@code bottom} up to {@code top}, between
   * {@code x0} and {@code x1}; with {@code zeroAxis} the line at zero is drawn as the axis.
   */
  static void valueGrid(Scene.Builder s, Axis axis, double x0, double x1, double bottom, double top,
      DoubleFunction<String> format, boolean zeroAxis) {
    for (int k = 0; k <= axis.ticks(); k++) {
      double v = axis.tick(k);
      double y = axis.map(v, bottom, top);
      boolean zero = zeroAxis && v == 0;
      s.line(x0, y, x1, y, zero ? Palette.AXIS : Palette.GRID, zero ? 1.5 : 1);
      s.text(x0 - 6, y + 4, format.apply(v), 11, Scene.Anchor.END, Palette.MUTED, false);
    }
  }

  /** The axis label centred under the plot. */
  static void unitLabel(Scene.Builder s, String unit, double x0, double x1, double y) {
    s.text((x0 + x1) / 2, y, unit, 12, Scene.Anchor.MIDDLE, Palette.MUTED, false);
  }

  /**
   * The plot area of a chart of values over a value axis that covers them and zero: the titled scene with its legend,
   * the axis, the area's edges (90 from the left, 24 from the right, 70 from the top, 60 from the bottom) and the
   * value grid (labels on the grid lines when {@code lineLabels}).
   */
  record Plot(Scene.Builder scene, Axis axis, double x0, double x1, double top, double bottom) {
    static Plot of(String title, double width, double height, List<String> series, List<String> colours,
        double[][] values, DoubleFunction<String> format, boolean lineLabels) {
      double[] range = rangeWithZero(values);
      Plot p = new Plot(titled(title, width, height, series, colours), Axis.covering(range[0], range[1]), 90,
          width - 24, 70, height - 60);
      valueGrid(p.scene(), p.axis(), p.x0(), p.x1(), p.bottom(), p.top(), format, lineLabels);
      return p;
    }

    /** The y of value v. */
    double y(double v) {
      return axis.map(v, bottom, top);
    }
  }
}
