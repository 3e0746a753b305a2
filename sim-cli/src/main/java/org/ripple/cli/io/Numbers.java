package org.ripple.cli.io;

import java.nio.charset.StandardCharsets;
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
   * {@code NumberOutput.toString(double, true)} computes it, taken by {@link ShortestDigits}); they depend on the
   * value only, never on the locale or the JDK version (unlike {@link Double#toString}, whose digits changed in JDK
   * 19). Exponent notation ({@code 1.5E-12}, {@code 1E+21}) is used only for magnitudes outside [1e-9, 1e21),
   * where plain text would be unreadable.
   */
  public static String shortest(double value) {
    byte[] buf = new byte[SHORTEST_MAX_CHARS];
    return new String(buf, 0, shortest(value, buf, 0), StandardCharsets.ISO_8859_1);
  }

  /** The most characters {@link #shortest(double, byte[], int)} writes. */
  public static final int SHORTEST_MAX_CHARS = 32;

  /**
   * {@link #shortest(double)}'s text written into {@code buf} from {@code pos} as ASCII bytes, the digits laid out
   * once where they belong, without making an object (the writers of large outputs format straight into their byte
   * buffer); {@code buf} must have {@link #SHORTEST_MAX_CHARS} bytes free from {@code pos}. Returns the position
   * after the text.
   */
  public static int shortest(double value, byte[] buf, int pos) {
    requireFinite(value);
    if (value == 0) {
      buf[pos] = '0'; // also -0.0: a signed zero in a report is noise
      return pos + 1;
    }
    double abs = Math.abs(value);
    return layOut(abs, value < 0, !(abs >= 1e-9 && abs < 1e21), buf, pos);
  }

  /** {@link #shortest(double, byte[], int)} into characters, for a writer that takes them (the JSON generator). */
  public static int shortest(double value, char[] buf, int pos) {
    byte[] bytes = new byte[SHORTEST_MAX_CHARS];
    int end = shortest(value, bytes, 0);
    for (int i = 0; i < end; i++) {
      buf[pos + i] = (char) bytes[i];
    }
    return pos + end;
  }

  /** Like {@link #shortest} but always in plain notation, whatever the magnitude (for data files). */
  public static String plain(double value) {
    requireFinite(value);
    if (value == 0) {
      return "0"; // also -0.0: a signed zero in a report is noise
    }
    // plain text of a double has at most 17 digits and 324 zeros around the point
    byte[] buf = new byte[SHORTEST_MAX_CHARS + 330];
    return new String(buf, 0, layOut(Math.abs(value), value < 0, false, buf, 0), StandardCharsets.ISO_8859_1);
  }

  /**
   * Writes the shortest digits of {@code abs} ({@link ShortestDigits}) in place in plain notation ({@code
   * -0.00000012345}, {@code 123.45}, {@code 100}) or, when {@code scientific}, in the notation of
   * {@link java.math.BigDecimal#toString} ({@code -1.2345E-7}, {@code 1E+21}), into {@code buf} from {@code pos}: the
   * digits go where they belong and only the ones after a point move up by one.
   */
  private static int layOut(double abs, boolean negative, boolean scientific, byte[] buf, int pos) {
    if (negative) {
      buf[pos++] = '-';
    }
    int shape = ShortestDigits.write(abs, buf, scientific || abs >= 1 ? pos : pos + 2);
    int len = shape & 31;
    int point = shape >> 5; // the value is 0.digits times 10^point
    if (scientific) {
      int end = point(buf, pos, len, 1);
      buf[end++] = 'E';
      int exp = point - 1;
      if (exp > 0) {
        buf[end++] = '+';
      } else {
        buf[end++] = '-';
        exp = -exp;
      }
      if (exp >= 100) {
        buf[end++] = (byte) ('0' + exp / 100);
      }
      if (exp >= 10) {
        buf[end++] = (byte) ('0' + exp / 10 % 10);
      }
      buf[end++] = (byte) ('0' + exp % 10);
      return end;
    }
    if (point <= 0) { // below one: the digits were written after "0.", and the zeros after the point go first
      int zeros = -point;
      if (zeros > 0) {
        System.arraycopy(buf, pos + 2, buf, pos + 2 + zeros, len);
      }
      buf[pos] = '0';
      buf[pos + 1] = '.';
      for (int i = 0; i < zeros; i++) {
        buf[pos + 2 + i] = '0';
      }
      return pos + 2 + zeros + len;
    }
    if (point >= len) { // a whole number: its trailing zeros
      int end = pos + len;
      for (int i = len; i < point; i++) {
        buf[end++] = '0';
      }
      return end;
    }
    return point(buf, pos, len, point);
  }

  /** Puts a point after the first {@code at} of the {@code len} digits at {@code pos} (none after the last). */
  private static int point(byte[] buf, int pos, int len, int at) {
    if (at >= len) {
      return pos + len;
    }
    System.arraycopy(buf, pos + at, buf, pos + at + 1, len - at);
    buf[pos + at] = '.';
    return pos + len + 1;
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
