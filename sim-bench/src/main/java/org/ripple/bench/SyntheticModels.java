package org.ripple.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ripple.core.Model;
import org.ripple.core.ModelInfo;
import org.ripple.core.Sector;
import org.ripple.core.SectorIndex;

/**
 * Seeded generator of dense, productive synthetic models of any size, for benchmarks. Every column of A sums to a
 * value drawn in [0.3, 0.6]; jobs, labour-income (in [0.05, 0.25]) and value-added coefficients are positive, and
 * households spend at most 0.85 of their income regionally, so both the Type I and the household-closed Type II
 * systems are productive. Same seed and size, same model.
 */
public final class SyntheticModels {
  private SyntheticModels() {}

  public static Model dense(int n, long seed) {
    if (n < 1) {
      throw new IllegalArgumentException("model size must be at least 1, was " + n);
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Sector> sectors = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      sectors.add(new Sector(String.format(java.util.Locale.ROOT, "S%05d", i), "synthetic sector " + i));
    }
    double[] x = new double[n];
    for (int j = 0; j < n; j++) {
      x[j] = 100 + 900 * rnd.nextDouble();
    }
    double[] z = new double[n * n];
    double[] col = new double[n];
    for (int j = 0; j < n; j++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        col[i] = rnd.nextDouble();
        sum += col[i];
      }
      double target = 0.3 + 0.3 * rnd.nextDouble();
      for (int i = 0; i < n; i++) {
        z[i * n + j] = col[i] / sum * target * x[j];
      }
    }
    double[] jobs = new double[n];
    double[] income = new double[n];
    double[] valueAdded = new double[n];
    double h = 0;
    for (int j = 0; j < n; j++) {
      jobs[j] = (1 + 14 * rnd.nextDouble()) * x[j];
      income[j] = (0.05 + 0.2 * rnd.nextDouble()) * x[j];
      valueAdded[j] = (0.25 + 0.4 * rnd.nextDouble()) * x[j];
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
    return Model.builder(ModelInfo.named("synthetic-" + n + "-" + seed), SectorIndex.of(sectors)).transactions(z)
        .output(x).employment(jobs).labourIncome(income).valueAdded(valueAdded).householdConsumption(c)
        .householdIncome(h).build();
  }
}
