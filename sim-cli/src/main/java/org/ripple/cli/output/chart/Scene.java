package org.ripple.cli.output.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A chart laid out as plain shapes in pixel coordinates (origin top left): what both renderers draw, so the inline
 * SVG of the HTML report and the PNG for slides come from one layout. Immutable once built; every number is finite.
 */
public final class Scene {
  /** Text anchors, as in SVG. */
  public enum Anchor { START, MIDDLE, END }

  /** A drawable item. */
  public sealed interface Item permits Rect, Line, Text, Polyline {}

  /** A filled rectangle; {@code title} is a tooltip (SVG only), may be empty. */
  public record Rect(double x, double y, double w, double h, String fill, String title) implements Item {}

  /** A straight line. */
  public record Line(double x1, double y1, double x2, double y2, String stroke, double width) implements Item {}

  /** Text at a baseline point. */
  public record Text(double x, double y, String text, double size, Anchor anchor, String fill, boolean bold)
      implements Item {}

  /** An open polyline through points {@code xs[i], ys[i]}, with a dot at each point. */
  public record Polyline(double[] xs, double[] ys, String stroke, double width) implements Item {
    public Polyline {
      if (xs.length != ys.length) {
        throw new IllegalArgumentException("polyline needs as many x as y, had " + xs.length + " and " + ys.length);
      }
      xs = xs.clone();
      ys = ys.clone();
    }

    @Override
    public double[] xs() {
      return xs.clone();
    }

    @Override
    public double[] ys() {
      return ys.clone();
    }
  }

  private final String title;
  private final double width;
  private final double height;
  private final List<Item> items;

  private Scene(String title, double width, double height, List<Item> items) {
    this.title = title;
    this.width = width;
    this.height = height;
    this.items = List.copyOf(items);
  }

  public String title() {
    return title;
  }

  public double width() {
    return width;
  }

  public double height() {
    return height;
  }

  public List<Item> items() {
    return items;
  }

  public static Builder builder(String title, double width, double height) {
    return new Builder(title, width, height);
  }

  /** Collects items in drawing order. */
  public static final class Builder {
    private final String title;
    private final double width;
    private final double height;
    private final List<Item> items = new ArrayList<>();

    private Builder(String title, double width, double height) {
      this.title = Objects.requireNonNull(title, "title");
      if (!(width > 0 && height > 0 && Double.isFinite(width) && Double.isFinite(height))) {
        throw new IllegalArgumentException("scene size must be positive, was " + width + " x " + height);
      }
      this.width = width;
      this.height = height;
    }

    public Builder add(Item item) {
      items.add(Objects.requireNonNull(item, "item"));
      return this;
    }

    public Builder rect(double x, double y, double w, double h, String fill, String title) {
      return add(new Rect(x, y, w, h, fill, title == null ? "" : title));
    }

    public Builder line(double x1, double y1, double x2, double y2, String stroke, double width) {
      return add(new Line(x1, y1, x2, y2, stroke, width));
    }

    public Builder text(double x, double y, String text, double size, Anchor anchor, String fill, boolean bold) {
      return add(new Text(x, y, text, size, anchor, fill, bold));
    }

    public Scene build() {
      return new Scene(title, width, height, items);
    }
  }
}
