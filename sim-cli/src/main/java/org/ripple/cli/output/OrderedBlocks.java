package org.ripple.cli.output;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ForkJoinPool;

/**
 * Lays out the blocks of a large output on two threads and hands them on in order: this thread and a worker of the
 * common pool each take the next block no one has taken yet, and this thread also writes every finished block in
 * turn, before laying out another. Whichever thread is free takes the next block, so the writing (the encoding and
 * the file's system calls) no longer rides on the layout of half the blocks while the worker waits. At most
 * {@code window} blocks are laid out ahead of the writing, so the memory held is a few blocks, whatever the size.
 *
 * <p>A block's content depends on its index only, so the output is the same characters whichever thread laid out
 * which block. The first failure of either thread stops both and is thrown here as it was raised.
 *
 * @param <T> a laid-out block
 */
final class OrderedBlocks<T> {
  /** Lays out block {@code b}. */
  @FunctionalInterface
  interface Layout<T> {
    T block(int b) throws IOException;
  }

  /** Writes a laid-out block; called on the calling thread, in block order. */
  @FunctionalInterface
  interface Sink<T> {
    void write(T block) throws IOException;
  }

  private final int blocks;
  private final int window;
  private final Layout<T> layout;
  private final Object lock = new Object();
  private final Object[] done; // finished blocks not yet written, by index (guarded by lock)
  private int next; // the next block to take (guarded by lock)
  private int written; // blocks written so far (guarded by lock)
  private boolean stopped; // the caller has returned or failed (guarded by lock)
  private Throwable failed; // the worker's failure (guarded by lock)

  private OrderedBlocks(int blocks, int window, Layout<T> layout) {
    this.blocks = blocks;
    this.window = window;
    this.layout = layout;
    this.done = new Object[blocks];
  }

  /** Lays out blocks 0 to {@code blocks - 1} on this thread and a worker, and writes them to {@code sink} in order. */
  static <T> void run(int blocks, int window, Layout<T> layout, Sink<T> sink) throws IOException {
    if (window < 1) {
      throw new IllegalArgumentException("window must be at least 1, was " + window);
    }
    new OrderedBlocks<>(blocks, window, layout).run(sink);
  }

  private void run(Sink<T> sink) throws IOException {
    ForkJoinPool.commonPool().execute(this::work);
    try {
      while (true) {
        T ready = null;
        int take;
        synchronized (lock) {
          while (true) {
            rethrow();
            if (written == blocks) {
              return;
            }
            if (done[written] != null) {
              @SuppressWarnings("unchecked")
              T block = (T) done[written];
              ready = block;
              done[written++] = null;
              take = -1;
              lock.notifyAll(); // the window moved on
              break;
            }
            take = take();
            if (take >= 0) {
              break;
            }
            wait(lock);
          }
        }
        if (ready != null) {
          sink.write(ready);
        } else {
          finish(take, layout.block(take));
        }
      }
    } finally {
      synchronized (lock) {
        stopped = true;
        lock.notifyAll();
      }
    }
  }

  /** The worker: takes blocks while there are any within the window, until the caller stops or a block fails. */
  private void work() {
    try {
      while (true) {
        int take;
        synchronized (lock) {
          while (true) {
            if (stopped || failed != null || next >= blocks) {
              return;
            }
            take = take();
            if (take >= 0) {
              break;
            }
            lock.wait();
          }
        }
        finish(take, layout.block(take));
      }
    } catch (Throwable e) { // handed to the caller, which throws it
      synchronized (lock) {
        if (failed == null) {
          failed = e;
        }
        lock.notifyAll();
      }
    }
  }

  /** The next block to lay out, or -1 when none is left or the window is full (guarded by lock). */
  private int take() {
    return next < blocks && next - written < window ? next++ : -1;
  }

  private void finish(int b, T block) {
    synchronized (lock) {
      done[b] = block;
      lock.notifyAll();
    }
  }

  /** Throws the worker's failure, if any, as it was raised (guarded by lock). */
  private void rethrow() throws IOException {
    if (failed instanceof IOException e) {
      throw e;
    }
    if (failed instanceof RuntimeException e) {
      throw e;
    }
    if (failed instanceof Error e) {
      throw e;
    }
    if (failed != null) {
      throw new IllegalStateException(failed);
    }
  }

  private static void wait(Object lock) throws InterruptedIOException {
    try {
      lock.wait();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing a table");
    }
  }
}
