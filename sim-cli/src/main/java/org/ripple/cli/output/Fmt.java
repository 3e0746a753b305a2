package org.ripple.cli.output;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Locale-independent number text for reports. Machine formats (JSON, CSV) carry the shortest text that reads back
 * to the same double, never in exponent notation; tables round for people. A non-finite number reaching output is
 * a bug, so it throws; "not available" is decided by the caller and printed as null, an empty cell or n/a.
 */
public final class Fmt {
  private Fmt() {}

  /** Shortest round-trip decimal text without exponent: 1.0E7 -> 10000000, -0.0 -> 0. */
  public static String plain(double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalStateException("non-finite number reached output: " + v);
    }
    if (v == 0) {
      return "0";
    }
    String s = new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    return s;
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

  /** Fixed decimals, no grouping. */
  public static String fixed(double v, int decimals) {
    if (!Double.isFinite(v)) {
      throw new IllegalStateException("non-finite number reached output: " + v);
    }
    String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
    if (s.startsWith("-") && s.substring(1).chars().noneMatch(ch -> ch >= '1' && ch <= '9')) {
      s = s.substring(1);
    }
    return s;
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
