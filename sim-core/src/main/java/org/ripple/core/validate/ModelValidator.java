package org.ripple.core.validate;

import org.ripple.core.Model;
import org.ripple.core.impact.Coefficients;
import org.ripple.core.impact.SpectralBounds;

/**
 * Checks a model before it is used and returns findings instead of throwing, so that {@code ripple validate} can list
 * them all and every run can stop on the first error. The checks, in order:
 *
 * <ol>
 *   <li>shape, codes, finite numbers and signs ({@link DataChecks}); a non-finite number stops the checks;
 *   <li>column sums of A below 1 ({@link BalanceChecks}, by the rule of {@link Coefficients#overspent}, on the
 *       coefficients derived once here and shared by the productivity checks and the system they build);
 *   <li>households, productivity of A and of the household-closed matrix, output multipliers and the signs of L
 *       ({@link LeontiefChecks}), closed as every run closes the model;
 *   <li>column and row balance, warnings ({@link BalanceChecks}), within {@value #BALANCE_TOLERANCE} of output.
 * </ol>
 *
 * Jobs of a scenario larger than a sector's employment are checked where the scenario meets the model
 * ({@link org.ripple.core.scenario.ImpactEngine}).
 */
public final class ModelValidator {
  /** Relative tolerance of the column balance, as a share of the sector's output. */
  public static final double BALANCE_TOLERANCE = 0.01;
  /** Largest model whose L is solved column by column to check its signs when it has negative flows. */
  public static final int MAX_SECTORS_SIGN_CHECK = 1000;
  /** An entry of L below minus this is negative (L's diagonal is at least 1; solves are accurate to about 1e-13). */
  public static final double SIGN_TOLERANCE = 1e-10;

  private ModelValidator() {}

  /** Runs every check, accepting no negative flow; never throws for a bad model. */
  public static ValidationReport validate(Model model) {
    return validate(model, AcceptedFlows.none());
  }

  /** Runs every check, with the negative flows the model's author accepted; never throws for a bad model. */
  public static ValidationReport validate(Model model, AcceptedFlows accepted) {
    return validate(model, accepted, false);
  }

  /**
   * As {@link #validate(Model, AcceptedFlows)}, for a command that solves with the model rather than reporting on it:
   * the same checks, refusals and messages, but the spectral radii are only proved below one, by the cheapest bounds
   * that decide it ({@link SpectralBounds#deciding}: the row and column sums when they suffice, else the power
   * iteration), so the report's bounds may be looser than {@code ripple validate}'s.
   */
  public static ValidationReport validateForSolving(Model model, AcceptedFlows accepted) {
    return validate(model, accepted, true);
  }

  private static ValidationReport validate(Model model, AcceptedFlows accepted, boolean deciding) {
    if (!accepted.fits(model.size())) {
      throw new IllegalArgumentException("the accepted flows were collected for a model of another size");
    }
    Findings found = new Findings(model);
    DataChecks data = new DataChecks(model, accepted, found);
    double[] x = model.outputCopy();
    data.shapeAndCodes(x);
    FlowScan flows = FlowScan.of(model); // the one pass over the flows every check below reads
    if (!data.finite(x, flows)) {
      return ValidationReport.stopped(found);
    }
    boolean negativeFlows = data.signs(x, flows);
    Coefficients coefficients = Coefficients.of(model); // derived once: the bounds and the system share them
    BalanceChecks balance = new BalanceChecks(model, found);
    balance.columnSums(coefficients);
    LeontiefChecks leontief = new LeontiefChecks(model, coefficients, found);
    boolean typeII = leontief.households();
    leontief.productivity(typeII, negativeFlows, deciding);
    balance.columnBalance(flows.columnSums, x);
    balance.rowBalance(x, flows.rowSums);
    return ValidationReport.of(found, leontief.bounds(), leontief.system());
  }
}
