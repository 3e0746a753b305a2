package org.ripple.core.scenario;

import java.util.Locale;
import org.ripple.core.ScenarioException;
import java.util.OptionalDouble;

/**
 * Range checks shared by the scenario records and the scenario file's loader (which checks a money amount as written,
 * before converting it to the model's unit), with messages that name the field and the expected range.
 */
public final class Values {
  private Values() {}

  static void positive(String field, OptionalDouble v) {
    if (v.isPresent()) {
      positive(field, v.getAsDouble());
    }
  }

  public static void positive(String field, double v) {
    finite(field, v);
    if (!(v > 0)) {
      throw new ScenarioException(field, "must be greater than 0, was " + format(v));
    }
  }

  static void finite(String field, double v) {
    if (!Double.isFinite(v)) {
      throw new ScenarioException(field, "must be a finite number, was " + v);
    }
  }

  static void share(String field, double v) {
    finite(field, v);
    if (v < 0 || v > 1) {
      throw new ScenarioException(field, "must be a share in [0, 1], was " + format(v));
    }
  }

  static String format(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%.0f", v) : Double.toString(v);
  }
}
