package org.ripple.core.uncertainty;

import java.util.Arrays;
import java.util.Locale;
import org.ripple.core.ModelException;
import org.ripple.core.linalg.SolverKind;

/**
 * A draw's perturbed model: the coefficients A' (its non-zeros in CSR order) and the solvers of {@code I - A'} and,
 * with Type II, of {@code I - Abar'} (A' bordered by the households' labour-income rows and perturbed consumption
 * shares, {@code [[A', C'], [W_R, 0]]}, as the point estimate closes the model). Building it checks that each matrix
 * is productive (spectral radius below 1), and its solves check that every result is finite; each failure is a
 * {@link ModelException} naming the draw.
 *
 * <p>Two forms, chosen by {@link ModelPerturbation#solver}: {@link #dense} factorises both matrices by dense LU;
 * {@link #sparse} keeps A' in CSR and solves each right-hand side with the system's iterative kind (to its relative
 * residual of {@link org.ripple.core.linalg.SolverOptions#DEFAULT_TOLERANCE}, on one thread: draws run in parallel,
 * not their solves), with no n x n array.
 */
abstract class PerturbedModel {
  final long draw;
  final String model;
  final String[] codes;
  final int n;
  final int[] rowPointers;
  final int[] columns;
  final double[] values;
  final int households;

  /**
   * What a draw's model is made of.
   *
   * @param rowPointers A's CSR row pointers (n + 1), shared, read only
   * @param columns A's CSR column indices, shared, read only
   * @param values the perturbed A', one per non-zero of A
   * @param households the households' closure (its shares are not used), or null for Type I only
   * @param shares the perturbed c/H, n x R row-major, with Type II
   * @param wages labour income per unit of output, with Type II
   */
  record Parts(long draw, String model, String[] codes, int[] rowPointers, int[] columns, double[] values,
      DrawHouseholds households, double[] shares, double[] wages) {}

  PerturbedModel(Parts p) {
    this.draw = p.draw();
    this.model = p.model();
    this.codes = p.codes();
    this.n = p.codes().length;
    this.rowPointers = p.rowPointers();
    this.columns = p.columns();
    this.values = p.values();
    this.households = p.households() == null ? 0 : p.households().households();
  }

  /** A draw's model factorised by dense LU (small models). */
  static PerturbedModel dense(Parts parts) {
    return new DensePerturbedModel(parts);
  }

  /** A draw's model on A' in CSR, solved by the iterative {@code kind} (large sparse models). */
  static PerturbedModel sparse(Parts parts, SolverKind kind) {
    return new SparsePerturbedModel(parts, kind);
  }

  /** The Type I output change for final demand d (dense, n). */
  abstract double[] solveTypeI(double[] d);

  /** The Type II output change for final demand d (dense, n): the first n entries of the closed solve. */
  abstract double[] solveTypeII(double[] d);

  /**
   * A' among the given sectors, t x t row-major: entry {@code (l, k)} is {@code a'[sectors[l]][sectors[k]]} (what a
   * draw's shock plan reads: the first rounds between the shocked sectors).
   */
  double[] among(int[] sectors) {
    int t = sectors.length;
    double[] out = new double[t * t];
    for (int l = 0; l < t; l++) {
      int i = sectors[l];
      for (int k = 0; k < t; k++) {
        int p = Arrays.binarySearch(columns, rowPointers[i], rowPointers[i + 1], sectors[k]);
        out[l * t + k] = p >= 0 ? values[p] : 0.0;
      }
    }
    return out;
  }

  /** The n x n row-major array of a CSR matrix's values (small models only). */
  static double[] scatter(int n, int[] rowPointers, int[] columns, double[] values) {
    double[] a = new double[Math.multiplyExact(n, n)];
    for (int i = 0; i < n; i++) {
      for (int p = rowPointers[i]; p < rowPointers[i + 1]; p++) {
        a[i * n + columns[p]] = values[p];
      }
    }
    return a;
  }

  /**
   * The productivity rule of a draw's matrix B, on either path: a non-negative B with every column sum below 1 has
   * spectral radius below 1 and needs no more; a B with a negative entry is not checked further (as the point estimate's
   * coefficients were accepted); otherwise (non-negative, a column sum at least 1) rho(B) &lt; 1 if and only if
   * {@code (I - B)^T y = 1} has a positive solution (Berman and Plemmons 1994, ch. 6): one extra solve, then
   * {@link #certify}.
   */
  static boolean needsCertificate(boolean nonNegative, boolean columnsBelowOne) {
    return nonNegative && !columnsBelowOne;
  }

  /** Refuses the draw unless every entry of {@code y}, the solve of {@code (I - B)^T y = 1}, is finite and positive. */
  void certify(double[] y, String what) {
    for (double v : y) {
      if (!(v > 0) || !Double.isFinite(v)) {
        throw notProductive(what);
      }
    }
  }

  ModelException notProductive(String what) {
    return new ModelException(null, String.format(Locale.ROOT,
        "in draw %d, the perturbed %s of model %s is not productive (spectral radius at least 1); lower the "
            + "coefficient sigma", draw, what, model));
  }

  /** The name of row (or column) k of A' or Abar': a sector, or the households. */
  String row(int k) {
    return k < n ? codes[k] : "households";
  }

  double[] finite(double[] x) {
    for (int i = 0; i < x.length; i++) {
      if (!Double.isFinite(x[i])) {
        throw new ModelException(codes[i], "in draw " + draw + ", the perturbed model gave a non-finite value for "
            + "sector " + codes[i]);
      }
    }
    return x;
  }
}
