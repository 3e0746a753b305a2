package org.ripple.cli.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Numbers#shortest(double, char[], int)}, the formatter's character form (the JSON generator's), against two
 * references on seeded values of every kind: the text the writers wrote before it (the Schubfach digits re-read into
 * a string and laid out again, kept below as it was) and {@link BigDecimal}'s own notation of those digits
 * ({@code toPlainString} inside [1e-9, 1e21), {@code toString} outside). Negatives, both zeros, huge and tiny values,
 * subnormals, powers of two and ten and their neighbours, short decimals and halfway cases; written at a random place
 * of a buffer full of other characters, which must stay as they were.
 */
class NumbersIntoBufferTest {
  /** The plain layout before the formatter wrote into a buffer: digits re-read, then laid out with builders. */
  static String before(double value) {
    if (value == 0) {
      return "0";
    }
    double abs = Math.abs(value);
    String text = NumberOutput.toString(value, true);
    boolean scientific = !(abs >= 1e-9 && abs < 1e21);
    if (!scientific && text.indexOf('E') < 0) {
      return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
    int e = text.indexOf('E');
    int mantissaEnd = e < 0 ? text.length() : e;
    int exponent = e < 0 ? 0 : Integer.parseInt(text, e + 1, text.length(), 10);
    StringBuilder digits = new StringBuilder(mantissaEnd);
    int point = -1;
    for (int i = text.charAt(0) == '-' ? 1 : 0; i < mantissaEnd; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        point = digits.length();
      } else {
        digits.append(c);
      }
    }
    if (point < 0) {
      point = digits.length();
    }
    int first = 0;
    while (first < digits.length() - 1 && digits.charAt(first) == '0') {
      first++;
    }
    int last = digits.length();
    while (last > first + 1 && digits.charAt(last - 1) == '0') {
      last--;
    }
    String d = digits.substring(first, last);
    point = point - first + exponent;
    StringBuilder sb = new StringBuilder();
    if (value < 0) {
      sb.append('-');
    }
    if (scientific) {
      sb.append(d.charAt(0));
      if (d.length() > 1) {
        sb.append('.').append(d, 1, d.length());
      }
      sb.append('E');
      if (point - 1 > 0) {
        sb.append('+');
      }
      return sb.append(point - 1).toString();
    }
    if (point <= 0) {
      sb.append("0.").append("0".repeat(-point)).append(d);
    } else if (point >= d.length()) {
      sb.append(d).append("0".repeat(point - d.length()));
    } else {
      sb.append(d, 0, point).append('.').append(d, point, d.length());
    }
    return sb.toString();
  }

  /** BigDecimal's notation of Schubfach's digits. */
  static String bigDecimal(double value) {
    if (value == 0) {
      return "0";
    }
    BigDecimal d = new BigDecimal(NumberOutput.toString(value, true)).stripTrailingZeros();
    double abs = Math.abs(value);
    return abs >= 1e-9 && abs < 1e21 ? d.toPlainString() : d.toString();
  }

  static Stream<Arguments> kinds() {
    return Stream.of(Arguments.of("random bits", 11L), Arguments.of("every magnitude", 12L),
        Arguments.of("short decimals", 13L), Arguments.of("halfway cases", 14L), Arguments.of("data-like", 15L),
        Arguments.of("near the notation's edges", 16L));
  }

  private static double draw(String kind, SplittableRandom r) {
    return switch (kind) {
      case "random bits" -> Double.longBitsToDouble(r.nextLong());
      case "every magnitude" -> (1 + r.nextDouble() * 9) * Math.pow(10, r.nextInt(-330, 309));
      case "short decimals" -> r.nextInt(1_000_000) / Math.pow(10, r.nextInt(0, 14));
      case "halfway cases" -> r.nextBoolean() ? r.nextLong(100_000_000_000_000L, 1_000_000_000_000_000L) + 0.5
          : r.nextLong(1L << 52, 1L << 53) / 65536.0;
      case "data-like" -> -r.nextDouble() * Math.pow(10, r.nextInt(-12, 4)); // a run's effects: small losses
      default -> {
        double[] edges = {1e-9, 1e21, 1e-3, 1e7, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE};
        double v = edges[r.nextInt(edges.length)];
        int steps = r.nextInt(0, 4);
        for (int i = 0; i < steps; i++) {
          v = r.nextBoolean() ? Math.nextUp(v) : Math.nextDown(v);
        }
        yield v;
      }
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void sameTextAsBeforeAndAsBigDecimal(String kind, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    char[] buf = new char[Numbers.SHORTEST_MAX_CHARS + 16];
    for (int i = 0; i < 30_000; i++) {
      double v = draw(kind, r);
      if (!Double.isFinite(v)) {
        continue;
      }
      for (double x : new double[] {v, -v}) {
        Arrays.fill(buf, '#');
        int at = r.nextInt(0, 16);
        int end = Numbers.shortest(x, buf, at);
        String written = new String(buf, at, end - at);
        if (!written.equals(before(x)) || !written.equals(bigDecimal(x)) || !written.equals(Numbers.shortest(x))) {
          throw new AssertionError(x + " [bits " + Long.toHexString(Double.doubleToRawLongBits(x)) + "]: wrote "
              + written + ", before " + before(x) + ", BigDecimal " + bigDecimal(x));
        }
        for (int k = 0; k < buf.length; k++) {
          if ((k < at || k >= end) && buf[k] != '#') {
            throw new AssertionError(x + ": wrote outside its place, at " + k);
          }
        }
        assertThat(Double.parseDouble(written)).isEqualTo(x == 0 ? 0.0 : x);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void plainTextAsBigDecimalsPlainString(String kind, long seed) {
    SplittableRandom r = new SplittableRandom(seed + 100);
    for (int i = 0; i < 5_000; i++) {
      double v = draw(kind, r);
      if (Double.isFinite(v) && v != 0) {
        String expected = new BigDecimal(NumberOutput.toString(v, true)).stripTrailingZeros().toPlainString();
        assertThat(Numbers.plain(v)).as("plain(%s)", v).isEqualTo(expected);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixedCases")
  void textOfChosenValues(double value, String text) {
    char[] buf = new char[Numbers.SHORTEST_MAX_CHARS];
    assertThat(new String(buf, 0, Numbers.shortest(value, buf, 0))).isEqualTo(text);
  }

  static Stream<Arguments> fixedCases() {
    return Stream.of(Arguments.of(0.0, "0"), Arguments.of(-0.0, "0"), Arguments.of(-1000.0, "-1000"),
        Arguments.of(0.1 + 0.2, "0.30000000000000004"), Arguments.of(-1.0383775689373389e-9,
            "-0.0000000010383775689373389"), Arguments.of(-6.676846271480251e-10, "-6.676846271480251E-10"),
        Arguments.of(1e21, "1E+21"), Arguments.of(-2.5e300, "-2.5E+300"), Arguments.of(Double.MIN_VALUE,
            "4.9E-324"), Arguments.of(-Double.MAX_VALUE, "-1.7976931348623157E+308"), Arguments.of(1e-9,
            "0.000000001"), Arguments.of(9.999999999999999e20, "999999999999999900000"), Arguments.of(1234567.0,
            "1234567"), Arguments.of(12345678.9, "12345678.9"), Arguments.of(0.5, "0.5"), Arguments.of(2.5e-5,
            "0.000025"));
  }
}
