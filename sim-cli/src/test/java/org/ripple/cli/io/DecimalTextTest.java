package org.ripple.cli.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link DecimalText} against {@link Double#parseDouble}, bit for bit, on seeded random decimals: what
 * {@link Numbers} writes, texts within one unit of the 16th to 19th digit of the midpoint between two neighbouring
 * doubles (where a truncated power of ten could round the wrong way), random digit strings with a point anywhere and
 * an exponent now and then, and fixed cases; in place and from a String. And what its syntax refuses.
 */
class DecimalTextTest {
  private static int answeredInPlace;

  private static void same(String s) {
    char[] c = ("xx" + s + "yy").toCharArray();
    double parsed = Double.parseDouble(s);
    double expected = Double.isFinite(parsed) ? parsed : Double.NaN; // too large for a double: refused
    double inPlace = DecimalText.parse(c, 2, c.length - 2);
    double fromString = DecimalText.parse(" " + s + "\t");
    if (Double.doubleToRawLongBits(fromString) != Double.doubleToRawLongBits(expected)) {
      throw new AssertionError(s + " -> " + fromString + " from a String; Double.parseDouble gives " + expected);
    }
    if (Double.isNaN(inPlace)) {
      return; // declined: the caller passes the cell to parse(String)
    }
    answeredInPlace++;
    if (Double.doubleToRawLongBits(inPlace) != Double.doubleToRawLongBits(expected)) {
      throw new AssertionError(s + " -> " + inPlace + " in place; Double.parseDouble gives " + expected);
    }
  }

  @Test
  void sameBitsAsParseDouble() {
    SplittableRandom r = new SplittableRandom(21);
    answeredInPlace = 0;
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
      if (r.nextInt(4) == 0) {
        sb.append(r.nextBoolean() ? 'e' : 'E').append(r.nextBoolean() ? "-" : "").append(r.nextInt(300));
      }
      same(sb.toString());
    }
    assertThat(answeredInPlace).as("the in-place conversion answers nearly every case").isGreaterThan(400_000);
  }

  @Test
  void fixedCases() {
    for (String s : new String[] {"0", "-0", "+7", "5.", ".5", "-.5", "0.1", "123.456", "9007199254740993",
        "0.29939641032745734", "72700", "0.0000001", "1724.4922165970568", "999999999999999999", "0.3",
        "0.30000000000000004", "4.9406564584124654", "2.2250738585072014", "179769313486231570", "1e5", "1E5",
        "-2.5e+3", "1.5E-12", "4.9e-324", "1.7976931348623157e308", "12345678901234567890",
        "0." + "0".repeat(70) + "1", "1" + "0".repeat(400) + "e-400"}) {
      same(s);
    }
    assertThat(Double.doubleToRawLongBits(DecimalText.parse("-0"))).isEqualTo(Double.doubleToRawLongBits(-0.0));
    for (String s : new String[] {"1e5", "1E5", " 1", "1 ", "12345678901234567890", "0." + "0".repeat(70) + "1"}) {
      char[] c = s.toCharArray();
      assertThat(DecimalText.parse(c, 0, c.length)).as("declined in place: '%s'", s).isNaN();
      assertThat(DecimalText.parse(s)).as("converted from a String: '%s'", s).isEqualTo(Double.parseDouble(s));
    }
  }

  @Test
  void refusesWhatIsNotADecimalNumber() {
    for (String s : new String[] {"", "-", "+", ".", "-.", "e5", ".e5", "1e", "1e+", "1e5.5", "0x10", "0x1p3", "1d",
        "1f", "1,5", "1,000.5", "1 000", "1_000", "1..2", "--1", "+-1", "NaN", "-NaN", "Infinity", "-Infinity", "inf",
        ".nan", "\u0661", "1\u0662", "one", "1e400", "-1e400"}) {
      char[] c = s.toCharArray();
      assertThat(DecimalText.parse(c, 0, c.length)).as("in place: %s", s).isNaN();
      assertThat(DecimalText.parse(s)).as("from a String: %s", s).isNaN();
    }
    for (String s : new String[] {" 1", "1 ", "\t1"}) {
      assertThat(DecimalText.parse(s)).as("a cell is stripped: '%s'", s).isEqualTo(1.0);
    }
    assertThat(DecimalText.isNumber("1e400")).as("the syntax is right; the value does not fit").isTrue();
    assertThat(DecimalText.isNumber("1,5")).isFalse();
  }
}
