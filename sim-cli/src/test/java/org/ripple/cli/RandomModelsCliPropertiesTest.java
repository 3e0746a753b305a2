package org.ripple.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random productive models written as model folders and random closure scenarios, through {@code ripple run
 * --format csv}: every effect of a loss is a loss (so Type II >= Type I >= direct in size), no sector loses more
 * output directly than it produces, and writing the model's sectors in another order gives the same results by
 * sector code.
 */
class RandomModelsCliPropertiesTest {
  private static final int TRIES = 100;

  @TempDir
  Path dir;

  static LongStream seeds() {
    return LongStream.rangeClosed(1, TRIES).map(i -> i * 0x9E3779B97F4A7C15L + 3);
  }

  /** A random productive model: column sums of A in [0.2, 0.7], income shares and c/H small enough for Type II. */
  record Table(int n, double[] z, double[] x, double[] jobs, double[] income, double[] va, double[] hc) {
    static Table random(SplittableRandom rnd) {
      int n = 2 + rnd.nextInt(7);
      // A first (column sums in [0.2, 0.7]), then final demand f, then x = L f by fixed-point iteration, so that the
      // table balances by rows too (sum_j Z_ij + f_i = x_i) and the validator has no warning to give
      double[] a = new double[n * n];
      double[] targets = new double[n];
      for (int j = 0; j < n; j++) {
        double[] col = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
          col[i] = rnd.nextDouble() < 0.3 ? 0 : rnd.nextDouble();
          sum += col[i];
        }
        targets[j] = 0.2 + 0.5 * rnd.nextDouble();
        for (int i = 0; i < n; i++) {
          a[i * n + j] = sum == 0 ? 0 : col[i] / sum * targets[j];
        }
      }
      double[] f = new double[n];
      for (int i = 0; i < n; i++) {
        f[i] = 1e6 * (1 + 99 * rnd.nextDouble());
      }
      double[] x = f.clone();
      for (int it = 0; it < 200; it++) { // x = f + A x; the column sums are at most 0.7, so 0.7^200 is nothing
        double[] next = f.clone();
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < n; j++) {
            next[i] += a[i * n + j] * x[j];
          }
        }
        x = next;
      }
      double[] z = new double[n * n];
      double[] jobs = new double[n];
      double[] income = new double[n];
      double[] va = new double[n];
      double h = 0;
      for (int j = 0; j < n; j++) {
        double target = targets[j];
        for (int i = 0; i < n; i++) {
          z[i * n + j] = a[i * n + j] * x[j];
        }
        jobs[j] = Math.rint(x[j] * (1 + 9 * rnd.nextDouble()) / 1e5) + 1;
        income[j] = x[j] * (0.05 + 0.2 * rnd.nextDouble());
        va[j] = x[j] * (1 - target) * (0.5 + 0.5 * rnd.nextDouble());
        h += income[j];
      }
      double[] hc = new double[n];
      double share = 0.1 + 0.75 * rnd.nextDouble();
      double total = 0;
      for (int i = 0; i < n; i++) {
        hc[i] = rnd.nextDouble();
        total += hc[i];
      }
      for (int i = 0; i < n; i++) {
        hc[i] = hc[i] / total * share * h;
      }
      return new Table(n, z, x, jobs, income, va, hc);
    }

    /** Writes the model folder with its sectors in the given order. */
    Path write(Path folder, int[] order) throws IOException {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve("model.yaml"), "name: r\ntitle: Random\nregion: Test\nyear: 2020\n"
          + "currency: EUR\nunit: EUR\nunit_factor: 1\n");
      StringBuilder sectors = new StringBuilder("code,name\n");
      StringBuilder tx = new StringBuilder("code");
      StringBuilder industry = new StringBuilder(
          "code,output,employment,labour_income,value_added,household_consumption\n");
      for (int j : order) {
        sectors.append("S").append(j).append(",Sector ").append(j).append('\n');
        tx.append(",S").append(j);
      }
      tx.append('\n');
      for (int i : order) {
        tx.append('S').append(i);
        for (int j : order) {
          tx.append(',').append(z[i * n + j]);
        }
        tx.append('\n');
        industry.append('S').append(i).append(',').append(x[i]).append(',').append(jobs[i]).append(',')
            .append(income[i]).append(',').append(va[i]).append(',').append(hc[i]).append('\n');
      }
      Files.writeString(folder.resolve("sectors.csv"), sectors);
      Files.writeString(folder.resolve("transactions.csv"), tx);
      Files.writeString(folder.resolve("industry.csv"), industry);
      return folder;
    }
  }

  /** CSV rows {@code scope,kind,name,code,effect,jobs,labour_income,value_added,output} by "scope/code/effect". */
  private static Map<String, double[]> rows(String csv) {
    Map<String, double[]> rows = new HashMap<>();
    String[] lines = csv.split("\n");
    for (int k = 1; k < lines.length; k++) {
      String[] f = lines[k].split(",", -1);
      if (f[0].equals("warning")) {
        continue; // a sector losing more jobs in total than it employs: a note, no figures
      }
      double[] v = new double[4];
      for (int m = 0; m < 4; m++) {
        v[m] = Double.parseDouble(f[5 + m]);
      }
      rows.put(f[0] + "/" + f[2] + "/" + f[3] + "/" + f[4], v);
    }
    return rows;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void lossesGrowThroughTheTypesStayWithinOutputAndIgnoreSectorOrder(long seed) throws IOException {
    SplittableRandom rnd = new SplittableRandom(seed);
    Table t = Table.random(rnd);
    int n = t.n();
    int[] identity = new int[n];
    int[] shuffled = new int[n];
    for (int i = 0; i < n; i++) {
      identity[i] = i;
      shuffled[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int k = rnd.nextInt(i + 1);
      int tmp = shuffled[i];
      shuffled[i] = shuffled[k];
      shuffled[k] = tmp;
    }
    Path a = t.write(dir.resolve("a"), identity);
    Path b = t.write(dir.resolve("b"), shuffled);
    StringBuilder scenario = new StringBuilder("name: random\nclosures:\n");
    List<Integer> used = new ArrayList<>();
    int closures = 1 + rnd.nextInt(3);
    for (int c = 0; c < closures; c++) {
      int j = rnd.nextInt(n);
      if (used.contains(j)) {
        continue;
      }
      used.add(j);
      scenario.append("  - name: c").append(c).append("\n    sector: S").append(j).append('\n');
      if (rnd.nextBoolean()) {
        scenario.append("    jobs: ").append(Math.max(1, Math.floor(t.jobs()[j] * rnd.nextDouble()))).append('\n');
      } else {
        scenario.append("    annual_output: ").append(t.x()[j] * rnd.nextDouble()).append('\n');
      }
    }
    Path file = Files.writeString(dir.resolve("s.yaml"), scenario);
    Cli.Result ra = Cli.run("run", file.toString(), "--model", a.toString(), "--format", "csv");
    Cli.Result rb = Cli.run("run", file.toString(), "--model", b.toString(), "--format", "csv");
    assertThat(ra.exit()).as(ra.err()).isZero();
    assertThat(rb.exit()).as(rb.err()).isZero();
    assertThat(ra.err()).as("no warnings for a clean model").isEmpty();
    Map<String, double[]> byA = rows(ra.out());
    Map<String, double[]> byB = rows(rb.out());
    assertThat(byB.keySet()).isEqualTo(byA.keySet());
    for (Map.Entry<String, double[]> e : byA.entrySet()) {
      double[] va = e.getValue();
      double[] vb = byB.get(e.getKey());
      for (int m = 0; m < 4; m++) {
        assertThat(vb[m]).as("%s measure %d after permuting sectors", e.getKey(), m)
            .isCloseTo(va[m], org.assertj.core.api.Assertions.within(1e-9 * Math.max(1, Math.abs(va[m]))));
      }
      if (e.getKey().startsWith("sector/") || e.getKey().startsWith("summary/")) {
        for (int m = 0; m < 4; m++) {
          assertThat(va[m]).as("%s measure %d is a loss", e.getKey(), m).isLessThanOrEqualTo(1e-6);
        }
      }
    }
    for (int j = 0; j < n; j++) {
      double[] direct = byA.get("sector/Sector " + j + "/S" + j + "/direct");
      assertThat(direct).as("sector row S%d", j).isNotNull();
      assertThat(-direct[3]).as("direct output loss of S%d", j).isLessThanOrEqualTo(t.x()[j] * (1 + 1e-9));
    }
  }
}
