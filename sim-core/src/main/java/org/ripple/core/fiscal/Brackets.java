package org.ripple.core.fiscal;

import java.util.Arrays;

/**
 * A progressive rate schedule: {@code rates[0]} on income up to {@code uppers[0]}, {@code rates[i]} between
 * {@code uppers[i-1]} and {@code uppers[i]}, and the last rate above the last upper bound (one more rate than bounds).
 */
public final class Brackets {
  private final double[] uppers;
  private final double[] rates;

  public Brackets(double[] uppers, double[] rates) {
    if (rates.length != uppers.length + 1) {
      throw new IllegalArgumentException("a schedule has one more rate than upper bounds");
    }
    for (int i = 1; i < uppers.length; i++) {
      if (!(uppers[i] > uppers[i - 1])) {
        throw new IllegalArgumentException("bracket bounds must increase: " + Arrays.toString(uppers));
      }
    }
    this.uppers = uppers.clone();
    this.rates = rates.clone();
  }

  /** The rate of the lowest bracket (the rate of the basic personal credit). */
  public double lowestRate() {
    return rates[0];
  }

  /** Tax on a taxable income before credits; 0 for an income of 0 or less. */
  public double tax(double income) {
    double tax = 0;
    double lower = 0;
    for (int i = 0; i < rates.length; i++) {
      double upper = i < uppers.length ? uppers[i] : Double.POSITIVE_INFINITY;
      if (income <= lower) {
        break;
      }
      tax += rates[i] * (Math.min(income, upper) - lower);
      lower = upper;
    }
    return tax;
  }
}
