package org.ripple.core.explain;

import java.util.Arrays;

/**
 * The frontier of a path search: partial-path indices ordered by their bound, largest first (a binary max-heap on
 * primitive arrays; equal bounds come out in the order pushed).
 */
final class BoundHeap {
  private int[] index = new int[1024];
  private double[] bound = new double[1024];
  private int size;

  boolean isEmpty() {
    return size == 0;
  }

  double maxBound() {
    return bound[0];
  }

  void push(int e, double b) {
    if (size == index.length) {
      int grown = (int) Math.min((long) size * 2, Integer.MAX_VALUE - 8);
      index = Arrays.copyOf(index, grown);
      bound = Arrays.copyOf(bound, grown);
    }
    int k = size++;
    while (k > 0 && above(b, e, (k - 1) / 2)) {
      int up = (k - 1) / 2;
      index[k] = index[up];
      bound[k] = bound[up];
      k = up;
    }
    index[k] = e;
    bound[k] = b;
  }

  /** Removes and returns the index with the largest bound. */
  int pop() {
    int top = index[0];
    size--;
    if (size > 0) {
      int e = index[size];
      double b = bound[size];
      int k = 0;
      while (2 * k + 1 < size) {
        int c = 2 * k + 1;
        if (c + 1 < size && above(bound[c + 1], index[c + 1], c)) {
          c++;
        }
        if (!above(bound[c], index[c], b, e)) {
          break;
        }
        index[k] = index[c];
        bound[k] = bound[c];
        k = c;
      }
      index[k] = e;
      bound[k] = b;
    }
    return top;
  }

  /** Whether (b, e) comes out before slot k: a larger bound, or as large and pushed earlier. */
  private boolean above(double b, int e, int k) {
    return above(b, e, bound[k], index[k]);
  }

  private static boolean above(double b1, int e1, double b2, int e2) {
    return b1 > b2 || (b1 == b2 && e1 < e2);
  }
}
