package org.ripple.cli.io;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Locale-independent number formatting for every file Ripple writes. The same double always gives the same bytes, in
 * any locale. A NaN or infinite value reaching output is a bug upstream, so it throws instead of printing.
 */
public final class Numbers {
  private Numbers() {}

  /**
   * The shortest text that reads back as the same double ({@link Double#toString} digits), in plain notation:
   * {@code 1.0E7 -> 10000000}, {@code 0.5 -> 0.5}, {@code 3.0 -> 3}, {@code 1.0E-5 -> 0.00001}. Exponent notation is
   * kept only for magnitudes outside [1e-9, 1e21), where plain notation would be unreadable.
   */
  public static String shortest(double value) {
    requireFinite(value);
    if (value == 0) {
      return "0"; // also -0.0: a signed zero in a report is noise
    }
    double abs = Math.abs(value);
    String s = Double.toString(value);
    if (abs >= 1e-9 && abs < 1e21) {
      BigDecimal d = new BigDecimal(s).stripTrailingZeros();
      s = d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
    return s;
  }

  /**
   * A fixed number of decimals, {@code String.format(Locale.ROOT, "%.Nf")}: no grouping, a dot, half-up rounding of the
   * shortest decimal form; {@code fixed(2.5, 2) = "2.50"}, and a negative zero prints as zero.
   */
  public static String fixed(double value, int decimals) {
    requireFinite(value);
    if (decimals < 0 || decimals > 17) {
      throw new IllegalArgumentException("decimals must be in [0, 17], was " + decimals);
    }
    String s = String.format(Locale.ROOT, "%." + decimals + "f", value);
    if (s.startsWith("-") && isZero(s)) {
      s = s.substring(1); // -0.00 -> 0.00
    }
    return s;
  }

  private static boolean isZero(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '1' && c <= '9') {
        return false;
      }
    }
    return true;
  }

  private static void requireFinite(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalStateException("a non-finite number (" + value + ") reached output: this is a bug");
    }
  }
}
