package org.ripple.cli.output;

import org.ripple.cli.io.Numbers;
import java.util.Locale;

/**
 * Locale-independent number text for reports. Machine formats (JSON, CSV) carry the shortest text that reads back
 * to the same double, never in exponent notation; tables round for people. A non-finite number reaching output is
 * a bug, so it throws; "not available" is decided by the caller and printed as null, an empty cell or n/a.
 */
public final class Fmt {
  private Fmt() {}

  /** Exact round-trip decimal text without exponent for ordinary magnitudes: see {@link Numbers#shortest}. */
  public static String plain(double v) {
    return Numbers.shortest(v);
  }

  /** Grouped with commas, fixed decimals, e.g. {@code -1,234.5}; a negative zero prints as 0. */
  public static String grouped(double v, int decimals) {
    if (!Double.isFinite(v)) {
      throw new IllegalStateException("non-finite number reached output: " + v);
    }
    String s = String.format(Locale.ROOT, "%,." + decimals + "f", v);
    if (s.startsWith("-") && s.substring(1).chars().noneMatch(ch -> ch >= '1' && ch <= '9')) {
      s = s.substring(1);
    }
    return s;
  }

  /** Fixed decimals, no grouping: see {@link Numbers#fixed}. */
  public static String fixed(double v, int decimals) {
    return Numbers.fixed(v, decimals);
  }

  /** Pads on the left to a width (for right-aligned numbers). */
  public static String left(String s, int width) {
    return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
  }

  /** Pads on the right to a width. */
  public static String right(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
