package org.ripple.cli.io;

import com.fasterxml.jackson.core.io.NumberOutput;

/**
 * The digits of the shortest decimal that rounds back to a double, written as ASCII bytes into a buffer, with the
 * position of the decimal point: the digits of jackson-core's Schubfach ({@code NumberOutput.toString(double, true)},
 * Raffaello Giulietti's algorithm, "The Schubfach way to render doubles", 2020), taken from its text without leading
 * or trailing zeros. Among the decimals in the rounding interval of the double, the fewest digits; of those, the
 * nearest to the double, an even last digit on a tie.
 *
 * <p>jackson-core gives Schubfach's result only as a string ({@code 1.2345E-7}, {@code 123.45}, {@code 100.0}), so
 * this class reads that string once and writes its digits where the caller's layout wants them; {@link Numbers} lays
 * out sign, point, zeros and exponent around them. A Schubfach of our own that skips the string would make a large
 * run's write faster (docs/design.md, section on the number text); the library stays the reference the project's
 * text is tested against.
 */
final class ShortestDigits {
  private ShortestDigits() {}

  /**
   * Writes the digits of {@code abs}'s shortest decimal, without leading or trailing zeros, from {@code pos} (at most
   * 17 bytes); returns {@code point << 5 | count}: the value is {@code 0.d1...dcount} times 10^point.
   * {@code abs} is finite and above zero.
   */
  static int write(double abs, byte[] buf, int pos) {
    String text = NumberOutput.toString(abs, true);
    int length = text.length();
    int e = text.indexOf('E');
    int mantissaEnd = e < 0 ? length : e;
    int exponent = e < 0 ? 0 : Integer.parseInt(text, e + 1, length, 10);
    int dot = text.indexOf('.');
    if (dot < 0 || dot > mantissaEnd) {
      dot = mantissaEnd;
    }
    int first = 0; // the first digit that is not a zero
    while (first < mantissaEnd && (text.charAt(first) == '0' || text.charAt(first) == '.')) {
      first++;
    }
    int last = mantissaEnd - 1; // the last digit that is not a zero
    while (text.charAt(last) == '0' || text.charAt(last) == '.') {
      last--;
    }
    int count = 0;
    for (int i = first; i <= last; i++) {
      char c = text.charAt(i);
      if (c != '.') {
        buf[pos + count++] = (byte) c;
      }
    }
    // digits before the point, less the leading zeros (after the point they count down from it)
    int point = (first < dot ? dot - first : -(first - dot - 1)) + exponent;
    return point << 5 | count;
  }
}
