package org.ripple.cli.model;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ripple.cli.io.Numbers;
import org.ripple.cli.io.RefusedKey;

/**
 * The one rule that makes a model's {@code unit} words and its {@code unit_factor} (currency units per model unit)
 * agree, for {@code model.yaml} and for recipes. The words are split at spaces, commas, semicolons and parentheses
 * and read case-insensitively: {@code thousand(s)}, {@code million(s)} and {@code billion(s)} (short scale) name the
 * factor 1000, 10^6 and 10^9; a unit of other words only ({@code EUR}, {@code CAD, current prices}) is plain currency
 * units. A unit is unreadable when it has a word with a digit or an apostrophe ({@code '000}, {@code 10^3}), an
 * abbreviation or word whose scale is not certain ({@code k}, {@code m}, {@code mn}, {@code bn}, {@code mio},
 * {@code milliard}, {@code lakh}, ...), or two scale words.
 *
 * <ul>
 *   <li>no {@code unit_factor}: a readable unit gives the factor (1 without a scale word); an unreadable unit is refused
 *       naming {@code unit_factor}; no unit at all is 1;
 *   <li>a {@code unit_factor}: it must equal the factor a scale word names (a unit without a scale word, or an
 *       unreadable one, leaves the factor to {@code unit_factor}).
 * </ul>
 */
public final class UnitScale {
  private static final Map<String, Double> SCALE_WORDS = Map.of("thousand", 1e3, "thousands", 1e3, "million", 1e6,
      "millions", 1e6, "billion", 1e9, "billions", 1e9);
  private static final Set<String> UNCERTAIN_WORDS = Set.of("k", "m", "mm", "mn", "mil", "mill", "mio", "mrd", "md",
      "b", "bn", "bil", "thou", "ths", "tsd", "hundred", "hundreds", "lakh", "lakhs", "crore", "crores", "trillion",
      "trillions", "milliard", "milliards", "mille", "millier", "milliers", "thousandths");

  private UnitScale() {}

  /**
   * Currency units per model unit for {@code unit} (null: not given) and {@code unitFactor} (null: not given; already
   * checked to be positive).
   *
   * @throws RefusedKey at {@code unit} or {@code unit_factor} when the words and the factor contradict each other, or the words cannot be read and no factor is
   *     given
   */
  public static double factor(String unit, Double unitFactor) {
    if (unit == null || unit.isBlank()) {
      return unitFactor == null ? 1 : unitFactor;
    }
    Double words = scaleOf(unit);
    if (unitFactor == null) {
      if (words == null) {
        throw new RefusedKey("unit", "cannot tell how many currency units one model unit is from \"" + unit
            + "\"; add unit_factor (currency units per model unit, e.g. unit_factor: 1000 for thousands), or write "
            + "the unit with thousands, millions or billions");
      }
      return words;
    }
    if (words != null && words != 1 && words.doubleValue() != unitFactor) {
      throw new RefusedKey("unit_factor", Numbers.shortest(unitFactor) + " contradicts unit \"" + unit + "\", which says "
          + Numbers.shortest(words) + " currency units per model unit; write unit_factor: " + Numbers.shortest(words)
          + ", or correct the unit");
    }
    return unitFactor;
  }

  /** The factor the words name: 1 without a scale word, null when the words cannot be read unambiguously. */
  static Double scaleOf(String unit) {
    Double scale = null;
    for (String word : unit.strip().toLowerCase(Locale.ROOT).split("[\\s,;()]+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (UNCERTAIN_WORDS.contains(word) || word.chars().anyMatch(c -> Character.isDigit(c) || c == '\'' || c == '\u2019'
          || c == '^' || c == '*')) {
        return null;
      }
      Double s = SCALE_WORDS.get(word);
      if (s != null) {
        if (scale != null) {
          return null;
        }
        scale = s;
      }
    }
    return scale == null ? 1.0 : scale;
  }

}
