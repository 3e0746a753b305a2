package org.ripple.core.linalg;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Runs a few equal tasks (row blocks of a mat-vec, independent right-hand sides) on a small pool of daemon threads,
 * the caller running task 0. The pool has {@code availableProcessors - 1} threads (at most 7), created on first use.
 * A call made from inside a task (a factorisation inside a task, say) runs its tasks in order on that thread: the
 * pool's threads never wait for tasks queued behind them.
 */
final class Parallel {
  private Parallel() {}

  /** Threads worth using: the processors available to the JVM, at most 8. */
  static int processors() {
    return Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
  }

  private static final class Holder {
    static final ExecutorService POOL = Executors.newFixedThreadPool(Math.max(1, processors() - 1), r -> {
      Thread t = new Thread(r, "ripple-solver");
      t.setDaemon(true);
      return t;
    });
  }

  /** Set while the current thread runs a task of {@link #run}. */
  private static final ThreadLocal<Boolean> IN_TASK = ThreadLocal.withInitial(() -> Boolean.FALSE);

  /** Runs {@code body.accept(t)} for t in [0, tasks), the caller doing task 0; rethrows a task's failure. */
  static void run(int tasks, IntConsumer body) {
    if (tasks <= 1) {
      body.accept(0);
      return;
    }
    if (IN_TASK.get()) {
      for (int t = 0; t < tasks; t++) {
        body.accept(t);
      }
      return;
    }
    @SuppressWarnings("unchecked")
    Future<?>[] futures = new Future<?>[tasks];
    for (int t = 1; t < tasks; t++) {
      final int task = t;
      futures[t] = Holder.POOL.submit(() -> inTask(body, task));
    }
    RuntimeException failure = null;
    try {
      inTask(body, 0);
    } catch (RuntimeException e) {
      failure = e;
    }
    for (int t = 1; t < tasks; t++) {
      try {
        futures[t].get();
      } catch (ExecutionException e) {
        if (failure == null) {
          failure = e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while solving", e);
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  private static void inTask(IntConsumer body, int task) {
    IN_TASK.set(Boolean.TRUE);
    try {
      body.accept(task);
    } finally {
      IN_TASK.set(Boolean.FALSE);
    }
  }
}
