package org.ripple.core.validate;

import java.util.Locale;
import java.util.Optional;

/**
 * Refuses a dense model that cannot fit in the heap, before anything of size n x n is allocated (a model too large for memory is a one-line error, not an OutOfMemoryError).
 *
 * <p>The dense path keeps up to {@value #DENSE_COPIES} n x n (or (n+1) x (n+1)) arrays of doubles alive at its peak,
 * which is while {@link ModelValidator} builds the {@link org.ripple.core.impact.LeontiefSystem}: Z in the
 * {@link org.ripple.core.Model}; the validator's copy of Z, its A and its Abar; the system's copy of Z, A, I - A and
 * its LU factors, Abar, I - Abar and its LU factors (some of the system's working arrays are already garbage by then,
 * hence ten rather than twelve). A Java array also holds at most {@value #MAX_DENSE_SECTORS} x
 * {@value #MAX_DENSE_SECTORS} entries.
 */
public final class MemoryPreflight {
  /** n x n double arrays alive at once on the dense path. */
  public static final int DENSE_COPIES = 10;
  /** The largest n with (n + 1)^2 below the maximum Java array length. */
  public static final int MAX_DENSE_SECTORS = 46_339;

  private MemoryPreflight() {}

  /** Bytes the dense path needs for a model of n sectors (Type II adds one row and column). */
  public static long denseBytes(long n) {
    long m = n + 1;
    return m * m * Double.BYTES * DENSE_COPIES;
  }

  /**
   * Empty when a dense model of n sectors fits in {@code maxHeapBytes} (normally {@link Runtime#maxMemory()}); else
   * the reason, one line, with the fix.
   */
  public static Optional<String> refusal(long n, long maxHeapBytes) {
    long need = denseBytes(n);
    if (n > MAX_DENSE_SECTORS) {
      return Optional.of(String.format(Locale.ROOT,
          "%,d sectors: a dense model needs ~%s (%d copies of an n x n matrix), heap %s, and Java arrays stop at "
              + "%,d sectors; aggregate the model to fewer sectors", n, bytes(need), DENSE_COPIES, bytes(maxHeapBytes),
          MAX_DENSE_SECTORS));
    }
    if (need > maxHeapBytes) {
      return Optional.of(String.format(Locale.ROOT,
          "%,d sectors: a dense model needs ~%s (%d copies of an n x n matrix), heap %s; raise the heap "
              + "(java -Xmx) or aggregate the model to fewer sectors", n, bytes(need), DENSE_COPIES,
          bytes(maxHeapBytes)));
    }
    return Optional.empty();
  }

  /** {@link #refusal(long, long)} against this JVM's maximum heap. */
  public static Optional<String> refusal(long n) {
    return refusal(n, Runtime.getRuntime().maxMemory());
  }

  /** A size in binary units, rounded: {@code 80 GB}, {@code 4.0 GB}, {@code 512 MB}. */
  static String bytes(long b) {
    double gb = b / (double) (1L << 30);
    if (gb >= 10) {
      return String.format(Locale.ROOT, "%.0f GB", gb);
    }
    if (gb >= 1) {
      return String.format(Locale.ROOT, "%.1f GB", gb);
    }
    return String.format(Locale.ROOT, "%.0f MB", b / (double) (1L << 20));
  }
}
