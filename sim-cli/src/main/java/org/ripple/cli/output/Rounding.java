package org.ripple.cli.output;

import java.math.BigDecimal;
import java.util.List;

/**
 * Whether the figures a table shows add up to the total it shows: each figure is rounded on its own, so the rounded
 * parts of a total may differ from the rounded total by a unit of the last decimal. Where they do, the table says so
 * in a footnote ({@link #FOOTNOTE}).
 */
public final class Rounding {
  /** The footnote under a table whose shown rows do not add up to its shown total. */
  public static final String FOOTNOTE = "  Figures are rounded one by one: the rows shown may not add up to the total shown.";

  private Rounding() {}

  /**
   * Whether {@code parts} add up to {@code total}, as shown: grouped numbers with commas; a part not available (any
   * text that is not a number, e.g. the induced effect of a Type I model) is no part of the total, and a total not
   * available makes the question moot (the answer is yes).
   */
  public static boolean addsUp(List<String> parts, String total) {
    BigDecimal sum = BigDecimal.ZERO;
    for (String p : parts) {
      BigDecimal v = number(p);
      if (v != null) {
        sum = sum.add(v);
      }
    }
    BigDecimal t = number(total);
    return t == null || sum.compareTo(t) == 0;
  }

  private static BigDecimal number(String shown) {
    String s = shown.strip().replace(",", "");
    return s.matches("-?\\d+(\\.\\d+)?") ? new BigDecimal(s) : null;
  }
}
