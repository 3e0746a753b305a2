package org.ripple.core.impact;

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

  /** The bounds of a model's Type I matrix and of its Type II closure. */
  public static SpectralBounds of(Model model) {
    SolverKind kind = SolverKind.auto(model.size(), model.nonZeroFlows());
    Coefficients coefficients = Coefficients.of(model);
    PerronRoot typeI = ProductiveSolver.bounds(LeontiefMatrix.of(coefficients.a()), kind);
    LeontiefMatrix closed = HouseholdClosure.closedMatrix(model, coefficients);
    return new SpectralBounds(typeI, closed == null ? null : ProductiveSolver.bounds(closed, kind));
  }
}
