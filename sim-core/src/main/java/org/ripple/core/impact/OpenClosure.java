package org.ripple.core.impact;

import org.ripple.core.linalg.LinearSolver;
import org.ripple.core.linalg.PerronRoot;

/** The open model: households stay outside, Type I only; asking it for a household is an error. */
public final class OpenClosure extends HouseholdClosure {
  static final OpenClosure INSTANCE = new OpenClosure();

  private OpenClosure() {}

  @Override
  public int households() {
    return 0;
  }

  @Override
  public int householdOf(int sector) {
    throw new IllegalStateException("the model is open (no household data): no household receives labour income");
  }

  @Override
  public double share(int sector, int household) {
    throw new IllegalStateException("the model is open (no household data): it has no household shares");
  }

  @Override
  public PerronRoot spectralRadius() {
    return null;
  }

  @Override
  public String description() {
    return "open (Type I only)";
  }

  @Override
  public String householdName(int household) {
    throw new IllegalStateException("the model is open (no household data)");
  }

  @Override
  LinearSolver solver() {
    return null;
  }

  @Override
  double[][] transposedGivenTypeI(LeontiefSystem system, double[][] rhs, double[][] typeI, double[] incomeTypeI) {
    throw new IllegalStateException("the model is open: it has no Type II");
  }
}
