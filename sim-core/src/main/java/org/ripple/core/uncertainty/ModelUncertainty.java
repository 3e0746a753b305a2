package org.ripple.core.uncertainty;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * Relative, mean-preserving lognormal perturbations of the model's coefficients, drawn afresh in every draw.
 *
 * <ul>
 *   <li>technical coefficients: {@code a'_ij = a_ij * exp(s Z - s^2 / 2)} with one standard normal Z per cell
 *       ({@link Scope#CELL}) or per column ({@link Scope#COLUMN}), so {@code E[a'_ij] = a_ij}. A column whose
 *       perturbed sum reaches 1 is scaled back to its original sum, which keeps every column productive (a
 *       non-negative A with all column sums below 1 has spectral radius below 1);
 *   <li>the household spending shares {@code c_i / H}: all multiplied by one factor {@code exp(h Z - h^2 / 2)}, and
 *       scaled back to their original sum if they would reach 1.
 * </ul>
 *
 * Satellite coefficients (jobs, income and value added per unit of output) are not perturbed.
 *
 * @param coefficientSigma s, the standard deviation of log a'_ij / a_ij (0: A is fixed)
 * @param scope one factor per cell or per column
 * @param householdSigma h, the standard deviation of the log of the household share factor (0: fixed)
 */
public record ModelUncertainty(double coefficientSigma, Scope scope, double householdSigma) implements Serializable {
  /** No model uncertainty. */
  public static final ModelUncertainty NONE = new ModelUncertainty(0, Scope.CELL, 0);

  /** One perturbation factor per cell of A, or one per column (all of a sector's purchase coefficients). */
  public enum Scope {
    CELL("cell"),
    COLUMN("column");

    private final String key;

    Scope(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  public ModelUncertainty {
    Objects.requireNonNull(scope, "scope");
    check("coefficient sigma", coefficientSigma);
    check("household share sigma", householdSigma);
  }

  private static void check(String name, double sigma) {
    if (!(sigma >= 0) || !(sigma <= 2)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "%s must be in [0, 2], was %s", name,
          Distribution.num(sigma)));
    }
  }

  /** Whether any coefficient varies (then every draw re-factorises). */
  public boolean any() {
    return coefficientSigma > 0 || householdSigma > 0;
  }
}
