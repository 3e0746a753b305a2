package org.ripple.cli.output.chart;

import org.ripple.cli.io.Numbers;

/**
 * Renders a {@link Scene} as inline SVG text: deterministic (coordinates with one decimal, locale-independent, items
 * in scene order), self-contained (no fonts, images or links), escaped, and accessible (a {@code title} and
 * {@code role="img"}).
 */
public final class Svg {
  /** The font stack of chart text; PNGs use the JVM's logical SansSerif font. */
  public static final String FONT = "DejaVu Sans, Arial, Helvetica, sans-serif";

  private Svg() {}

  public static String render(Scene scene) {
    StringBuilder sb = new StringBuilder();
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(n(scene.width()))
        .append("\" height=\"").append(n(scene.height())).append("\" viewBox=\"0 0 ").append(n(scene.width()))
        .append(' ').append(n(scene.height())).append("\" font-family=\"").append(FONT).append("\">\n");
    sb.append("<title>").append(escape(scene.title())).append("</title>\n");
    for (Scene.Item item : scene.items()) {
      if (item instanceof Scene.Rect r) {
        sb.append("<rect x=\"").append(n(r.x())).append("\" y=\"").append(n(r.y())).append("\" width=\"")
            .append(n(r.w())).append("\" height=\"").append(n(r.h())).append("\" fill=\"").append(r.fill())
            .append('"');
        if (r.title().isEmpty()) {
          sb.append("/>\n");
        } else {
          sb.append("><title>").append(escape(r.title())).append("</title></rect>\n");
        }
      } else if (item instanceof Scene.Line l) {
        sb.append("<line x1=\"").append(n(l.x1())).append("\" y1=\"").append(n(l.y1())).append("\" x2=\"")
            .append(n(l.x2())).append("\" y2=\"").append(n(l.y2())).append("\" stroke=\"").append(l.stroke())
            .append("\" stroke-width=\"").append(n(l.width())).append("\"/>\n");
      } else if (item instanceof Scene.Text t) {
        sb.append("<text x=\"").append(n(t.x())).append("\" y=\"").append(n(t.y())).append("\" font-size=\"")
            .append(n(t.size())).append('"');
        if (t.anchor() != Scene.Anchor.START) {
          sb.append(" text-anchor=\"").append(t.anchor() == Scene.Anchor.MIDDLE ? "middle" : "end").append('"');
        }
        if (t.bold()) {
          sb.append(" font-weight=\"bold\"");
        }
        sb.append(" fill=\"").append(t.fill()).append("\">").append(escape(t.text())).append("</text>\n");
      } else if (item instanceof Scene.Polyline p) {
        double[] xs = p.xs();
        double[] ys = p.ys();
        sb.append("<polyline fill=\"none\" stroke=\"").append(p.stroke()).append("\" stroke-width=\"")
            .append(n(p.width())).append("\" points=\"");
        for (int i = 0; i < xs.length; i++) {
          sb.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
        }
        sb.append("\"/>\n");
        for (int i = 0; i < xs.length; i++) {
          sb.append("<circle cx=\"").append(n(xs[i])).append("\" cy=\"").append(n(ys[i])).append("\" r=\"")
              .append(n(p.width() + 1)).append("\" fill=\"").append(p.stroke()).append("\"/>\n");
        }
      }
    }
    sb.append("</svg>\n");
    return sb.toString();
  }

  /** One decimal, no exponent, no locale; -0.0 prints as 0. */
  static String n(double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalStateException("non-finite coordinate reached a chart: " + v);
    }
    String s = Numbers.fixed(Math.round(v * 10) / 10.0, 1);
    if (s.endsWith(".0")) {
      s = s.substring(0, s.length() - 2);
    }
    return s.equals("-0") ? "0" : s;
  }

  /** XML text and attribute escaping. */
  public static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t') {
            sb.append(' ');
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
