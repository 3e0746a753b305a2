package org.ripple.core.linalg;

import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The solver strategies for Leontief systems, each the others' baseline. {@link #auto} picks one from the size and
 * the sparsity; the command line overrides it with {@code --solver KEY}.
 */
public enum SolverKind {
  /** Partial-pivoting LU of the dense {@code I - B}; exact up to rounding, O(n^3) once, O(n^2) memory. */
  DENSE_LU("dense-lu", DenseLuSolver::of),
  /** Power series {@code x <- b + B x} on CSR; the residual comes free with each step; blocks share the mat-vec. */
  NEUMANN("neumann", NeumannSolver::new),
  /** Gauss-Seidel sweeps on CSR; sequential per right-hand side. */
  GAUSS_SEIDEL("gauss-seidel", GaussSeidelSolver::new),
  /** BiCGSTAB on CSR; two mat-vecs per iteration, fewest iterations when rho(B) is near one. */
  BICGSTAB("bicgstab", BiCgStabSolver::new);

  /** Up to this many sectors, {@link #auto} factors densely (a few tenths of a second at most). */
  public static final int DENSE_MAX_SECTORS = 600;

  private final String key;
  private final BiFunction<LeontiefMatrix, SolverOptions, LinearSolver> factory;

  SolverKind(String key, BiFunction<LeontiefMatrix, SolverOptions, LinearSolver> factory) {
    this.key = key;
    this.factory = factory;
  }

  /** The command-line name: dense-lu, neumann, gauss-seidel, bicgstab. */
  public String key() {
    return key;
  }

  public boolean iterative() {
    return this != DENSE_LU;
  }

  /** Builds (for dense LU: factors) a solver of {@code I - B}. */
  public LinearSolver create(LeontiefMatrix matrix, SolverOptions options) {
    return factory.apply(matrix, options);
  }

  /** The kind named by a command-line key (case-insensitive; '_' and '-' alike), if any. */
  public static Optional<SolverKind> parse(String key) {
    String k = key.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    for (SolverKind s : values()) {
      if (s.key.equals(k)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * The default for a model of n sectors with this many non-zero flows: dense LU for small models (exact, and the
   * factorisation is cheap), BiCGSTAB on CSR otherwise (fewest mat-vecs, each on both cores; robust when the
   * household-closed system's spectral radius approaches one, where the Neumann series slows down).
   */
  public static SolverKind auto(int n, long nonZeros) {
    return n <= DENSE_MAX_SECTORS ? DENSE_LU : BICGSTAB;
  }

  /**
   * About how many bytes building the Type I (and, when asked, Type II) systems of an n-sector model with this many
   * non-zero flows takes with this strategy, beyond the model itself: for dense LU, A and the factors of I - A and of
   * I - Abar with their working copies (six dense matrices); for the iterative kinds, A and its transpose in CSR and
   * a few work vectors per right-hand side of a block of 4.
   */
  public long estimateBytes(int n, long nonZeros, boolean typeII) {
    long m = typeII ? n + 1L : n;
    if (this == DENSE_LU) {
      return 8L * (3L * n * n + (typeII ? 3L * m * m : 0));
    }
    return 2 * CsrMatrix.bytes(n, nonZeros) + 8L * nonZeros + 8L * m * 4 * 8;
  }
}
