package org.ripple.cli.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The digits taken from jackson-core's Schubfach text ({@link ShortestDigits}) and the byte formatter on them
 * ({@link Numbers#shortest(double, byte[], int)}) against the text laid out as before from the same digits
 * ({@link NumbersIntoBufferTest#before}), and against {@link BigDecimal}: where the text has its forms (subnormals,
 * powers of two, integers below 2^53, every power of ten, plain and exponent notation) and on seeded random bits. {@code NumbersIntoBufferTest} and {@code NumbersShortestTest} check the same text
 * through the character and string forms.
 */
class ShortestDigitsTest {
  private static void same(double v) {
    for (double x : new double[] {v, -v}) {
      byte[] buf = new byte[Numbers.SHORTEST_MAX_CHARS + 8];
      Arrays.fill(buf, (byte) '#');
      int end = Numbers.shortest(x, buf, 3);
      String written = new String(buf, 3, end - 3, StandardCharsets.US_ASCII);
      String before = NumbersIntoBufferTest.before(x);
      if (!written.equals(before)) {
        throw new AssertionError(x + " [bits " + Long.toHexString(Double.doubleToRawLongBits(x)) + "]: wrote "
            + written + ", Jackson's digits laid out " + before);
      }
      for (int k = 0; k < buf.length; k++) {
        if ((k < 3 || k >= end) && buf[k] != '#') {
          throw new AssertionError(x + ": wrote outside its place, at " + k);
        }
      }
    }
  }

  @Test
  void everySmallSubnormalAndTheLargest() {
    for (long t = 1; t < 20_000; t++) {
      same(Double.longBitsToDouble(t)); // t < 3: two digits, 4.9E-324 and 9.9E-324, not 5E-324 and 1E-323
      same(Double.longBitsToDouble((1L << 52) - t));
    }
    assertThat(Numbers.shortest(Double.MIN_VALUE)).isEqualTo("4.9E-324");
    assertThat(Numbers.shortest(2 * Double.MIN_VALUE)).isEqualTo("9.9E-324");
    assertThat(Numbers.shortest(3 * Double.MIN_VALUE)).isEqualTo("1.5E-323");
  }

  @Test
  void everyPowerOfTwoAndItsNeighbours() {
    for (int e = -1074; e <= 1023; e++) {
      double p = Math.scalb(1.0, e);
      same(p);
      same(Math.nextUp(p));
      same(Math.nextDown(p));
    }
  }

  @Test
  void everyPowerOfTenTheTableHoldsAndIntegers() {
    for (int k = -323; k <= 308; k++) {
      double p = Double.parseDouble("1E" + k);
      same(p);
      same(Math.nextUp(p));
      same(Math.nextDown(p));
      if (k < 308) {
        same(3 * p);
      }
    }
    SplittableRandom r = new SplittableRandom(21);
    for (int i = 0; i < 50_000; i++) {
      same(r.nextLong(1L << 53)); // the integer path
      same(r.nextLong(1L << 53) + 0.5); // and its halves, which are not integers
    }
    assertThat(Numbers.shortest((double) (1L << 53) - 1)).isEqualTo("9007199254740991");
  }

  @Test
  void randomBitsAndSeededData() {
    SplittableRandom r = new SplittableRandom(22);
    for (int i = 0; i < 300_000; i++) {
      double v = Double.longBitsToDouble(r.nextLong());
      if (Double.isFinite(v)) {
        same(v);
      }
      same(-r.nextDouble() * Math.pow(10, r.nextInt(-12, 4)));
    }
  }

  @Test
  void digitsAreTheShortestThatReadBack() {
    // hand-checked: 0.1 + 0.2 is 0.3000000000000000444..., and 0.30000000000000004 is the shortest that reads back
    byte[] buf = new byte[20];
    int shape = ShortestDigits.write(0.1 + 0.2, buf, 0);
    assertThat(new String(buf, 0, shape & 31, StandardCharsets.US_ASCII)).isEqualTo("30000000000000004");
    assertThat(shape >> 5).isZero(); // 0.30000000000000004 x 10^0
    shape = ShortestDigits.write(1500.0, buf, 0);
    assertThat(new String(buf, 0, shape & 31, StandardCharsets.US_ASCII)).isEqualTo("15");
    assertThat(shape >> 5).isEqualTo(4); // 0.15 x 10^4
    SplittableRandom r = new SplittableRandom(23);
    for (int i = 0; i < 20_000; i++) {
      double v = Double.longBitsToDouble(r.nextLong() >>> 1);
      if (Double.isFinite(v) && v != 0) {
        String text = Numbers.shortest(v);
        assertThat(Double.parseDouble(text)).isEqualTo(v);
        int digits = new BigDecimal(text).stripTrailingZeros().precision();
        // one digit fewer never reads back: both neighbours at that precision round to other doubles
        if (digits > 1 && v >= Double.MIN_NORMAL) {
          BigDecimal exact = new BigDecimal(v);
          java.math.MathContext shorter = new java.math.MathContext(digits - 1, java.math.RoundingMode.FLOOR);
          BigDecimal down = exact.round(shorter);
          BigDecimal up = down.add(down.ulp());
          assertThat(down.doubleValue() != v && up.doubleValue() != v).as("%s has a shorter decimal", v).isTrue();
        }
      }
    }
  }

  @Test
  void notANumberAndInfinitiesThrowAsBefore() {
    byte[] buf = new byte[Numbers.SHORTEST_MAX_CHARS];
    for (double v : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      assertThatThrownBy(() -> Numbers.shortest(v, buf, 0)).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("non-finite");
    }
    assertThat(Numbers.shortest(-0.0, buf, 0)).isEqualTo(1);
    assertThat((char) buf[0]).isEqualTo('0');
    assertThat(NumberOutput.toString(-0.0, true)).isEqualTo("-0.0"); // the digits' source would sign it
  }
}
