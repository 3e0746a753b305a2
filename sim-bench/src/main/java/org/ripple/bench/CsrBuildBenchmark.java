package org.ripple.bench;

import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;
import org.ripple.core.linalg.CsrCollector;
import org.ripple.core.linalg.CsrMatrix;

/**
 * Building the CSR matrix of a model's flows as {@code transactions-long.csv} hands them over, 20 per row on n rows:
 * in row order through {@link CsrCollector} (the direct path), shuffled through it (the fallback), and the triplets
 * through {@link CsrMatrix#fromTriplets} (what the reader did before). Parsing the file is not included.
 */
@Warmup(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx3g"})
public class CsrBuildBenchmark extends LargeModelSizes {
  @Param({"200000"})
  int n;

  int[] rows;
  int[] cols;
  double[] values;
  int[] shuffledRows;
  int[] shuffledCols;
  double[] shuffledValues;

  @Setup
  public void setUp() {
    int perRow = 20;
    int count = n * perRow;
    rows = new int[count];
    cols = new int[count];
    values = new double[count];
    SplittableRandom rnd = new SplittableRandom(11);
    int k = 0;
    for (int i = 0; i < n; i++) {
      int j = rnd.nextInt(n / perRow);
      for (int c = 0; c < perRow; c++) {
        rows[k] = i;
        cols[k] = j;
        values[k] = rnd.nextDouble();
        k++;
        j += 1 + rnd.nextInt(2 * (n / perRow) - 1) / 2;
        j = Math.min(j, n - perRow + c + 1);
      }
    }
    shuffledRows = rows.clone();
    shuffledCols = cols.clone();
    shuffledValues = values.clone();
    for (int a = count - 1; a > 0; a--) {
      int b = rnd.nextInt(a + 1);
      swap(shuffledRows, a, b);
      swap(shuffledCols, a, b);
      double t = shuffledValues[a];
      shuffledValues[a] = shuffledValues[b];
      shuffledValues[b] = t;
    }
  }

  private static void swap(int[] x, int a, int b) {
    int t = x[a];
    x[a] = x[b];
    x[b] = t;
  }

  private CsrMatrix collect(int[] r, int[] c, double[] v) {
    CsrCollector collector = new CsrCollector(n, n, 1024);
    for (int k = 0; k < r.length; k++) {
      if (collector.full()) {
        collector.grow(collector.size() + (collector.size() >> 1));
      }
      collector.add(r[k], c[k], v[k]);
    }
    return collector.toCsr();
  }

  @Benchmark
  public CsrMatrix collectorInRowOrder() {
    return collect(rows, cols, values);
  }

  @Benchmark
  public CsrMatrix collectorShuffled() {
    return collect(shuffledRows, shuffledCols, shuffledValues);
  }

  @Benchmark
  public CsrMatrix fromTripletsInRowOrder() {
    return CsrMatrix.fromTriplets(n, n, rows, cols, values, rows.length);
  }
}
