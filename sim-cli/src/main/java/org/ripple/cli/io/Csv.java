package org.ripple.cli.io;

import java.util.List;

/**
 * Writes RFC 4180 CSV cells. A cell is quoted only when it must be (a comma, a quote, CR or LF inside). Text cells
 * that a spreadsheet would run as a formula (starting with {@code = + - @}, TAB or CR) get a leading {@code '};
 * numbers go through {@link Numbers} and are never altered, so {@code -3} stays {@code -3}. Lines end with LF.
 */
public final class Csv {
  private Csv() {}

  /** A text cell: formula-neutralised, then quoted if needed. Null is written as an empty cell. */
  public static String text(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    char first = value.charAt(0);
    if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
      value = "'" + value;
    }
    return quoteIfNeeded(value);
  }

  /** A number cell, shortest round-trip form ({@link Numbers#shortest}). */
  public static String number(double value) {
    return Numbers.shortest(value);
  }

  /** A number cell with a fixed number of decimals ({@link Numbers#fixed}). */
  public static String fixed(double value, int decimals) {
    return Numbers.fixed(value, decimals);
  }

  /** Joins already-encoded cells ({@link #text}, {@link #number}) into one line, with its LF. */
  public static String line(List<String> encodedCells) {
    return String.join(",", encodedCells) + "\n";
  }

  /** Joins already-encoded cells into one line, with its LF. */
  public static String line(String... encodedCells) {
    return line(List.of(encodedCells));
  }

  static String quoteIfNeeded(String value) {
    boolean quote = false;
    for (int i = 0; i < value.length() && !quote; i++) {
      char c = value.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
