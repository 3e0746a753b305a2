package org.ripple.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.ripple.core.uncertainty.DrawPlan;
import org.ripple.core.uncertainty.Draws;
import org.ripple.core.uncertainty.Headline;
import org.ripple.core.uncertainty.MonteCarlo;
import org.ripple.core.uncertainty.Summary;

/**
 * Runs draws {@code 0 .. N-1} of a {@link DrawPlan} on Spark. Partition p of P computes the contiguous range
 * {@code [N p / P, N (p + 1) / P)}; draw i depends on (seed, i) only.
 *
 * <ul>
 *   <li>{@link #summaries}: each partition sorts its cells (one column per headline cell); the columns are merged
 *       pairwise ({@code reduce}: merging sorted columns is associative and commutative), and the driver summarises
 *       the merged columns with {@link Summary#ofSorted}, exactly as the local runner does. The driver holds
 *       N x 48 doubles at the end (10^6 draws: 384 MB).
 *   <li>{@link #draws}: the per-draw cells in draw order, for checks and exports.
 * </ul>
 */
public final class SparkMonteCarlo {
  private SparkMonteCarlo() {}

  /** Cells of the draws of one partition: {@code cells[cell][i]} for draw {@code from + i}, sorted or not. */
  record Block(int from, double[][] cells) implements Serializable {
    private static final long serialVersionUID = 1L;

    int count() {
      return cells[0].length;
    }
  }

  private static JavaRDD<Block> blocks(JavaSparkContext sc, DrawPlan plan, int draws, long seed, int partitions,
      boolean sorted) {
    if (draws < 1) {
      throw new IllegalArgumentException("draws must be at least 1, was " + draws);
    }
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1, was " + partitions);
    }
    Broadcast<DrawPlan> shared = sc.broadcast(plan);
    List<Integer> ids = new ArrayList<>();
    for (int p = 0; p < partitions; p++) {
      ids.add(p);
    }
    return sc.parallelize(ids, partitions).mapPartitions(it -> compute(it, shared, draws, seed, partitions, sorted));
  }

  private static Iterator<Block> compute(Iterator<Integer> partitionIds, Broadcast<DrawPlan> shared, int draws,
      long seed, int partitions, boolean sorted) {
    List<Block> out = new ArrayList<>();
    DrawPlan plan = shared.value();
    while (partitionIds.hasNext()) {
      int p = partitionIds.next();
      int from = (int) ((long) draws * p / partitions);
      int to = (int) ((long) draws * (p + 1) / partitions);
      double[][] cells = new double[Headline.CELLS][to - from];
      for (int i = from; i < to; i++) {
        double[] c = plan.draw(seed, i);
        for (int k = 0; k < c.length; k++) {
          cells[k][i - from] = c[k];
        }
      }
      if (sorted) {
        for (double[] column : cells) {
          Arrays.sort(column);
        }
      }
      out.add(new Block(from, cells));
    }
    return out.iterator();
  }

  /** The per-draw cells of draws 0 .. draws-1, in draw order: bit for bit {@link MonteCarlo#run}'s. */
  public static Draws draws(JavaSparkContext sc, DrawPlan plan, int draws, long seed, int partitions) {
    double[][] cells = new double[Headline.CELLS][draws];
    for (Block b : blocks(sc, plan, draws, seed, partitions, false).collect()) {
      for (int k = 0; k < Headline.CELLS; k++) {
        System.arraycopy(b.cells()[k], 0, cells[k], b.from(), b.count());
      }
    }
    return new Draws(seed, cells);
  }

  /** The summaries of every headline cell, reduced exactly: bit for bit {@code MonteCarlo.run(...).summaries()}. */
  public static Summary[] summaries(JavaSparkContext sc, DrawPlan plan, int draws, long seed, int partitions) {
    Block all = blocks(sc, plan, draws, seed, partitions, true).reduce(SparkMonteCarlo::merge);
    Summary[] out = new Summary[Headline.CELLS];
    for (int k = 0; k < out.length; k++) {
      out[k] = Summary.ofSorted(all.cells()[k]);
    }
    return out;
  }

  /** Merges two blocks of sorted columns (the order of {@link Arrays#sort(double[])}, i.e. Double.compare). */
  static Block merge(Block a, Block b) {
    double[][] cells = new double[Headline.CELLS][];
    for (int k = 0; k < cells.length; k++) {
      double[] x = a.cells()[k];
      double[] y = b.cells()[k];
      double[] m = new double[x.length + y.length];
      int i = 0;
      int j = 0;
      int o = 0;
      while (i < x.length && j < y.length) {
        m[o++] = Double.compare(x[i], y[j]) <= 0 ? x[i++] : y[j++];
      }
      while (i < x.length) {
        m[o++] = x[i++];
      }
      while (j < y.length) {
        m[o++] = y[j++];
      }
      cells[k] = m;
    }
    return new Block(Math.min(a.from(), b.from()), cells);
  }
}
