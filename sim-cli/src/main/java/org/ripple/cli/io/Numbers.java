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
    char[] buf = new char[SHORTEST_MAX_CHARS];
    return new String(buf, 0, shortest(value, buf, 0));
  }

  /** The most characters {@link #shortest(double, char[], int)} writes. */
  public static final int SHORTEST_MAX_CHARS = 32;

  /**
   * {@link #shortest(double)}'s text written into {@code buf} from {@code pos}, without making a string (the writers
   * of large tables format straight into their output buffer); {@code buf} must have {@link #SHORTEST_MAX_CHARS}
   * characters free from {@code pos}. Returns the position after the text.
   */
  public static int shortest(double value, char[] buf, int pos) {
    requireFinite(value);
    if (value == 0) {
      buf[pos] = '0'; // also -0.0: a signed zero in a report is noise
      return pos + 1;
    }
    double abs = Math.abs(value);
    String text = NumberOutput.toString(value, true);
    return abs >= 1e-9 && abs < 1e21 ? layOut(text, value < 0, false, buf, pos)
        : layOut(text, value < 0, true, buf, pos);
  }

  /** Like {@link #shortest} but always in plain notation, whatever the magnitude (for data files). */
  public static String plain(double value) {
    requireFinite(value);
    if (value == 0) {
      return "0"; // also -0.0: a signed zero in a report is noise
    }
    String text = NumberOutput.toString(value, true);
    // plain text of a double has at most 17 digits and 324 zeros around the point
    char[] buf = new char[text.length() + 330];
    return new String(buf, 0, layOut(text, value < 0, false, buf, 0));
  }

  /**
   * Lays Schubfach's text ({@code -1.2345E-7}, {@code 123.45}, {@code 100.0}) out in plain notation ({@code
   * -0.00000012345}, {@code 123.45}, {@code 100}) or, when {@code scientific}, in the notation of
   * {@link java.math.BigDecimal#toString} ({@code -1.2345E-7}, {@code 1E+21}), into {@code buf} from {@code pos}:
   * its digits without leading or trailing zeros, the value being {@code 0.digits} times 10^point. Makes no object.
   */
  private static int layOut(String text, boolean negative, boolean scientific, char[] buf, int pos) {
    int e = text.indexOf('E');
    int mantissaEnd = e < 0 ? text.length() : e;
    int exponent = e < 0 ? 0 : Integer.parseInt(text, e + 1, text.length(), 10);
    int from = negative ? 1 : 0;
    int dot = text.indexOf('.', from);
    if (dot < 0 || dot > mantissaEnd) {
      dot = mantissaEnd;
    }
    int count = mantissaEnd - from - (dot < mantissaEnd ? 1 : 0); // digits in the mantissa
    int first = 0;
    while (first < count - 1 && digit(text, from, dot, first) == '0') {
      first++;
    }
    int last = count;
    while (last > first + 1 && digit(text, from, dot, last - 1) == '0') {
      last--;
    }
    int len = last - first;
    int point = (dot - from) - first + exponent;
    if (negative) {
      buf[pos++] = '-';
    }
    if (scientific) {
      buf[pos++] = digit(text, from, dot, first);
      if (len > 1) {
        buf[pos++] = '.';
        for (int k = first + 1; k < last; k++) {
          buf[pos++] = digit(text, from, dot, k);
        }
      }
      buf[pos++] = 'E';
      int exp = point - 1;
      if (exp > 0) {
        buf[pos++] = '+';
      } else {
        buf[pos++] = '-';
        exp = -exp;
      }
      if (exp >= 100) {
        buf[pos++] = (char) ('0' + exp / 100);
      }
      if (exp >= 10) {
        buf[pos++] = (char) ('0' + exp / 10 % 10);
      }
      buf[pos++] = (char) ('0' + exp % 10);
      return pos;
    }
    if (point <= 0) {
      buf[pos++] = '0';
      buf[pos++] = '.';
      for (int i = point; i < 0; i++) {
        buf[pos++] = '0';
      }
      for (int k = first; k < last; k++) {
        buf[pos++] = digit(text, from, dot, k);
      }
    } else if (point >= len) {
      for (int k = first; k < last; k++) {
        buf[pos++] = digit(text, from, dot, k);
      }
      for (int i = len; i < point; i++) {
        buf[pos++] = '0';
      }
    } else {
      for (int k = first; k < last; k++) {
        if (k - first == point) {
          buf[pos++] = '.';
        }
        buf[pos++] = digit(text, from, dot, k);
      }
    }
    return pos;
  }

  /** The k-th digit of the mantissa that starts at {@code from} and has its point at {@code dot}. */
  private static char digit(String text, int from, int dot, int k) {
    int i = from + k;
    return text.charAt(i >= dot ? i + 1 : i);
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
