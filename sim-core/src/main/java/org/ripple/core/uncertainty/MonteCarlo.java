package org.ripple.core.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Runs draws {@code 0 .. N-1} of a {@link DrawPlan} on this machine, on any number of threads. Draw i is computed
 * from (seed, i) alone and stored at position i, so the results are the same bits whatever the number of threads.
 * When draws fail, the failure of the lowest draw index is thrown, whatever the threads.
 */
public final class MonteCarlo {
  /** At most this many draws on one machine (the per-draw cells are kept for exact percentiles). */
  public static final int MAX_DRAWS = 1_000_000;

  private MonteCarlo() {}

  /** The per-draw headline cells of draws 0 .. draws-1. */
  public static Draws run(DrawPlan plan, int draws, long seed, int threads) {
    return run(plan, draws, seed, threads, n -> { });
  }

  /**
   * As {@link #run(DrawPlan, int, long, int)}, reporting progress: {@code done} is called, from any worker thread,
   * with the number of draws just finished (in batches of about 1 % of the draws). It only observes; the results do
   * not depend on it.
   */
  public static Draws run(DrawPlan plan, int draws, long seed, int threads, IntConsumer done) {
    return run(plan, null, draws, seed, threads, done);
  }

  /**
   * As {@link #run(DrawPlan, int, long, int, IntConsumer)}, each draw also giving {@code extra}'s figures (null:
   * none), kept per draw beside the headline cells ({@link Draws#extra}).
   */
  public static Draws run(DrawPlan plan, DrawCells extra, int draws, long seed, int threads, IntConsumer done) {
    int count = extra == null ? 0 : extra.count();
    double[][][] both = compute(draws, threads, done, new int[] {Headline.CELLS, count}, (i, out) -> {
      copy(plan.draw(seed, i), out[0], i);
      if (extra != null) {
        copy(extra.cells(seed, i), out[1], i);
      }
    });
    return new Draws(seed, both[0], both[1]);
  }

  /**
   * Only {@code extra}'s figures of draws 0 .. draws-1, {@code cells[cell][draw]}, on {@code threads} threads: the
   * same bits as {@link Draws#extra} of {@link #run(DrawPlan, DrawCells, int, long, int, IntConsumer)}.
   */
  public static double[][] cells(DrawCells extra, int draws, long seed, int threads) {
    return compute(draws, threads, n -> { }, new int[] {extra.count()},
        (i, out) -> copy(extra.cells(seed, i), out[0], i))[0];
  }

  /** What one draw writes: its figures, at position {@code draw} of each of the groups {@code out[group][cell]}. */
  private interface Step {
    void draw(int draw, double[][][] out);
  }

  private static void copy(double[] c, double[][] cells, int draw) {
    if (c.length != cells.length) {
      throw new IllegalStateException("a draw gave " + c.length + " figures, expected " + cells.length);
    }
    for (int k = 0; k < c.length; k++) {
      cells[k][draw] = c[k];
    }
  }

  private static double[][][] compute(int draws, int threads, IntConsumer done, int[] counts, Step step) {
    if (draws < 1 || draws > MAX_DRAWS) {
      throw new IllegalArgumentException("draws must be in [1, " + MAX_DRAWS + "], was " + draws);
    }
    int t = Math.max(1, Math.min(threads, draws));
    double[][][] out = new double[counts.length][][];
    for (int g = 0; g < counts.length; g++) {
      out[g] = new double[counts[g]][draws];
    }
    int batch = Math.max(1, draws / 100);
    if (t == 1) {
      fill(step, 0, draws, out, batch, done);
      return out;
    }
    ExecutorService pool = Executors.newFixedThreadPool(t, r -> {
      Thread thread = new Thread(r, "ripple-monte-carlo");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<?>> chunks = new ArrayList<>();
      for (int c = 0; c < t; c++) {
        int from = (int) ((long) draws * c / t);
        int to = (int) ((long) draws * (c + 1) / t);
        chunks.add(pool.submit(() -> fill(step, from, to, out, batch, done)));
      }
      for (Future<?> f : chunks) {
        try {
          f.get(); // in chunk order: the first failure met is the one of the lowest draw index
        } catch (ExecutionException e) {
          if (e.getCause() instanceof RuntimeException re) {
            throw re;
          }
          throw new IllegalStateException(e.getCause());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
    return out;
  }

  /** Computes draws [from, to) into {@code cells[cell][draw]}. */
  public static void fill(DrawPlan plan, long seed, int from, int to, double[][] cells) {
    fill((i, out) -> copy(plan.draw(seed, i), out[0], i), from, to, new double[][][] {cells}, Integer.MAX_VALUE,
        n -> { });
  }

  private static void fill(Step step, int from, int to, double[][][] out, int batch, IntConsumer done) {
    int pending = 0;
    for (int i = from; i < to; i++) {
      step.draw(i, out);
      if (++pending == batch) {
        done.accept(pending);
        pending = 0;
      }
    }
    if (pending > 0) {
      done.accept(pending);
    }
  }
}
