package org.ripple.core.time;

import java.util.Locale;
import org.ripple.core.ScenarioException;

/** The share of displaced workers still not re-employed t months after their layoff. */
public sealed interface Reemployment {
  /** Average days in a month, 365.25 / 12, to turn days since a layoff into months. */
  double DAYS_PER_MONTH = 365.25 / 12;

  /** Share in [0, 1] of the displaced still without work {@code months} after the layoff. */
  double stillUnemployed(double months);

  /** No re-employment: every displaced worker stays without work income (the conservative bound). */
  record None() implements Reemployment {
    @Override
    public double stillUnemployed(double months) {
      return 1;
    }
  }

  /** Exponential: {@code 2^(-t / halfLife)}, half the displaced re-employed after {@code halfLifeMonths}. */
  record Exponential(double halfLifeMonths) implements Reemployment {
    public Exponential {
      if (!(halfLifeMonths > 0) || !Double.isFinite(halfLifeMonths)) {
        throw new ScenarioException("income_replacement.reemployment_half_life_months",
            "must be greater than 0, was " + halfLifeMonths);
      }
    }

    @Override
    public double stillUnemployed(double months) {
      return months <= 0 ? 1 : Math.pow(2, -months / halfLifeMonths);
    }
  }

  /**
   * A table of (months, share re-employed) points: linear between points, from (0, 0), and constant after the last.
   * Months strictly increase and shares never decrease.
   */
  record Table(double[] months, double[] reemployed) implements Reemployment {
    public Table {
      months = months.clone();
      reemployed = reemployed.clone();
      if (months.length == 0 || months.length != reemployed.length) {
        throw new ScenarioException("income_replacement.reemployment_table", "needs at least one point");
      }
      double lastMonth = 0;
      double lastShare = 0;
      for (int i = 0; i < months.length; i++) {
        String at = "income_replacement.reemployment_table[" + i + "]";
        if (!(months[i] > lastMonth) || !Double.isFinite(months[i])) {
          throw new ScenarioException(at + ".months", String.format(Locale.ROOT,
              "months must be finite and increase from point to point (above %s), was %s", lastMonth, months[i]));
        }
        if (!(reemployed[i] >= lastShare && reemployed[i] <= 1)) {
          throw new ScenarioException(at + ".share", String.format(Locale.ROOT,
              "the share re-employed must be in [%s, 1] (it cannot fall), was %s", lastShare, reemployed[i]));
        }
        lastMonth = months[i];
        lastShare = reemployed[i];
      }
    }

    @Override
    public double stillUnemployed(double t) {
      if (t <= 0) {
        return 1;
      }
      double m0 = 0;
      double s0 = 0;
      for (int i = 0; i < months.length; i++) {
        if (t <= months[i]) {
          double s = s0 + (reemployed[i] - s0) * (t - m0) / (months[i] - m0);
          return 1 - s;
        }
        m0 = months[i];
        s0 = reemployed[i];
      }
      return 1 - s0;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Table t && java.util.Arrays.equals(months, t.months)
          && java.util.Arrays.equals(reemployed, t.reemployed);
    }

    @Override
    public int hashCode() {
      return 31 * java.util.Arrays.hashCode(months) + java.util.Arrays.hashCode(reemployed);
    }

    @Override
    public String toString() {
      return "Table" + java.util.Arrays.toString(months) + java.util.Arrays.toString(reemployed);
    }
  }
}
