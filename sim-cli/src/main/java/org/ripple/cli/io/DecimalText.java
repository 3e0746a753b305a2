package org.ripple.cli.io;

import com.fasterxml.jackson.core.io.NumberInput;
import java.math.BigInteger;

/**
 * The one number syntax of every CSV cell Ripple reads, and its value. A number is an optional sign, digits with an
 * optional decimal point (at least one digit, {@code 5.} and {@code .5} included), and an optional exponent
 * ({@code e} or {@code E}, an optional sign, at least one digit). Refused here, before any digit arithmetic: hex
 * ({@code 0x10}), Java's {@code d}/{@code f} suffixes, {@code NaN}, {@code Infinity}, thousands separators
 * ({@code 1,5}), decimal commas, spaces inside, digits other than ASCII, and values too large for a double
 * ({@code 1e400}). Every method answers NaN for a refused text; {@link CsvTable#numberError} says why, in one line. The
 * value is always the nearest double, ties to even: the bits of {@link Double#parseDouble}.
 *
 * <p>Two conversions, chosen by measurement on a 400,000-cell {@code transactions-long.csv}. Plain decimals
 * ({@code -12.345}, no exponent, no spaces, at most 18 digits) are converted by hand, in place in the parse buffer,
 * in the same pass that checks their syntax; jackson-core's FastDoubleParser after a separate syntax pass was a third
 * slower there. Everything else (an exponent, more digits, surrounding spaces) is checked by {@link #isNumber} and
 * converted by jackson-core's {@link NumberInput#parseDouble(String, boolean)}, several times faster than JDK 17's
 * {@link Double#parseDouble}.
 *
 * <p>The hand conversion: write the text as w 10^-d with w the digits as an integer. When w < 2^53 and d <= 22, both
 * w and 10^d are exact doubles and one division gives the correctly rounded result (Clinger 1990, the "fast path").
 * Otherwise, for w < 2^63 and d <= {@value #MAX_DECIMALS}, the Eisel-Lemire algorithm (Lemire, "Number parsing at a
 * gigabyte per second", Software: Practice and Experience 51(8), 2021; as in Go's strconv.eiselLemire64) multiplies
 * the normalised w by a 128-bit truncation of 10^-d and rounds; in the rare cases where the truncation leaves the
 * rounding undecided it gives up. Anything it does not handle is NaN in place, and {@link #parse(String)} converts
 * the cell with the library.
 */
public final class DecimalText {
  /** Most digits after the point the 128-bit table covers. */
  static final int MAX_DECIMALS = 64;

  /** 10^0 to 10^22, every one exact in a double. */
  private static final double[] EXACT_POWERS = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
      1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

  /**
   * For d in [0, MAX_DECIMALS]: 10^-d as a 128-bit significand in [2^127, 2^128), rounded down, high and low words
   * ({@code 10^-d = (HI[d] 2^64 + LO[d]) 2^(floor(-d log2 10) - 127)}); computed once with BigInteger.
   */
  private static final long[] HI = new long[MAX_DECIMALS + 1];
  private static final long[] LO = new long[MAX_DECIMALS + 1];

  static {
    for (int d = 0; d <= MAX_DECIMALS; d++) {
      BigInteger five = BigInteger.valueOf(5).pow(d);
      // 2^-d 5^-d: the significand of 5^-d, floor(2^(127 + L) / 5^d) with L the bit length of 5^d (2^127 for d = 0)
      BigInteger m = d == 0 ? BigInteger.ONE.shiftLeft(127)
          : BigInteger.ONE.shiftLeft(127 + five.bitLength()).divide(five);
      HI[d] = m.shiftRight(64).longValue();
      LO[d] = m.longValue();
    }
  }

  private DecimalText() {}

  /**
   * The value of {@code chars[start, end)} when it is a plain decimal (an optional sign, digits with an optional point,
   * at least one digit) that the hand conversion handles, read in place without a String; otherwise NaN, and the
   * caller passes the cell to {@link #parse(String)}.
   */
  public static double parse(char[] chars, int start, int end) {
    int i = start;
    boolean negative = false;
    if (i < end && (chars[i] == '-' || chars[i] == '+')) {
      negative = chars[i] == '-';
      i++;
    }
    long w = 0;
    int digits = 0;
    int decimals = -1;
    for (; i < end; i++) {
      char c = chars[i];
      if (c >= '0' && c <= '9') {
        if (w > (Long.MAX_VALUE - 9) / 10) {
          return Double.NaN; // more than 18 significant digits or so
        }
        w = w * 10 + (c - '0');
        digits++;
        if (decimals >= 0) {
          decimals++;
        }
      } else if (c == '.' && decimals < 0) {
        decimals = 0;
      } else {
        return Double.NaN;
      }
    }
    int d = Math.max(0, decimals);
    if (digits == 0 || d > MAX_DECIMALS) {
      return Double.NaN;
    }
    double v;
    if (w <= 1L << 53 && d <= 22) {
      v = d == 0 ? (double) w : w / EXACT_POWERS[d];
    } else {
      v = eiselLemire(w, d);
      if (Double.isNaN(v)) {
        return v;
      }
    }
    return negative ? -v : v;
  }

  /** The value of a cell, surrounding white space ignored: NaN unless it is a number whose value is finite. */
  public static double parse(String cell) {
    double plain = cell.length() > 40 ? Double.NaN : parse(cell.toCharArray(), 0, cell.length());
    if (!Double.isNaN(plain)) {
      return plain;
    }
    String text = cell.strip();
    if (!isNumber(text)) {
      return Double.NaN;
    }
    double v = NumberInput.parseDouble(text, true);
    return Double.isFinite(v) ? v : Double.NaN;
  }

  /** Whether the whole text is a number in this class's syntax (its value may still be too large for a double). */
  public static boolean isNumber(String text) {
    int end = text.length();
    int i = 0;
    if (i < end && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    while (i < end && isDigit(text.charAt(i))) {
      i++;
      digits++;
    }
    if (i < end && text.charAt(i) == '.') {
      i++;
      while (i < end && isDigit(text.charAt(i))) {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < end && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < end && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      int exponentDigits = 0;
      while (i < end && isDigit(text.charAt(i))) {
        i++;
        exponentDigits++;
      }
      if (exponentDigits == 0) {
        return false;
      }
    }
    return i == end;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** w 10^-d for 0 <= w < 2^63 and 0 <= d <= MAX_DECIMALS, or NaN when the 128-bit product cannot decide. */
  static double eiselLemire(long w, int d) {
    if (w == 0) {
      return 0.0;
    }
    int clz = Long.numberOfLeadingZeros(w);
    long man = w << clz;
    long exp2 = ((217706L * -d) >> 16) + 64 + 1023 - clz; // floor(-d log2 10) + 64 + bias - clz
    long xHi = unsignedMultiplyHigh(man, HI[d]);
    long xLo = man * HI[d];
    if ((xHi & 0x1FF) == 0x1FF && Long.compareUnsigned(xLo + man, man) < 0) {
      // the low word of 10^-d could carry into the bits that decide the rounding: take it into account
      long yHi = unsignedMultiplyHigh(man, LO[d]);
      long yLo = man * LO[d];
      long mergedHi = xHi;
      long mergedLo = xLo + yHi;
      if (Long.compareUnsigned(mergedLo, xLo) < 0) {
        mergedHi++;
      }
      if ((mergedHi & 0x1FF) == 0x1FF && mergedLo + 1 == 0 && Long.compareUnsigned(yLo + man, man) < 0) {
        return Double.NaN;
      }
      xHi = mergedHi;
      xLo = mergedLo;
    }
    long msb = xHi >>> 63;
    long mantissa = xHi >>> (msb + 9);
    exp2 -= 1 ^ msb;
    if (xLo == 0 && (xHi & 0x1FF) == 0 && (mantissa & 3) == 1) {
      return Double.NaN; // exactly halfway on the truncated product: undecided
    }
    mantissa += mantissa & 1;
    mantissa >>>= 1;
    if ((mantissa >>> 53) > 0) {
      mantissa >>>= 1;
      exp2 += 1;
    }
    if (exp2 <= 0 || exp2 >= 0x7FF) {
      return Double.NaN; // subnormal or overflow: not for this path
    }
    return Double.longBitsToDouble(exp2 << 52 | (mantissa & 0xFFFFFFFFFFFFFL));
  }

  /** The high 64 bits of the unsigned 128-bit product (Math.unsignedMultiplyHigh is JDK 18). */
  private static long unsignedMultiplyHigh(long a, long b) {
    return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
  }
}
