package org.ripple.cli.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/**
 * {@link Numbers#plain} and {@link Numbers#shortest} (Schubfach's shortest digits) against the formatter they replaced,
 * kept here as the reference: the exact binary value rounded half-even to 15, then 16, then 17 significant digits, the
 * first that reads back. For every normal double that is not a power of two the two give the same characters: the
 * rounding interval is then symmetric, so when any decimal of n digits lies in it the nearest one does, and "the
 * fewest digits, nearest first" and "the first of 15, 16, 17 that reads back" pick the same decimal. At a power of two
 * (the interval reaches twice as far up as down) and for subnormals the new text may differ: it is then shorter and
 * still reads back. Seeded random doubles of every kind (random bits, every magnitude,
 * short decimals, quotients, halfway cases that exercise half-even rounding) and the edges of powers of two and ten.
 */
class NumbersShortestTest {
  private static final int PER_KIND = 40_000;

  /** The formatter before Schubfach: 15, 16 or 17 significant digits, the first that reads back. */
  static BigDecimal previousDigits(double value) {
    if (value == 0) {
      return BigDecimal.ZERO;
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

  static String previousPlain(double value) {
    BigDecimal d = previousDigits(value);
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  static String previousShortest(double value) {
    double abs = Math.abs(value);
    return abs == 0 || (abs >= 1e-9 && abs < 1e21) ? previousPlain(value) : previousDigits(value).toString();
  }

  private static void same(double v) {
    String plain = Numbers.plain(v);
    String shortest = Numbers.shortest(v);
    if (Double.parseDouble(plain) != v || Double.parseDouble(shortest) != v) {
      throw new AssertionError(v + " [bits " + Long.toHexString(Double.doubleToRawLongBits(v)) + "]: " + plain
          + " or " + shortest + " does not read back");
    }
    boolean subnormal = v != 0 && Math.abs(v) < Double.MIN_NORMAL;
    boolean powerOfTwo = (Double.doubleToRawLongBits(v) & 0xfffffffffffffL) == 0;
    if ((subnormal || powerOfTwo) && !plain.equals(previousPlain(v))) {
      // below a power of two the doubles are twice as dense, so the rounding interval is lopsided and the nearest
      // 16-digit decimal can miss it while another 16-digit one is inside; the old formatter then wrote 17
      assertThat(new BigDecimal(shortest).precision()).as("digits of %s", v)
          .isLessThan(previousDigits(v).precision());
      return;
    }
    if (!plain.equals(previousPlain(v))) {
      throw new AssertionError("plain(" + v + ") [bits " + Long.toHexString(Double.doubleToRawLongBits(v)) + "] = "
          + plain + ", the 15/16/17-digit formatter gives " + previousPlain(v));
    }
    if (!shortest.equals(previousShortest(v))) {
      throw new AssertionError("shortest(" + v + ") = " + shortest + ", the 15/16/17-digit formatter gives "
          + previousShortest(v));
    }
  }

  private static void many(DoubleSupplier values) {
    many(PER_KIND, values);
  }

  private static void many(int count, DoubleSupplier values) {
    for (int i = 0; i < count; i++) {
      double v = values.getAsDouble();
      if (Double.isFinite(v)) {
        same(v);
        same(-v);
      }
    }
  }

  @Test
  void randomBitsOfEveryDouble() {
    SplittableRandom r = new SplittableRandom(1);
    // mostly huge or tiny magnitudes (the reference is slow there: hundreds of exact digits)
    many(PER_KIND / 8, () -> Double.longBitsToDouble(r.nextLong()));
  }

  @Test
  void everyMagnitudeOfTheData() {
    SplittableRandom r = new SplittableRandom(2);
    // a random significand times 10^e, e in [-14, 18): both sides of the [1e-9, 1e21) plain range's low end
    many(() -> (1 + r.nextDouble() * 9) * Math.pow(10, r.nextInt(-14, 18)));
  }

  @Test
  void randomSignificandBitsOfEveryDigitCount() {
    SplittableRandom r = new SplittableRandom(3);
    // every significand equally likely (the last bits decide 16 vs 17 digits), binary exponent across the range
    many(() -> Math.scalb((double) ((1L << 52) | (r.nextLong() & 0xfffffffffffffL)), r.nextInt(-90, 0)));
  }

  @Test
  void shortDecimalsAndQuotients() {
    SplittableRandom r = new SplittableRandom(4);
    many(() -> r.nextInt(1_000_000) / Math.pow(10, r.nextInt(0, 12)));
    many(() -> r.nextLong(1, 1L << 50) / (double) r.nextLong(1, 1L << 40));
    many(() -> (r.nextInt(2_000_000) - 1_000_000) * 0.001 + 1e-3 * r.nextInt(3));
    many(() -> 100 + 900 * r.nextDouble()); // what SyntheticModel writes
  }

  @Test
  void halfwayCasesRoundHalfEven() {
    SplittableRandom r = new SplittableRandom(5);
    // k + 0.5 with 15-digit k: 16 digits, so 15-digit rounding is an exact tie; likewise quarters with 14 digits
    many(() -> r.nextLong(100_000_000_000_000L, 1_000_000_000_000_000L) + 0.5);
    many(() -> r.nextLong(10_000_000_000_000L, 100_000_000_000_000L) + 0.25 * r.nextInt(4));
    many(() -> r.nextLong(1L << 52, 1L << 53) / 65536.0); // exact binary fractions with up to 16 bits after the point
  }

  @Test
  void edges() {
    List<Double> edges = new ArrayList<>();
    for (int e = -324; e <= 308; e++) {
      double ten = Double.parseDouble("1e" + e);
      edges.add(ten);
      edges.add(Math.nextUp(ten));
      edges.add(Math.nextDown(ten));
    }
    for (int b = -1074; b <= 1023; b++) {
      double two = Math.scalb(1.0, b);
      edges.add(two);
      edges.add(Math.nextUp(two));
      edges.add(Math.nextDown(two));
    }
    for (double v : new double[] {Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, 1e-11, 1e-9, 1e15, 1e21,
        0.1, 0.2, 0.3, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, Math.PI, Math.E, 5e-324, 9007199254740991.0, 9007199254740993.0,
        999999999999999.9, 99999999999999.99, 0.9999999999999999, 9.999999999999999e-12, 123456789012345.5,
        0.29939641032745734, 72700.0, 3.6802847E7, 1e-7}) {
      edges.add(v);
      edges.add(Math.nextUp(v));
      edges.add(Math.nextDown(v));
    }
    for (double v : edges) {
      if (Double.isFinite(v)) {
        same(v);
        same(-v);
      }
    }
    assertThat(Numbers.plain(0.0)).isEqualTo("0");
    assertThat(Numbers.plain(-0.0)).isEqualTo("0");
    assertThat(Numbers.shortest(-0.0)).isEqualTo("0");
    assertThat(Numbers.plain(0.1)).isEqualTo("0.1");
    assertThat(Numbers.plain(100.0)).isEqualTo("100");
    assertThat(Numbers.plain(1e-7)).isEqualTo("0.0000001");
    assertThat(Numbers.plain(123456789012345.5)).isEqualTo("123456789012345.5");
    assertThat(Numbers.shortest(1.5e-10)).isEqualTo("1.5E-10");
    assertThat(Numbers.shortest(1e21)).isEqualTo("1E+21");
    assertThat(Numbers.shortest(-2.5e300)).isEqualTo("-2.5E+300");
    assertThat(Numbers.plain(1e21)).isEqualTo("1000000000000000000000");
    assertThat(Numbers.plain(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    assertThat(Numbers.shortest(Double.MIN_VALUE)).isEqualTo("4.9E-324");
    assertThat(Numbers.plain(1.2300000000000002)).isEqualTo("1.2300000000000002");
    assertThat(previousPlain(Math.scalb(1.0, -24))).isEqualTo("0.000000059604644775390625");
    assertThat(Numbers.plain(Math.scalb(1.0, -24))).as("2^-24, shorter now").isEqualTo("0.00000005960464477539063");
  }
}
