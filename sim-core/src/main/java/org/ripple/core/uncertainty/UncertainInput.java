package org.ripple.core.uncertainty;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import org.ripple.core.ScenarioException;

/**
 * One uncertain scenario input: which field ({@code slot} of the {@code index}-th entry of its list), its
 * distribution in the file's units, and the factor to the model's units (e.g. 1/1000 from CAD to CAD thousands).
 * Checks that every draw stays in the quantity's range (a uniform over [-5, 10] jobs is an error; a normal is
 * truncated to the range instead).
 *
 * @param slot the kind of field
 * @param index the entry's position in its list (closures, subcontractors, offsets or demand changes)
 * @param field the path in the scenario file, for messages, e.g. {@code closures[0].jobs}
 * @param distribution the distribution, in the file's units
 * @param factor multiplier from the file's units to the model's
 */
public record UncertainInput(Slot slot, int index, String field, Distribution distribution, double factor)
    implements Serializable {
  public UncertainInput {
    Objects.requireNonNull(slot, "slot");
    Objects.requireNonNull(distribution, "distribution");
    field = field == null ? slot.name().toLowerCase(Locale.ROOT) : field;
    if (!(factor > 0) || !Double.isFinite(factor)) {
      throw new IllegalArgumentException("factor must be positive and finite, was " + factor);
    }
    Slot.Range r = slot.range();
    if (distribution.lower() < r.lower() || distribution.upper() > r.upper()) {
      throw new ScenarioException(field, distribution.describe() + " takes values outside the range of this "
          + "quantity (" + r.text() + ")" + (distribution.kind() == Distribution.Kind.LOGNORMAL
              ? "; a lognormal is unbounded above: use a triangular, uniform or normal distribution" : ""));
    }
    if (slot.range() == Slot.Range.POSITIVE && !(distribution.mean() > 0)) {
      throw new ScenarioException(field, distribution.describe() + " must have a mean greater than 0");
    }
  }

  /** The value used without draws: the distribution's mean, in the model's units. */
  public double pointValue() {
    return distribution.mean() * factor;
  }
}
