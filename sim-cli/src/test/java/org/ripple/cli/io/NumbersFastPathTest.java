package org.ripple.cli.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/**
 * The integer fast path of {@link Numbers#plain} and {@link Numbers#shortest} against the BigDecimal reference they
 * replaced, character for character: seeded random doubles of every kind (random bits, every magnitude, short
 * decimals, quotients, halfway cases that exercise half-even rounding) and the edges of the fast range, of powers of
 * two and of powers of ten. Model files and reports are rebuilt byte for byte elsewhere; this is the proof that the
 * digits did not change.
 */
class NumbersFastPathTest {
  private static final int PER_KIND = 40_000;

  private static void same(double v) {
    String fast = Numbers.plain(v);
    String reference = Numbers.plainByBigDecimal(v);
    if (!fast.equals(reference)) {
      throw new AssertionError("plain(" + v + ") [bits " + Long.toHexString(Double.doubleToRawLongBits(v)) + "] = "
          + fast + ", BigDecimal gives " + reference);
    }
    String shortFast = Numbers.shortest(v);
    String shortReference = Numbers.shortestByBigDecimal(v);
    if (!shortFast.equals(shortReference)) {
      throw new AssertionError("shortest(" + v + ") = " + shortFast + ", BigDecimal gives " + shortReference);
    }
    if (Double.parseDouble(fast) != v) {
      throw new AssertionError("plain(" + v + ") = " + fast + " does not read back");
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
    // mostly huge or tiny magnitudes, where the BigDecimal fallback (slow: hundreds of digits) answers both
    many(PER_KIND / 8, () -> Double.longBitsToDouble(r.nextLong()));
  }

  @Test
  void everyMagnitudeAroundTheFastRange() {
    SplittableRandom r = new SplittableRandom(2);
    // a random significand times 10^e, e in [-14, 18): both sides of the [1e-11, 1e15) fast range
    many(() -> (1 + r.nextDouble() * 9) * Math.pow(10, r.nextInt(-14, 18)));
  }

  @Test
  void randomSignificandBitsInTheFastRange() {
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
    for (double v : new double[] {1.5e-11, 1.5e-10, 0.1, 1, 123.456, 0.29939641032745734, 9.99e14, 123456789012345.5}) {
      assertThat(Numbers.fastPlain(v)).as("the fast path answers %s", v).isEqualTo(Numbers.plainByBigDecimal(v));
    }
    assertThat(Numbers.fastPlain(1e15)).isNull();
    assertThat(Numbers.fastPlain(9e-12)).isNull();
    assertThat(Numbers.fastPlain(1e-11)).as("1e-11 is just below 10^-11").isNull();
    assertThat(Numbers.plain(0.0)).isEqualTo("0");
    assertThat(Numbers.plain(-0.0)).isEqualTo("0");
    assertThat(Numbers.shortest(-0.0)).isEqualTo("0");
    assertThat(Numbers.plain(0.1)).isEqualTo("0.1");
    assertThat(Numbers.plain(100.0)).isEqualTo("100");
    assertThat(Numbers.plain(1e-7)).isEqualTo("0.0000001");
    assertThat(Numbers.plain(123456789012345.5)).isEqualTo("123456789012345.5");
    assertThat(Numbers.shortest(1.5e-10)).isEqualTo("1.5E-10");
  }
}
