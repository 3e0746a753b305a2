package org.ripple.core.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.ripple.core.Model;
import org.ripple.core.ModelInfo;
import org.ripple.core.Sector;
import org.ripple.core.SectorIndex;
import org.ripple.core.linalg.CsrMatrix;

/**
 * Seeded synthetic productive models of any size and density, stored sparse (Z in CSR, no n x n array), so anyone
 * can reproduce a benchmark ({@code ripple model generate}, sim-bench).
 *
 * <ul>
 *   <li>column j of Z has {@code max(1, round(density * n))} non-zeros in distinct random rows, with random weights
 *       scaled so that the column of A sums to a value drawn in [0.3, 0.6];
 *   <li>output x in [100, 1000]; jobs 1 to 15 per unit of output; value added is the rest of output,
 *       {@code x_j - sum_i z_ij}, so every column balances exactly; labour income is 30 % to 70 % of value added;
 *   <li>households (H = total labour income) spend a share drawn in [0.4, 0.85] of their income on regional output,
 *       spread at random over every sector; so both Type I and the household-closed Type II are productive.
 * </ul>
 * Same n, density and seed, same model.
 */
public final class SyntheticModel {
  private SyntheticModel() {}

  /** Sector code of position i: {@code S} and at least 6 digits. */
  public static String code(int i) {
    return String.format(Locale.ROOT, "S%06d", i);
  }

  public static Model generate(int n, double density, long seed) {
    if (n < 1) {
      throw new IllegalArgumentException("sectors must be at least 1, was " + n);
    }
    if (!(density > 0 && density <= 1)) {
      throw new IllegalArgumentException("density must be in (0, 1], was " + density);
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Sector> sectors = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      sectors.add(new Sector(code(i), "synthetic sector " + i));
    }
    double[] x = new double[n];
    double[] purchases = new double[n];
    for (int j = 0; j < n; j++) {
      x[j] = 100 + 900 * rnd.nextDouble();
    }
    int perColumn = (int) Math.max(1, Math.min(n, Math.round(density * n)));
    long total = (long) perColumn * n;
    if (total > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("too many non-zeros: " + total);
    }
    // build Z^T in CSR (column j of Z is row j of Z^T), then transpose
    int[] pointers = new int[n + 1];
    int[] rows = new int[(int) total];
    double[] values = new double[(int) total];
    boolean[] taken = new boolean[n];
    int[] pick = new int[perColumn];
    int p = 0;
    for (int j = 0; j < n; j++) {
      int k = 0;
      if (perColumn * 4L >= n) {
        // dense-ish: choose perColumn of n by selection sampling (Knuth, TAOCP vol. 2, alg. 3.4.2 S), in order
        int needed = perColumn;
        for (int i = 0; i < n && needed > 0; i++) {
          if (rnd.nextInt(n - i) < needed) {
            pick[k++] = i;
            needed--;
          }
        }
      } else {
        while (k < perColumn) {
          int i = rnd.nextInt(n);
          if (!taken[i]) {
            taken[i] = true;
            pick[k++] = i;
          }
        }
        for (int t = 0; t < k; t++) {
          taken[pick[t]] = false;
        }
        Arrays.sort(pick, 0, k);
      }
      double target = (0.3 + 0.3 * rnd.nextDouble()) * x[j];
      purchases[j] = target;
      double sum = 0;
      int start = p;
      for (int t = 0; t < k; t++) {
        double w = 0.05 + rnd.nextDouble();
        rows[p] = pick[t];
        values[p] = w;
        sum += w;
        p++;
      }
      for (int q = start; q < p; q++) {
        values[q] = values[q] / sum * target;
      }
      pointers[j + 1] = p;
    }
    CsrMatrix z = CsrMatrix.of(n, n, pointers, rows, values).transpose();
    rows = null;
    values = null;
    double[] jobs = new double[n];
    double[] income = new double[n];
    double[] valueAdded = new double[n];
    double h = 0;
    for (int j = 0; j < n; j++) {
      jobs[j] = (1 + 14 * rnd.nextDouble()) * x[j];
      valueAdded[j] = x[j] - purchases[j];
      income[j] = (0.3 + 0.4 * rnd.nextDouble()) * valueAdded[j];
      h += income[j];
    }
    double[] c = new double[n];
    double cSum = 0;
    for (int i = 0; i < n; i++) {
      c[i] = rnd.nextDouble();
      cSum += c[i];
    }
    double share = 0.4 + 0.45 * rnd.nextDouble();
    for (int i = 0; i < n; i++) {
      c[i] = c[i] / cSum * share * h;
    }
    String name = "synthetic-" + n + "-" + seed;
    return Model.builder(ModelInfo.named(name), SectorIndex.of(sectors)).transactions(z).output(x).employment(jobs)
        .labourIncome(income).valueAdded(valueAdded).householdConsumption(c).householdIncome(h).build();
  }
}
