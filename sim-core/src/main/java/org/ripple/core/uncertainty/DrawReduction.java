package org.ripple.core.uncertainty;

import java.io.Serializable;
import org.ripple.core.Effect;
import org.ripple.core.Measure;
import org.ripple.core.impact.LeontiefSystem;

/**
 * Reduces a group of shocks of one draw (direct {@code d} and propagated {@code p} final-demand changes over the
 * shocked sectors) to its effects per measure, {@code [effect][measure]}: direct {@code c . d}, Type I total
 * {@code c . x1}, Type II total {@code c . x2}; a measure the model lacks is NaN. A facility's stated pay adds its
 * difference from the sector's average to the direct (and so the total) labour income.
 *
 * <ul>
 *   <li>fixed model: at compile time one transposed solve per measure gives the unit results
 *       {@code u_m = (I - A)^-T c_m} (and {@code (I - Abar)^-T c_m} for Type II: the multipliers), and a group's Type
 *       I total is {@code sum_k u_m[k] p[k]} over the shocked sectors k only: O(shocks) whatever the model's size;
 *   <li>perturbed model: the group is solved on the draw's {@link PerturbedModel} and summed over every sector.
 * </ul>
 */
final class DrawReduction implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Measure[] MEASURES = Measure.values();
  private static final int EFFECTS = Effect.values().length;

  private final int n;
  private final int[] touched;
  private final boolean typeII;
  private final double[][] coefficients;
  private final double[][] unitI;
  private final double[][] unitII;

  /** With {@code unitResults}, the unit results of the fixed model are computed (one solve per measure and type). */
  DrawReduction(LeontiefSystem system, int[] touched, boolean unitResults) {
    this.n = system.size();
    this.touched = touched;
    this.typeII = system.hasTypeII();
    this.coefficients = new double[MEASURES.length][];
    this.unitI = new double[MEASURES.length][];
    this.unitII = new double[MEASURES.length][];
    for (Measure m : MEASURES) {
      if (!system.has(m)) {
        continue;
      }
      double[] c = new double[n];
      for (int j = 0; j < n; j++) {
        c[j] = system.coefficient(m, j);
      }
      coefficients[m.ordinal()] = c;
      if (unitResults) {
        unitI[m.ordinal()] = system.solveTypeITransposed(c);
        unitII[m.ordinal()] = typeII ? system.solveTypeIITransposed(c) : null;
      }
    }
  }

  boolean has(Measure measure) {
    return coefficients[measure.ordinal()] != null;
  }

  boolean typeII() {
    return typeII;
  }

  /**
   * A group's effects with the unit results of the fixed model: {@code p} its Type I and {@code p2} its Type II
   * final-demand change over the shocked sectors, {@code income} the direct labour income its facilities' stated pay
   * adds to the sectors' averages.
   */
  double[][] fixed(double[] d, double[] p, double[] p2, double income) {
    return reduce(d, p, p2, income, null, null);
  }

  /** A group's effects solved on a draw's perturbed model (an empty group is not solved). */
  double[][] perturbed(PerturbedModel model, double[] d, double[] p, double[] p2, double income) {
    boolean empty = true;
    double[] dense = new double[n];
    double[] dense2 = new double[n];
    for (int l = 0; l < touched.length; l++) {
      dense[touched[l]] = p[l];
      dense2[touched[l]] = p2[l];
      empty &= p[l] == 0 && d[l] == 0 && p2[l] == 0;
    }
    double[] x1 = empty ? new double[n] : model.solveTypeI(dense);
    double[] x2 = !typeII ? null : empty ? new double[n] : model.solveTypeII(dense2);
    return reduce(d, p, p2, income, x1, x2);
  }

  /**
   * {@code [effect][measure]} of a group: direct {@code c . d} over the shocked sectors; the totals from the unit
   * results over the shocked sectors when {@code x1} is null (fixed model), else {@code c . x1} and {@code c . x2}
   * over every sector.
   */
  private double[][] reduce(double[] d, double[] p, double[] p2, double income, double[] x1, double[] x2) {
    double[][] out = new double[EFFECTS][MEASURES.length];
    for (Measure m : MEASURES) {
      int mi = m.ordinal();
      double[] c = coefficients[mi];
      if (c == null) {
        for (double[] row : out) {
          row[mi] = Double.NaN;
        }
        continue;
      }
      double direct = 0;
      for (int l = 0; l < touched.length; l++) {
        direct += c[touched[l]] * d[l];
      }
      double t1 = x1 == null ? overShocked(unitI[mi], p) : dot(c, x1);
      double t2 = !typeII ? 0 : x1 == null ? overShocked(unitII[mi], p2) : dot(c, x2);
      if (m == Measure.LABOUR_INCOME) {
        direct += income;
        t1 += income;
        t2 += income;
      }
      out[Effect.DIRECT.ordinal()][mi] = direct;
      out[Effect.INDIRECT.ordinal()][mi] = t1 - direct;
      out[Effect.INDUCED.ordinal()][mi] = typeII ? t2 - t1 : Double.NaN;
      out[Effect.TOTAL.ordinal()][mi] = typeII ? t2 : t1;
    }
    return out;
  }

  /** {@code sum_l u[touched[l]] v[l]}: a vector over all sectors against one over the shocked sectors. */
  private double overShocked(double[] u, double[] v) {
    double s = 0;
    for (int l = 0; l < touched.length; l++) {
      s += u[touched[l]] * v[l];
    }
    return s;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
