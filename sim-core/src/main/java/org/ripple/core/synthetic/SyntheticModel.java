package org.ripple.core.synthetic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.ripple.core.Model;
import org.ripple.core.ModelInfo;
import org.ripple.core.Sector;
import org.ripple.core.SectorIndex;
import org.ripple.core.linalg.CsrMatrix;

/**
 * Seeded synthetic productive models of any size, so anyone can reproduce a benchmark ({@code ripple model generate},
 * sim-bench). Two generators:
 *
 * <p>{@link #generate}: any density, stored sparse (Z in CSR, no n x n array):
 * <ul>
 *   <li>column j of A has {@code max(1, round(density * n))} non-zeros in distinct random rows, with random weights
 *       scaled so that it sums to a value drawn in [0.3, 0.6];
 *   <li>final demand f in [100, 1000] per sector, and output the solution of {@code x = A x + f} (Jacobi iterations
 *       {@code x <- A x + f} from f, which contract by at most 0.6 per step in the 1-norm, to the last bit), so
 *       {@code Z = A diag(x)} and every row balances: {@code x_i - sum_j z_ij = f_i >= 0};
 *   <li>jobs 1 to 15 per unit of output; value added is the rest of output, {@code x_j - sum_i z_ij}, so every column
 *       balances exactly; labour income is 30 % to 70 % of value added;
 *   <li>households (H = total labour income) spend a share drawn in [0.4, 0.85] of their income on regional output,
 *       spread at random over every sector; so both Type I and the household-closed Type II are productive.
 * </ul>
 *
 * <p>{@link #dense}: every flow non-zero, Z held as a dense n x n array (for the dense-kernel benchmarks): column sums
 * of A in [0.3, 0.6], output, jobs and households as above, but labour income (5 % to 25 % of output) and value added
 * (25 % to 65 % of output) are drawn on their own, so its columns do not balance; sector codes have 5 digits.
 *
 * <p>Same generator, size, density and seed, same model.
 */
public final class SyntheticModel {
  private static final String GENERATED_CODE = "S%06d";

  private SyntheticModel() {}

  /** Sector code of position i in a {@link #generate}d model: {@code S} and at least 6 digits. */
  public static String code(int i) {
    if (i < 0) {
      return String.format(Locale.ROOT, GENERATED_CODE, i);
    }
    String digits = Integer.toString(i); // GENERATED_CODE's text, without a Formatter per sector
    return digits.length() >= 6 ? "S" + digits : "S" + "000000".substring(digits.length()) + digits;
  }

  /** {@code code(i).length()} without making the code: 1 + max(6, digits of i), for i >= 0. */
  public static int codeLength(int i) {
    return 1 + Math.max(6, digits(i));
  }

  /** Sector name of position i. */
  public static String name(int i) {
    return "synthetic sector " + i;
  }

  /** {@code name(i).length()} without making the name, for i >= 0. */
  public static int nameLength(int i) {
    return "synthetic sector ".length() + digits(i);
  }

  /** Decimal digits of i >= 0. */
  static int digits(int i) {
    int d = 1;
    for (long p = 10; p <= i; p *= 10) {
      d++;
    }
    return d;
  }

  /** A model of n sectors, {@code density} of its flows non-zero, stored sparse (see the class comment). */
  public static Model generate(int n, double density, long seed) {
    if (n < 1) {
      throw new IllegalArgumentException("sectors must be at least 1, was " + n);
    }
    if (!(density > 0 && density <= 1)) {
      throw new IllegalArgumentException("density must be in (0, 1], was " + density);
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] f = outputs(rnd, n); // final demand, drawn as the outputs of the dense generator
    double[] share = new double[n];
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
      double target = 0.3 + 0.3 * rnd.nextDouble(); // column sum of A
      share[j] = target;
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
    // rows and values hold A^T in CSR; x solves x = A x + f, then Z = A diag(x) in place
    double[] x = balancedOutput(n, pointers, rows, values, f);
    double[] purchases = new double[n];
    for (int j = 0; j < n; j++) {
      for (int q = pointers[j]; q < pointers[j + 1]; q++) {
        values[q] *= x[j];
      }
      purchases[j] = share[j] * x[j];
    }
    CsrMatrix z = CsrMatrix.of(n, n, pointers, rows, values).transpose();
    rows = null;
    values = null;
    double[] jobs = new double[n];
    double[] valueAdded = new double[n];
    double[] income = new double[n];
    for (int j = 0; j < n; j++) {
      jobs[j] = jobs(rnd, x[j]);
      valueAdded[j] = x[j] - purchases[j];
      income[j] = (0.3 + 0.4 * rnd.nextDouble()) * valueAdded[j];
    }
    return finish(builder(n, seed, SyntheticModel::code).transactions(z), rnd, x, jobs, income, valueAdded);
  }

  /**
   * The output x with {@code x = A x + f}, A given as A^T in CSR (row j of A^T is column j of A): Jacobi iterations
   * {@code x <- f + A x} from {@code x = f}. Every column of A sums to at most 0.6, so each step shrinks the error
   * by at least that factor in the 1-norm; the iterations stop when a step changes no entry by more than 2^-52 of it
   * (at most 200 steps: 0.6^200 is far below that). Same inputs, same operations in the same order: same bits.
   */
  static double[] balancedOutput(int n, int[] pointers, int[] rows, double[] a, double[] f) {
    double[] x = f.clone();
    double[] next = new double[n];
    for (int step = 0; step < 200; step++) {
      System.arraycopy(f, 0, next, 0, n);
      for (int j = 0; j < n; j++) {
        double xj = x[j];
        for (int q = pointers[j]; q < pointers[j + 1]; q++) {
          next[rows[q]] += a[q] * xj;
        }
      }
      boolean moved = false;
      for (int i = 0; i < n; i++) {
        if (Math.abs(next[i] - x[i]) > 0x1p-52 * next[i]) {
          moved = true;
        }
      }
      double[] t = x;
      x = next;
      next = t;
      if (!moved) {
        break;
      }
    }
    return x;
  }

  /** A dense model of n sectors (see the class comment): Z as a row-major n x n array, every flow non-zero. */
  public static Model dense(int n, long seed) {
    if (n < 1) {
      throw new IllegalArgumentException("model size must be at least 1, was " + n);
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] x = outputs(rnd, n);
    double[] z = new double[n * n];
    double[] col = new double[n];
    for (int j = 0; j < n; j++) {
      shares(rnd, col, 0.3, 0.3, x[j]); // column j of A sums to a value in [0.3, 0.6]
      for (int i = 0; i < n; i++) {
        z[i * n + j] = col[i];
      }
    }
    double[] jobs = new double[n];
    double[] income = new double[n];
    double[] valueAdded = new double[n];
    for (int j = 0; j < n; j++) {
      jobs[j] = jobs(rnd, x[j]);
      income[j] = (0.05 + 0.2 * rnd.nextDouble()) * x[j];
      valueAdded[j] = (0.25 + 0.4 * rnd.nextDouble()) * x[j];
    }
    return finish(builder(n, seed, i -> String.format(Locale.ROOT, "S%05d", i)).transactions(z), rnd, x, jobs,
        income, valueAdded);
  }

  /** A builder named {@code synthetic-n-seed} over n sectors with these codes (of 0 .. n-1). */
  private static Model.Builder builder(int n, long seed, IntFunction<String> codes) {
    List<Sector> sectors = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      sectors.add(new Sector(codes.apply(i), name(i)));
    }
    return Model.builder(ModelInfo.named("synthetic-" + n + "-" + seed), SectorIndex.of(sectors));
  }

  /** Output of each sector (final demand, in {@link #generate}), drawn in [100, 1000]: the first n draws of every generator. */
  private static double[] outputs(SplittableRandom rnd, int n) {
    double[] x = new double[n];
    for (int j = 0; j < n; j++) {
      x[j] = 100 + 900 * rnd.nextDouble();
    }
    return x;
  }

  /** Jobs of a sector with output x: 1 to 15 per unit of output, the first draw of the sector after Z. */
  private static double jobs(SplittableRandom rnd, double x) {
    return (1 + 14 * rnd.nextDouble()) * x;
  }

  /**
   * The model, Z given: households (H = total labour income) spend a share drawn in [0.4, 0.85] of their income
   * regionally, spread at random over every sector; these are the last draws of every generator.
   */
  private static Model finish(Model.Builder withZ, SplittableRandom rnd, double[] x, double[] jobs, double[] income,
      double[] valueAdded) {
    double h = 0;
    for (double w : income) {
      h += w;
    }
    double[] c = new double[x.length];
    shares(rnd, c, 0.4, 0.45, h);
    return withZ.output(x).employment(jobs).labourIncome(income).valueAdded(valueAdded).householdConsumption(c)
        .householdIncome(h).build();
  }

  /**
   * Splits a random total over {@code w}: draws one weight in [0, 1) per cell, then a share s in
   * [low, low + width), and sets {@code w[i] = weight_i / sum of weights * s * scale}, so w sums to s * scale.
   */
  private static void shares(SplittableRandom rnd, double[] w, double low, double width, double scale) {
    double sum = 0;
    for (int i = 0; i < w.length; i++) {
      w[i] = rnd.nextDouble();
      sum += w[i];
    }
    double share = low + width * rnd.nextDouble();
    for (int i = 0; i < w.length; i++) {
      w[i] = w[i] / sum * share * scale;
    }
  }
}
