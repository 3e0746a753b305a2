package org.ripple.cli.output.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Renders a {@link Scene} to PNG with Java2D, headless (no display, no browser): the same shapes as {@link Svg}, on
 * white, at {@code scale} pixels per scene unit for slides. Text uses the JVM's logical SansSerif font, so glyphs may
 * differ slightly between machines; layout does not. ImageIO writes no timestamp.
 */
public final class Png {
  private Png() {}

  public static byte[] render(Scene scene, double scale) {
    System.setProperty("java.awt.headless", "true");
    int w = (int) Math.ceil(scene.width() * scale);
    int h = (int) Math.ceil(scene.height() * scale);
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.scale(scale, scale);
      for (Scene.Item item : scene.items()) {
        draw(g, item);
      }
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(img, "png", out)) {
        throw new IllegalStateException("no PNG writer in this Java runtime");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void draw(Graphics2D g, Scene.Item item) {
    if (item instanceof Scene.Rect r) {
      g.setColor(colour(r.fill()));
      g.fill(new Rectangle2D.Double(r.x(), r.y(), r.w(), r.h()));
    } else if (item instanceof Scene.Line l) {
      g.setColor(colour(l.stroke()));
      g.setStroke(new BasicStroke((float) l.width()));
      g.draw(new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()));
    } else if (item instanceof Scene.Text t) {
      g.setColor(colour(t.fill()));
      Font font = new Font(Font.SANS_SERIF, t.bold() ? Font.BOLD : Font.PLAIN, 12).deriveFont((float) t.size());
      g.setFont(font);
      double width = g.getFontMetrics().getStringBounds(t.text(), g).getWidth();
      double x = switch (t.anchor()) {
        case START -> t.x();
        case MIDDLE -> t.x() - width / 2;
        case END -> t.x() - width;
      };
      g.drawString(t.text(), (float) x, (float) t.y());
    } else if (item instanceof Scene.Polyline p) {
      double[] xs = p.xs();
      double[] ys = p.ys();
      g.setColor(colour(p.stroke()));
      g.setStroke(new BasicStroke((float) p.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      Path2D.Double path = new Path2D.Double();
      for (int i = 0; i < xs.length; i++) {
        if (i == 0) {
          path.moveTo(xs[i], ys[i]);
        } else {
          path.lineTo(xs[i], ys[i]);
        }
      }
      g.draw(path);
      double r = p.width() + 1;
      for (int i = 0; i < xs.length; i++) {
        g.fill(new Ellipse2D.Double(xs[i] - r, ys[i] - r, 2 * r, 2 * r));
      }
    }
  }

  /** {@code #rrggbb} only: scenes use no named colours. */
  static Color colour(String hex) {
    if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
      throw new IllegalArgumentException("colour must be #rrggbb, was " + hex);
    }
    return new Color(Integer.parseInt(hex.substring(1), 16));
  }
}
