package org.ripple.core;

/**
 * The rules a model's arrays follow when it is built: a required vector is present, has one value per sector and
 * only finite numbers; the household vector of a model with one household per region and none given is the sum of
 * the regions'; household income defaults to the regions' incomes summed, else to total labour income, and must be
 * positive and finite.
 */
final class ModelInputs {
  private ModelInputs() {}

  /** A copy of a vector that must be present, of the given length, and finite. */
  static double[] required(String what, double[] values, int length) {
    return finite(what, values, length).clone();
  }

  /** The array itself (not copied) once checked present, of the given length, and finite. */
  static double[] finite(String what, double[] values, int length) {
    if (values == null) {
      throw new IllegalArgumentException(what + " is required");
    }
    if (values.length != length) {
      throw new IllegalArgumentException(what + " must have " + length + " values, has " + values.length);
    }
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(what + " value " + i + " is not a finite number: " + values[i]);
      }
    }
    return values;
  }

  /**
   * The household vector: the one given, else with one household per region the sum of the regions' (the closure
   * with one household for the whole model), else none (null).
   */
  static double[] householdConsumption(double[] given, Regions regions, int n) {
    if (given != null || regions == null || !regions.hasHouseholds()) {
      return given;
    }
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      for (int r = 0; r < regions.size(); r++) {
        c[i] += regions.householdConsumption(i, r);
      }
    }
    return c;
  }

  /**
   * Household income H: the one given (not NaN); else, when the household vector was summed over {@code regions}
   * (null otherwise), the sum of their incomes; else total labour income.
   */
  static double householdIncome(double given, Regions summedOver, double[] labourIncome) {
    double h = given;
    if (Double.isNaN(h) && summedOver != null && summedOver.hasHouseholds()) {
      h = 0;
      for (int r = 0; r < summedOver.size(); r++) {
        h += summedOver.householdIncome(r);
      }
    }
    if (Double.isNaN(h)) {
      if (labourIncome == null) {
        throw new IllegalArgumentException(
            "household consumption is given but neither household_income nor labour_income is: "
                + "the Type II model cannot be closed");
      }
      h = 0;
      for (double v : labourIncome) {
        h += v;
      }
    }
    if (!(h > 0) || !Double.isFinite(h)) {
      throw new IllegalArgumentException("household income must be positive and finite, was " + h);
    }
    return h;
  }
}
