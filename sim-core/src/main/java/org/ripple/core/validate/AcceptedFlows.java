package org.ripple.core.validate;

import java.util.Arrays;
import java.util.Objects;

/**
 * Negative flows a model's author has accepted, each with a reason: official tables sometimes carry them (the BEA 2022
 * use table records a negative purchase of farm products by the federal government), and refusing every such cell
 * would make those tables unusable. A negative flow that is not accepted is an error; an accepted one is a warning,
 * and then the validator checks that L has no negative entries, which non-negative flows would guarantee.
 *
 * <p>Cells are held as sorted {@code from * n + to} keys, so a lookup is a binary search, no boxing.
 */
public final class AcceptedFlows {
  private static final AcceptedFlows NONE = new AcceptedFlows(0, new long[0], new String[0]);

  private final int n;
  private final long[] keys;
  private final String[] reasons;

  private AcceptedFlows(int n, long[] keys, String[] reasons) {
    this.n = n;
    this.keys = keys;
    this.reasons = reasons;
  }

  /** Accepts nothing: every negative flow is an error. */
  public static AcceptedFlows none() {
    return NONE;
  }

  /** A builder for a model of {@code n} sectors. */
  public static Builder builder(int n) {
    return new Builder(n);
  }

  /** Whether the flow {@code from -> to} (sector positions) may be negative. */
  public boolean accepts(int from, int to) {
    return reason(from, to) != null;
  }

  /** The reason given for an accepted cell, or null when the cell is not accepted. */
  public String reason(int from, int to) {
    if (keys.length == 0) {
      return null;
    }
    int k = Arrays.binarySearch(keys, (long) from * n + to);
    return k < 0 ? null : reasons[k];
  }

  /** Whether these cells were collected for a model of {@code size} sectors (always, when nothing is accepted). */
  public boolean fits(int size) {
    return keys.length == 0 || size == n;
  }

  public int size() {
    return keys.length;
  }

  public boolean isEmpty() {
    return keys.length == 0;
  }

  /** Collects accepted cells; a cell given twice keeps its first reason. */
  public static final class Builder {
    private final int n;
    private long[] keys = new long[4];
    private String[] reasons = new String[4];
    private int size;

    private Builder(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("a model has at least one sector, was " + n);
      }
      this.n = n;
    }

    /** Accepts a negative flow {@code from -> to} (sector positions) for {@code reason}. */
    public Builder accept(int from, int to, String reason) {
      Objects.checkIndex(from, n);
      Objects.checkIndex(to, n);
      Objects.requireNonNull(reason, "reason");
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, 2 * size);
        reasons = Arrays.copyOf(reasons, 2 * size);
      }
      keys[size] = (long) from * n + to;
      reasons[size] = reason;
      size++;
      return this;
    }

    public AcceptedFlows build() {
      Integer[] order = new Integer[size];
      for (int k = 0; k < size; k++) {
        order[k] = k;
      }
      long[] k0 = keys;
      Arrays.sort(order, (a, b) -> a.equals(b) ? 0 : k0[a] != k0[b] ? Long.compare(k0[a], k0[b])
          : Integer.compare(a, b));
      long[] sortedKeys = new long[size];
      String[] sortedReasons = new String[size];
      int m = 0;
      for (int k = 0; k < size; k++) {
        long key = keys[order[k]];
        if (m > 0 && sortedKeys[m - 1] == key) {
          continue; // the first one given wins
        }
        sortedKeys[m] = key;
        sortedReasons[m] = reasons[order[k]];
        m++;
      }
      return new AcceptedFlows(n, Arrays.copyOf(sortedKeys, m), Arrays.copyOf(sortedReasons, m));
    }
  }
}
