package org.ripple.cli.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link DecimalText} against {@link Double#parseDouble}, bit for bit, on seeded random decimals: what
 * {@link Numbers} writes (15 to 17 digits), texts within one unit of the 16th to 19th digit of the midpoint between
 * two neighbouring doubles (where a truncated power of ten could round the wrong way), random digit strings with a
 * point anywhere, and fixed cases. When it declines (NaN), the caller's {@link Double#parseDouble} answers.
 */
class DecimalTextTest {
  private static int answered;

  private static void same(String s) {
    char[] c = ("xx" + s + "yy").toCharArray();
    double fast = DecimalText.parse(c, 2, c.length - 2);
    if (Double.isNaN(fast)) {
      return;
    }
    answered++;
    double expected = Double.parseDouble(s);
    if (Double.doubleToRawLongBits(fast) != Double.doubleToRawLongBits(expected)) {
      throw new AssertionError(s + " -> " + fast + ", Double.parseDouble gives " + expected);
    }
  }

  @Test
  void sameBitsAsParseDouble() {
    SplittableRandom r = new SplittableRandom(21);
    answered = 0;
    int cases = 0;
    for (int i = 0; i < 100_000; i++) {
      double v = Math.scalb((double) ((1L << 52) | (r.nextLong() & 0xfffffffffffffL)), r.nextInt(-120, 10));
      same(Numbers.plain(v));
      same(new BigDecimal(v).round(new MathContext(15 + r.nextInt(3), RoundingMode.HALF_EVEN)).toPlainString());
      BigDecimal mid = new BigDecimal(v).add(new BigDecimal(Math.nextUp(v))).divide(BigDecimal.valueOf(2));
      int digits = 16 + r.nextInt(4);
      same(mid.round(new MathContext(digits, RoundingMode.DOWN)).toPlainString());
      same(mid.round(new MathContext(digits, RoundingMode.UP)).toPlainString());
      StringBuilder sb = new StringBuilder(r.nextInt(4) == 0 ? "-" : "");
      int nd = r.nextInt(1, 20);
      for (int k = 0; k < nd; k++) {
        sb.append((char) ('0' + r.nextInt(10)));
      }
      if (r.nextBoolean()) {
        sb.insert(sb.length() - r.nextInt(nd + 1), '.');
      }
      same(sb.toString());
      cases += 5;
    }
    assertThat(answered).as("the fast paths answer nearly every case").isGreaterThan(cases * 9 / 10);
  }

  @Test
  void fixedCasesAndWhatItDeclines() {
    for (String s : new String[] {"0", "-0", "+7", "5.", ".5", "-.5", "0.1", "123.456", "9007199254740993",
        "0.29939641032745734", "72700", "0.0000001", "1724.4922165970568", "999999999999999999", "0.3",
        "0.30000000000000004", "4.9406564584124654", "2.2250738585072014", "179769313486231570"}) {
      same(s);
    }
    for (String s : new String[] {"", "-", ".", "1e5", "1E5", " 1", "1 ", "0x10", "1,5", "1..2", "--1", "NaN",
        "12345678901234567890", "0." + "0".repeat(70) + "1"}) {
      char[] c = s.toCharArray();
      assertThat(DecimalText.parse(c, 0, c.length)).as(s).isNaN();
    }
    assertThat(Double.doubleToRawLongBits(DecimalText.parse("-0"))).isEqualTo(Double.doubleToRawLongBits(-0.0));
  }
}
