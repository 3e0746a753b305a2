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
   * 15, then 16, then 17 significant digits, and the first that round-trips is used (17 always does). The text depends
   * on the value only, never on the locale or the JDK version (unlike {@link Double#toString}, whose digits changed in
   * JDK 19). Exponent notation ({@code 1.5E-12}) is used only for magnitudes outside [1e-9, 1e21), where plain text
   * would be unreadable.
   */
  public static String shortest(double value) {
    requireFinite(value);
    double abs = Math.abs(value);
    if (abs == 0) {
      return "0";
    }
    if (abs >= 1e-9 && abs < 1e21) {
      String fast = fastPlain(value);
      return fast != null ? fast : plainText(exact(value));
    }
    return exact(value).toString();
  }

  /** Like {@link #shortest} but always in plain notation, whatever the magnitude (for data files). */
  public static String plain(double value) {
    requireFinite(value);
    String fast = fastPlain(value);
    return fast != null ? fast : plainText(exact(value));
  }

  /** The reference: {@link #plain} computed with {@link BigDecimal} only (for tests of the fast path). */
  static String plainByBigDecimal(double value) {
    return plainText(exact(value));
  }

  /** The reference: {@link #shortest} computed with {@link BigDecimal} only (for tests of the fast path). */
  static String shortestByBigDecimal(double value) {
    BigDecimal d = exact(value);
    double abs = Math.abs(value);
    return abs == 0 || (abs >= 1e-9 && abs < 1e21) ? plainText(d) : d.toString();
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

  // ---- the fast path: the same digits as exact(), in 64- and 128-bit integer arithmetic ----

  /** 5^0 .. 5^27, the powers of five that fit in a long. */
  private static final long[] POW5 = new long[28];

  static {
    POW5[0] = 1;
    for (int i = 1; i < POW5.length; i++) {
      POW5[i] = POW5[i - 1] * 5;
    }
  }

  /**
   * {@link #plain} without BigDecimal for |value| in [1e-11, 1e15) (the magnitudes of nearly every number Ripple
   * writes), or null outside that range, where the caller falls back to {@link #exact}.
   *
   * <p>Write |value| = m 2^q with m < 2^53. For p = 15, 16, 17 significant digits and E = floor(log10 |value|), the
   * p-digit rounding is N 10^-t with t = p - 1 - E and N = round(|value| 10^t) = round(m 5^t / 2^k), k = -(q + t).
   * In that range 0 <= t <= 27, so 5^t fits in a long, A = m 5^t fits in 128 bits (Math.multiplyHigh) and
   * 1 <= k <= 63, so floor(A / 2^k) and the remainder r = A mod 2^k are exact shifts and masks: N rounds half-even on
   * r against 2^(k-1), exactly like {@code BigDecimal.round(new MathContext(p, HALF_EVEN))}. N 10^-t reads back as
   * |value| (what {@code Double.parseDouble(...) == value} checks) exactly when it lies inside the rounding interval
   * of |value|: half a unit in the last place on each side, 2^(q-1), or 2^(q-2) below a power of two. In units of
   * 2^-k that is 2d < 5^t (4d < 5^t below a power of two), with d = |N 2^k - A| (r, or 2^k - r when rounded up);
   * 5^t is odd, so the interval's ends (ties) are never hit. 17 digits always read back, as in {@link #exact}.
   */
  static String fastPlain(double value) {
    long bits = Double.doubleToRawLongBits(value);
    int biased = (int) (bits >>> 52) & 0x7ff;
    double abs = Math.abs(value);
    if (biased == 0 || !(abs >= 1e-11 && abs < 1e15)) {
      return null; // zero, subnormal, or outside the fast range
    }
    long m = (bits & 0xfffffffffffffL) | (1L << 52);
    int q = biased - 1075;
    boolean powerOfTwo = m == 1L << 52;
    int e = (int) Math.floor(Math.log10(abs));
    // make e exact: 10^e <= |value| < 10^(e+1), checked on the 17-digit integer part
    for (int attempt = 0; ; attempt++) {
      long f = floorScaled(m, q, 16 - e);
      if (f < 0 || attempt > 2) {
        return null;
      }
      if (f >= 100_000_000_000_000_000L) { // 10^17
        e++;
      } else if (f < 10_000_000_000_000_000L) { // 10^16
        e--;
      } else {
        break;
      }
    }
    if (e < -11 || e > 14) {
      return null;
    }
    for (int p = 15; p <= 17; p++) {
      int t = p - 1 - e;
      long p5 = POW5[t];
      long hi = Math.multiplyHigh(m, p5);
      long lo = m * p5;
      int k = -(q + t);
      if (k < 1 || k > 63 || (hi >>> k) != 0) {
        return null; // cannot happen in the fast range; the exact path decides
      }
      long floor = (hi << (64 - k)) | (lo >>> k);
      if (floor < 0) {
        return null;
      }
      long rem = lo & ((1L << k) - 1);
      long half = 1L << (k - 1);
      boolean up = rem > half || (rem == half && (floor & 1) == 1);
      long n = up ? floor + 1 : floor;
      long d = up ? (1L << k) - rem : rem;
      boolean readsBack = !up && powerOfTwo ? d <= p5 >>> 2 : d <= p5 >>> 1;
      if (readsBack || p == 17) {
        return format(value < 0, n, t);
      }
    }
    throw new AssertionError("unreachable");
  }

  /** floor(m 2^q 10^t) when it fits in 63 bits and 0 <= t <= 27 with q + t < 0, else -1. */
  private static long floorScaled(long m, int q, int t) {
    if (t < 0 || t >= POW5.length) {
      return -1;
    }
    long p5 = POW5[t];
    long hi = Math.multiplyHigh(m, p5);
    long lo = m * p5;
    int k = -(q + t);
    if (k < 1 || k > 63 || (hi >>> k) != 0) {
      return -1;
    }
    long floor = (hi << (64 - k)) | (lo >>> k);
    return floor < 0 ? -1 : floor;
  }

  /** {@code n 10^-t} in plain notation without trailing zeros after the point, as {@code toPlainString} writes it. */
  private static String format(boolean negative, long n, int t) {
    while (t > 0 && n % 10 == 0) {
      n /= 10;
      t--;
    }
    String digits = Long.toString(n);
    int len = digits.length();
    StringBuilder sb = new StringBuilder(len + t + 3);
    if (negative) {
      sb.append('-');
    }
    if (t == 0) {
      sb.append(digits);
    } else if (t >= len) {
      sb.append("0.");
      for (int i = len; i < t; i++) {
        sb.append('0');
      }
      sb.append(digits);
    } else {
      sb.append(digits, 0, len - t).append('.').append(digits, len - t, len);
    }
    return sb.toString();
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
