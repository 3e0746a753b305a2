package org.ripple.core.impact;

import java.util.Locale;
import org.ripple.core.Model;
import org.ripple.core.linalg.LeontiefMatrix;
import org.ripple.core.linalg.PerronRoot;
import org.ripple.core.linalg.SolverKind;

/**
 * The Perron bounds on the spectral radius of a model's A and of the matrix Abar of the household closure its
 * {@link LeontiefSystem} would choose, computed as the system computes them ({@link ProductiveSolver#bounds}, at
 * the precision of {@link SolverKind#auto}'s strategy) but without building any solver: a lower bound at or above one
 * proves the system not productive, whatever else is wrong with the model.
 *
 * @param typeI bounds for A
 * @param typeII bounds for Abar; null when the model would be open (no Type II)
 */
public record SpectralBounds(PerronRoot typeI, PerronRoot typeII) {
  /**
   * How close to one a spectral radius may come: a system whose radius is within this of one is refused by every
   * command, solving or validating. Its solve amplifies rounding by about {@code 1 / (1 - rho)} (a billion times at
   * the margin) and reports effects without physical meaning.
   */
  public static final double MARGIN = 1e-9;

  /** Whether the Perron bounds prove a system not productive: the lower bound is within {@link #MARGIN} of one. */
  public static boolean refuses(PerronRoot root) {
    return root.lower() >= 1.0 - MARGIN;
  }

  /** "at least 1.000124 (must be below 1)", or for a bound just below one its digits and the margin. */
  public static String atLeast(double lower) {
    return lower >= 1.0 ? String.format(Locale.ROOT, "at least %.6f (must be below 1)", lower)
        : String.format(Locale.ROOT, "at least %.10f, within 1e-9 of 1 (must be below 1 by more than 1e-9)", lower);
  }

  /** The bounds of a model's Type I matrix and of its Type II closure. */
  public static SpectralBounds of(Model model) {
    return of(model, Coefficients.of(model));
  }

  /** As {@link #of(Model)}, on the model's coefficients already derived. */
  public static SpectralBounds of(Model model, Coefficients coefficients) {
    return of(model, coefficients, false);
  }

  /**
   * Bounds that decide productivity exactly as {@link #of(Model, Coefficients)}'s would (the same refusals, with the
   * same messages) but may be looser: the row and column sums of |A| and of |Abar| when they prove the spectral
   * radius below one, without the power iteration ({@link ProductiveSolver#deciding}). For commands that solve and
   * do not report the bounds; {@code ripple validate} reports the iteration's.
   */
  public static SpectralBounds deciding(Model model, Coefficients coefficients) {
    return of(model, coefficients, true);
  }

  private static SpectralBounds of(Model model, Coefficients coefficients, boolean deciding) {
    SolverKind kind = SolverKind.auto(model.size(), model.nonZeroFlows());
    LeontiefMatrix a = LeontiefMatrix.of(coefficients.a());
    PerronRoot typeI = deciding ? ProductiveSolver.deciding(a, kind) : ProductiveSolver.bounds(a, kind);
    LeontiefMatrix closed = HouseholdClosure.closedMatrix(model, coefficients);
    PerronRoot typeII = closed == null ? null
        : deciding ? ProductiveSolver.deciding(closed, kind) : ProductiveSolver.bounds(closed, kind);
    return new SpectralBounds(typeI, typeII);
  }
}
