package org.ripple.cli.io;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.util.Locale;

/**
 * Locale-independent number formatting for every file Ripple writes. The same double always gives the same bytes, in
 * any locale. A NaN or infinite value reaching output is a bug upstream, so it throws instead of printing.
 */
public final class Numbers {
  private Numbers() {}

  /**
   * The shortest text that reads back as exactly the same double, in plain notation: {@code 1.0E7 -> 10000000},
   * {@code 0.5 -> 0.5}, {@code 3.0 -> 3}, {@code 1.0E-5 -> 0.00001}, {@code 0.1 + 0.2 -> 0.30000000000000004}. The
   * digits are the fewest that round back to the value, the nearest to it among those (Schubfach, as jackson-core's
   * {@link NumberOutput#toString(double, boolean)} computes it); they depend on the value only, never on the locale
   * or the JDK version (unlike {@link Double#toString}, whose digits changed in JDK 19). Exponent notation
   * ({@code 1.5E-12}, {@code 1E+21}) is used only for magnitudes outside [1e-9, 1e21), where plain text would be
   * unreadable.
   */
  public static String shortest(double value) {
    requireFinite(value);
    double abs = Math.abs(value);
    if (abs == 0) {
      return "0";
    }
    return abs >= 1e-9 && abs < 1e21 ? plain(value) : scientific(value);
  }

  /** Like {@link #shortest} but always in plain notation, whatever the magnitude (for data files). */
  public static String plain(double value) {
    requireFinite(value);
    if (value == 0) {
      return "0"; // also -0.0: a signed zero in a report is noise
    }
    String text = NumberOutput.toString(value, true);
    if (text.indexOf('E') < 0) {
      // 1e-3 <= |value| < 1e7: already plain, with ".0" for a whole number
      return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
    ShortestDigits d = ShortestDigits.of(text);
    String digits = d.digits;
    int len = digits.length();
    int point = d.point;
    StringBuilder sb = new StringBuilder(len + Math.abs(point) + 3);
    if (value < 0) {
      sb.append('-');
    }
    if (point <= 0) {
      sb.append("0.");
      for (int i = point; i < 0; i++) {
        sb.append('0');
      }
      sb.append(digits);
    } else if (point >= len) {
      sb.append(digits);
      for (int i = len; i < point; i++) {
        sb.append('0');
      }
    } else {
      sb.append(digits, 0, point).append('.').append(digits, point, len);
    }
    return sb.toString();
  }

  /** {@code 1.5E-12}, {@code -2E+300}: the shortest digits in the notation of {@link java.math.BigDecimal#toString}. */
  private static String scientific(double value) {
    ShortestDigits d = ShortestDigits.of(NumberOutput.toString(value, true));
    int exponent = d.point - 1;
    StringBuilder sb = new StringBuilder(d.digits.length() + 8);
    if (value < 0) {
      sb.append('-');
    }
    sb.append(d.digits.charAt(0));
    if (d.digits.length() > 1) {
      sb.append('.').append(d.digits, 1, d.digits.length());
    }
    sb.append('E');
    if (exponent > 0) {
      sb.append('+');
    }
    return sb.append(exponent).toString();
  }

  /**
   * The shortest round-trip digits of a non-zero finite double, without leading or trailing zeros, and where the
   * decimal point goes: the value is {@code 0.digits} times 10^point.
   */
  private static final class ShortestDigits {
    final String digits;
    final int point;

    private ShortestDigits(String digits, int point) {
      this.digits = digits;
      this.point = point;
    }

    /** Reads Schubfach's text ({@code -1.2345E-7}, {@code 123.45}, {@code 100.0}) into digits and a point. */
    static ShortestDigits of(String text) {
      int e = text.indexOf('E');
      int mantissaEnd = e < 0 ? text.length() : e;
      int exponent = e < 0 ? 0 : Integer.parseInt(text, e + 1, text.length(), 10);
      StringBuilder digits = new StringBuilder(mantissaEnd);
      int point = -1;
      for (int i = text.charAt(0) == '-' ? 1 : 0; i < mantissaEnd; i++) {
        char c = text.charAt(i);
        if (c == '.') {
          point = digits.length();
        } else {
          digits.append(c);
        }
      }
      if (point < 0) {
        point = digits.length();
      }
      int first = 0;
      while (first < digits.length() - 1 && digits.charAt(first) == '0') {
        first++;
      }
      int last = digits.length();
      while (last > first + 1 && digits.charAt(last - 1) == '0') {
        last--;
      }
      return new ShortestDigits(digits.substring(first, last), point - first + exponent);
    }
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
