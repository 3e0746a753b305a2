package org.ripple.core.impact;

import java.util.Arrays;
import java.util.Optional;
import org.ripple.core.Measure;
import org.ripple.core.Model;
import org.ripple.core.ModelInfo;
import org.ripple.core.Regions;
import org.ripple.core.SectorIndex;
import org.ripple.core.Sector;
import java.util.ArrayList;
import java.util.List;

/**
 * Type II of a multi-regional model closed with one household sector per region (Miller and Blair 2009, sec. 3.3
 * and 6.1): the (n + R) x (n + R) matrix
 *
 * <pre>
 *   Abar = [[A, C diag(H)^-1], [W_R, 0]],   W_R[r][j] = W[j] / x[j] if sector j is in region r, else 0
 * </pre>
 *
 * where {@code C[i][r]} is what the households of region r buy from sector i and {@code H[r]} their income. Type II
 * quantities are the first n entries of the solve of {@code (I - Abar) dxbar = [d; 0]}.
 *
 * <p>Built through the public engine: the closed system is the Type I system of an augmented model whose R extra
 * "sectors" are the households (output H[r], purchases C[.][r], sales W_R[r][.]), factored by
 * {@link LeontiefSystem#of}; its A block is computed exactly as the open model's. No inverse is formed.
 */
public final class RegionalClosure {
  private final int n;
  private final int m;
  private final LeontiefSystem closed;

  private RegionalClosure(int n, int m, LeontiefSystem closed) {
    this.n = n;
    this.m = m;
    this.closed = closed;
  }

  /**
   * The per-region closure of a model that has regions with households and labour income; empty for any other model
   * (whose Type II, if any, is {@link LeontiefSystem}'s own single-household closure).
   */
  public static Optional<RegionalClosure> of(Model model) {
    Optional<Regions> regions = model.regions();
    if (regions.isEmpty() || !regions.get().hasHouseholds() || !model.has(Measure.LABOUR_INCOME)) {
      return Optional.empty();
    }
    return Optional.of(build(model, regions.get()));
  }

  private static RegionalClosure build(Model model, Regions regions) {
    int n = model.size();
    int r = regions.size();
    int m = n + r;
    double[] z = model.transactionsCopy();
    double[] w = model.levelsCopy(Measure.LABOUR_INCOME);
    double[] zbar = new double[m * m];
    for (int i = 0; i < n; i++) {
      System.arraycopy(z, i * n, zbar, i * m, n);
      for (int h = 0; h < r; h++) {
        zbar[i * m + n + h] = regions.householdConsumption(i, h);
      }
    }
    for (int j = 0; j < n; j++) {
      zbar[(n + regions.regionOf(j)) * m + j] = w[j];
    }
    double[] xbar = Arrays.copyOf(model.outputCopy(), m);
    List<Sector> sectors = new ArrayList<>(model.sectors().sectors());
    for (int h = 0; h < r; h++) {
      xbar[n + h] = regions.householdIncome(h);
      sectors.add(new Sector("households." + regions.at(h).code(), "Households, " + regions.at(h).name()));
    }
    Model augmented = Model.builder(ModelInfo.named(model.info().name() + " closed per region"),
        SectorIndex.of(sectors)).transactions(zbar).output(xbar).build();
    return new RegionalClosure(n, m, LeontiefSystem.of(augmented));
  }

  /** Type II total output change: the first n entries of the solve of {@code (I - Abar) dxbar = [d; 0]}. */
  public double[] solve(double[] d) {
    check(d);
    return Arrays.copyOf(closed.solveTypeI(Arrays.copyOf(d, m)), n);
  }

  /** The first n entries of the solve of {@code (I - Abar)^T ybar = [b; 0]}: b-weighted column sums of Lbar_nn. */
  public double[] solveTransposed(double[] b) {
    check(b);
    return Arrays.copyOf(closed.solveTypeITransposed(Arrays.copyOf(b, m)), n);
  }

  /** Warnings of the closed system (e.g. a column of Abar summing to 1 or more). */
  public List<String> warnings() {
    return closed.warnings();
  }

  private void check(double[] v) {
    if (v.length != n) {
      throw new IllegalArgumentException("vector has " + v.length + " entries, the model has " + n + " sectors");
    }
  }
}
