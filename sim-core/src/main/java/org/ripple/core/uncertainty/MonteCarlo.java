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
    if (draws < 1 || draws > MAX_DRAWS) {
      throw new IllegalArgumentException("draws must be in [1, " + MAX_DRAWS + "], was " + draws);
    }
    int t = Math.max(1, Math.min(threads, draws));
    double[][] cells = new double[Headline.CELLS][draws];
    int batch = Math.max(1, draws / 100);
    if (t == 1) {
      fill(plan, seed, 0, draws, cells, batch, done);
      return new Draws(seed, cells);
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
        chunks.add(pool.submit(() -> fill(plan, seed, from, to, cells, batch, done)));
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
    return new Draws(seed, cells);
  }

  /** Computes draws [from, to) into {@code cells[cell][draw]}. */
  public static void fill(DrawPlan plan, long seed, int from, int to, double[][] cells) {
    fill(plan, seed, from, to, cells, Integer.MAX_VALUE, n -> { });
  }

  private static void fill(DrawPlan plan, long seed, int from, int to, double[][] cells, int batch,
      IntConsumer done) {
    int pending = 0;
    for (int i = from; i < to; i++) {
      double[] c = plan.draw(seed, i);
      for (int k = 0; k < c.length; k++) {
        cells[k][i] = c[k];
      }
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
