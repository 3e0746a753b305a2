package org.ripple.cli.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Locale-independent number formatting for every file Ripple writes. The same double always gives the same bytes, in
 * any locale. A NaN or infinite value reaching output is a bug upstream, so it throws instead of printing.
 */
public final class Numbers {
  private Numbers() {}

  /**
   * A short text that reads back as exactly the same double, in plain notation: {@code 1.0E7 -> 10000000},
   * {@code 0.5 -> 0.5}, {@code 3.0 -> 3}, {@code 1.0E-5 -> 0.00001}. The exact binary value is rounded half-even to
   * 15, then 16, then 17 significant digits, and the first that round-trips is used (17 always does). BigDecimal
   * arithmetic and {@link Double#parseDouble} are exactly specified, so the text depends on the value only, never on
   * the locale or the JDK version (unlike {@link Double#toString}, whose digits changed in JDK 19). Exponent notation
   * ({@code 1.5E-12}) is used only for magnitudes outside [1e-9, 1e21), where plain text would be unreadable.
   */
  public static String shortest(double value) {
    BigDecimal d = exact(value);
    double abs = Math.abs(value);
    if (abs == 0 || (abs >= 1e-9 && abs < 1e21)) {
      return plainText(d);
    }
    return d.toString();
  }

  /** Like {@link #shortest} but always in plain notation, whatever the magnitude (for data files). */
  public static String plain(double value) {
    return plainText(exact(value));
  }

  private static String plainText(BigDecimal d) {
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  /** The shortest of 15, 16 or 17 significant digits that reads back as exactly {@code value}. */
  private static BigDecimal exact(double value) {
    requireFinite(value);
    if (value == 0) {
      return BigDecimal.ZERO; // also -0.0: a signed zero in a report is noise
    }
    BigDecimal exact = new BigDecimal(value);
    BigDecimal rounded = exact;
    for (int digits = 15; digits <= 17; digits++) {
      rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros();
      if (Double.parseDouble(rounded.toString()) == value) {
        break;
      }
    }
    return rounded;
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
