package org.ripple.cli.io;

import java.math.BigInteger;

/**
 * The digits of the shortest decimal that rounds back to a double, written as ASCII bytes straight into a buffer:
 * Raffaello Giulietti's Schubfach algorithm ("The Schubfach way to render doubles", 2020, revised 2021; the method
 * behind {@code Double.toString} since JDK 19 and behind jackson-core's {@code NumberOutput.toString(double, true)},
 * whose digits these are, tested value for value in {@code NumbersIntoBufferTest}). Among the decimals in the
 * rounding interval of the double, the fewest digits; of those, the nearest to the double, an even last digit on a
 * tie; a subnormal below 3 ulps of the smallest gets two digits (its one-digit decimal would be far from it).
 *
 * <p>No object is made a call: three 126-bit products of the significand by a power of ten (a table of 617 entries
 * made once, exactly, from {@link BigInteger}), then integer comparisons. The layout around the digits (sign, point,
 * zeros, exponent) is {@link Numbers}'.
 */
final class ShortestDigits {
  private ShortestDigits() {}

  private static final int Q_MIN = -1074; // the exponent of the smallest subnormal's ulp
  private static final long C_MIN = 1L << 52; // the implicit bit of a normal significand
  private static final long C_TINY = 3; // subnormal significands below this get the extra digit
  private static final int K_MIN = -324;
  private static final int K_MAX = 292;
  private static final long MASK_63 = (1L << 63) - 1;

  /** {@code g = floor(10^-k 2^r) + 1} in [2^125, 2^126], high and low 63 bits, for k from K_MIN to K_MAX. */
  private static final long[] G = table();

  /**
   * Writes the digits of {@code abs}'s shortest decimal, without leading or trailing zeros, from {@code pos} (at most
   * 17 bytes); returns {@code point << 5 | count}: the value is {@code 0.d1...dcount} times 10^point.
   * {@code abs} is finite and above zero.
   */
  static int write(double abs, byte[] buf, int pos) {
    long bits = Double.doubleToRawLongBits(abs);
    long t = bits & (C_MIN - 1);
    int bq = (int) (bits >>> 52) & 0x7ff;
    if (bq != 0) {
      int mq = 1075 - bq; // minus the exponent of the ulp
      long c = C_MIN | t;
      if (0 < mq && mq < 53) {
        long f = c >> mq;
        if (f << mq == c) {
          return digits(f, 0, buf, pos); // an integer below 2^53: its own digits
        }
      }
      return decimal(-mq, c, 0, buf, pos);
    }
    return t < C_TINY ? decimal(Q_MIN, 10 * t, -1, buf, pos) : decimal(Q_MIN, t, 0, buf, pos);
  }

  /** The shortest decimal of {@code c 2^q} (divided by 10 when {@code dk} is -1), its digits written. */
  private static int decimal(int q, long c, int dk, byte[] buf, int pos) {
    int out = (int) c & 1; // an even significand's interval includes its ends
    long cb = c << 2;
    long cbr = cb + 2;
    long cbl;
    int k;
    if (c != C_MIN || q == Q_MIN) {
      cbl = cb - 2;
      k = flog10pow2(q);
    } else { // a power of two: the interval below is half as wide
      cbl = cb - 1;
      k = flog10threeQuartersPow2(q);
    }
    int h = q + flog2pow10(-k) + 2;
    int at = 2 * (k - K_MIN);
    long g1 = G[at];
    long g0 = G[at + 1];
    long vb = roundToOdd(g1, g0, cb << h);
    long vbl = roundToOdd(g1, g0, cbl << h);
    long vbr = roundToOdd(g1, g0, cbr << h);
    long s = vb >> 2;
    if (s >= 100) { // one digit fewer, if a decimal of that length is in the interval
      long sp10 = s / 10 * 10;
      long tp10 = sp10 + 10;
      boolean upin = vbl + out <= sp10 << 2;
      boolean wpin = (tp10 << 2) + out <= vbr;
      if (upin != wpin) {
        return digits(upin ? sp10 : tp10, k + dk, buf, pos);
      }
    }
    long u = s + 1;
    boolean uin = vbl + out <= s << 2;
    boolean win = (u << 2) + out <= vbr;
    if (uin != win) {
      return digits(uin ? s : u, k + dk, buf, pos);
    }
    long cmp = vb - (s + u << 1); // both in: the nearer, the even one on a tie
    return digits(cmp < 0 || cmp == 0 && (s & 1) == 0 ? s : u, k + dk, buf, pos);
  }

  /** {@code g cp / 2^127} rounded to odd: its floor, with the lowest bit set when it is not a whole number. */
  private static long roundToOdd(long g1, long g0, long cp) {
    long x1 = Math.multiplyHigh(g0, cp);
    long y0 = g1 * cp;
    long y1 = Math.multiplyHigh(g1, cp);
    long z = (y0 >>> 1) + x1;
    long vbp = y1 + (z >>> 63);
    return vbp | (z & MASK_63) + MASK_63 >>> 63;
  }

  /** The digits of {@code f 10^e} without trailing zeros, from {@code pos}; {@code point << 5 | count}. */
  private static int digits(long f, int e, byte[] buf, int pos) {
    while (f % 10 == 0) {
      f /= 10;
      e++;
    }
    int count = count(f);
    int i = pos + count;
    while (f >= 100_000_000L) { // eight digits at a time in int arithmetic
      long high = f / 100_000_000L;
      int low = (int) (f - high * 100_000_000L);
      for (int d = 0; d < 8; d++) {
        int q = (int) ((low * 0xCCCCCCCDL) >>> 35); // low / 10
        buf[--i] = (byte) ('0' + low - q * 10);
        low = q;
      }
      f = high;
    }
    int low = (int) f;
    while (low >= 10) {
      int q = (int) ((low * 0xCCCCCCCDL) >>> 35);
      buf[--i] = (byte) ('0' + low - q * 10);
      low = q;
    }
    buf[--i] = (byte) ('0' + low);
    return (count + e) << 5 | count;
  }

  /** The number of decimal digits of {@code f}, at least 1. */
  private static int count(long f) {
    int n = 1;
    long p = 10;
    while (n < 19 && f >= p) {
      n++;
      p *= 10;
    }
    return n;
  }

  /** floor(e log10(2)), for |e| up to 5456721. */
  static int flog10pow2(int e) {
    return (int) (e * 661_971_961_083L >> 41);
  }

  /** floor(e log10(2) + log10(3/4)), for |e| up to 1603 or so. */
  static int flog10threeQuartersPow2(int e) {
    return (int) (e * 661_971_961_083L + -274_743_187_321L >> 41);
  }

  /** floor(e log2(10)), for |e| up to 1233 or so. */
  static int flog2pow10(int e) {
    return (int) (e * 913_124_641_741L >> 38);
  }

  /** The table: for each k, 10^-k = beta 2^r with 2^125 <= beta < 2^126, g = floor(beta) + 1, split at bit 63. */
  private static long[] table() {
    long[] g = new long[2 * (K_MAX - K_MIN + 1)];
    BigInteger mask = BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE);
    for (int k = K_MIN; k <= K_MAX; k++) {
      int r = flog2pow10(-k) - 125; // 10^-k / 2^r lies in [2^125, 2^126)
      BigInteger beta;
      if (k <= 0) {
        BigInteger p = BigInteger.TEN.pow(-k);
        beta = r >= 0 ? p.shiftRight(r) : p.shiftLeft(-r);
      } else {
        beta = BigInteger.ONE.shiftLeft(-r).divide(BigInteger.TEN.pow(k)); // r < 0 here
      }
      BigInteger v = beta.add(BigInteger.ONE);
      int at = 2 * (k - K_MIN);
      g[at] = v.shiftRight(63).longValueExact();
      g[at + 1] = v.and(mask).longValue();
    }
    return g;
  }
}
