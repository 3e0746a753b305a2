package org.ripple.core.uncertainty;

import java.util.Arrays;
import org.ripple.core.ModelException;
import org.ripple.core.linalg.CsrMatrix;
import org.ripple.core.linalg.LeontiefMatrix;
import org.ripple.core.linalg.LinearSolver;
import org.ripple.core.linalg.NotConvergedException;
import org.ripple.core.linalg.SolverKind;
import org.ripple.core.linalg.SolverOptions;

/**
 * {@link PerturbedModel#sparse}: {@code I - A'} with A' in CSR (A's pattern, the draw's values) and, with Type II,
 * {@code I - Abar'}: with one household the bordered matrix {@code [[A', c'/H], [w, 0]]} (A' shared), with one
 * household per region the (n + R) x (n + R) CSR matrix {@code [[A', C'], [W_R, 0]]}, as the point estimate holds
 * them. Each solve is the iterative kind's, to the default relative residual, on one thread; no n x n array exists.
 */
final class SparsePerturbedModel extends PerturbedModel {
  private final LinearSolver typeI;
  private final LinearSolver typeII;

  SparsePerturbedModel(Parts p, SolverKind kind) {
    super(p);
    SolverOptions options = SolverOptions.defaults().withThreads(1);
    CsrMatrix a = CsrMatrix.of(n, n, rowPointers, columns, values);
    double[] sums = new double[n];
    boolean nonNegative = true;
    for (int q = 0; q < values.length; q++) {
      sums[columns[q]] += values[q];
      nonNegative &= values[q] >= 0;
    }
    this.typeI = kind.create(LeontiefMatrix.of(a), options);
    checkProductive(typeI, nonNegative, sums, "A", "I - A");
    if (p.households() == null) {
      this.typeII = null;
      return;
    }
    int r = households;
    double[] shares = p.shares();
    double[] wages = p.wages();
    double[] barSums = Arrays.copyOf(sums, n + r);
    boolean barNonNegative = nonNegative;
    for (int j = 0; j < n; j++) {
      barSums[j] += wages[j];
      barNonNegative &= wages[j] >= 0;
    }
    for (int k = 0; k < shares.length; k++) {
      barSums[n + k % r] += shares[k];
      barNonNegative &= shares[k] >= 0;
    }
    LeontiefMatrix abar = r == 1 ? LeontiefMatrix.bordered(a, shares, wages)
        : LeontiefMatrix.of(closed(p.households(), shares, wages));
    this.typeII = kind.create(abar, options);
    checkProductive(typeII, barNonNegative, barSums, "Abar", "I - Abar");
  }

  /** {@code [[A', C'], [W_R, 0]]} in CSR, order n + R: A''s rows with the households' columns, then their rows. */
  private CsrMatrix closed(DrawHouseholds h, double[] shares, double[] wages) {
    int r = households;
    int m = n + r;
    int[] count = new int[r];
    for (int j = 0; j < n; j++) {
      if (wages[j] != 0) {
        count[h.householdOf(j)]++;
      }
    }
    int nonZeros = values.length + shares.length;
    for (int g = 0; g < r; g++) {
      nonZeros += count[g];
    }
    int[] pointers = new int[m + 1];
    int[] cols = new int[nonZeros];
    double[] vals = new double[nonZeros];
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int q = rowPointers[i]; q < rowPointers[i + 1]; q++) {
        cols[k] = columns[q];
        vals[k++] = values[q];
      }
      for (int g = 0; g < r; g++) {
        if (shares[i * r + g] != 0) {
          cols[k] = n + g;
          vals[k++] = shares[i * r + g];
        }
      }
      pointers[i + 1] = k;
    }
    for (int g = 0; g < r; g++) {
      for (int j = 0; j < n; j++) {
        if (wages[j] != 0 && h.householdOf(j) == g) {
          cols[k] = j;
          vals[k++] = wages[j];
        }
      }
      pointers[n + g + 1] = k;
    }
    return CsrMatrix.of(m, m, pointers, Arrays.copyOf(cols, k), Arrays.copyOf(vals, k));
  }

  @Override
  double[] solveTypeI(double[] d) {
    return finite(solve(typeI, d, false, "I - A"));
  }

  @Override
  double[] solveTypeII(double[] d) {
    return finite(Arrays.copyOf(solve(typeII, Arrays.copyOf(d, n + households), false, "I - Abar"), n));
  }

  private double[] solve(LinearSolver solver, double[] b, boolean transposed, String what) {
    double[] x = new double[b.length];
    try {
      solver.solve(b, x, transposed);
    } catch (NotConvergedException e) {
      String sector = row(e.index());
      throw new ModelException(sector, "in draw " + draw + ", solving " + what + " of the perturbed model: "
          + e.getMessage() + "; the largest residual is at sector " + sector);
    }
    return x;
  }

  private void checkProductive(LinearSolver solver, boolean nonNegative, double[] sums, String what, String system) {
    boolean below = true;
    for (double s : sums) {
      below &= s < 1;
    }
    if (!needsCertificate(nonNegative, below)) {
      return;
    }
    double[] ones = new double[solver.size()];
    Arrays.fill(ones, 1.0);
    double[] y;
    try {
      y = solve(solver, ones, true, system + " transposed");
    } catch (ModelException e) {
      throw notProductive(what);
    }
    certify(y, what);
  }
}
