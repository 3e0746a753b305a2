package org.ripple.core.explain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Best-first search for the largest structural paths of a final-demand change {@code d} in a {@link PathGraph}.
 *
 * <p>A partial path ending at node s whose output change is {@code p} ({@code d[s_0]} times the coefficients along
 * it) has the value {@code c[s] p}, and no path it can still lead to, itself included, is larger in absolute value
 * than {@code |p| u[s]}, with {@code u} the node's multiplier of absolute values ({@link PathGraph#bound}; the total
 * multiplier itself in a model without negative flows or coefficients). The search always extends the partial path
 * with the largest bound; it stops when that bound is below the N-th largest value found (no unexplored path can
 * enter the list), and never queues an extension whose bound is below it. Bounds are compared after widening by
 * {@link #SLACK}, which covers the rounding of a solved multiplier (an iterative solve stops at 1e-10 relative), so
 * a rounding error never prunes a path that belongs in the list.
 *
 * <p>Paths may revisit a node (a sector buying from itself, or a loop through households) and have at most
 * {@code depth} edges. Ties are broken by the order paths were found, so the same inputs give the same list.
 */
public final class PathSearch {
  /** The most partial paths one search keeps (about 1 GiB); beyond it the list is reported as incomplete. */
  static final int MAX_PARTIAL_PATHS = 40_000_000;
  /** Relative widening of every bound before it is compared. */
  static final double SLACK = 1e-6;

  private final PathGraph graph;
  private final int top;
  private final int depth;
  private final int limit;
  // partial paths, by index: node, parent index (-1 for a shocked sector), output change, number of edges
  private int[] node = new int[1024];
  private int[] parent = new int[1024];
  private double[] amount = new double[1024];
  private int[] edges = new int[1024];
  private int count;
  private final BoundHeap frontier = new BoundHeap();
  private final TopValues best;
  private long expanded;

  private PathSearch(PathGraph graph, int top, int depth, int limit) {
    this.graph = graph;
    this.top = top;
    this.depth = depth;
    this.limit = limit;
    this.best = new TopValues(top);
  }

  /**
   * The {@code top} largest paths of at most {@code depth} edges of the final-demand change {@code direct} (one
   * entry per sector of the graph, or per node: the sectors then the households, whose entries are income changes;
   * zero entries start no path).
   */
  public static PathReport top(PathGraph graph, double[] direct, int top, int depth) {
    return top(graph, direct, top, depth, MAX_PARTIAL_PATHS);
  }

  static PathReport top(PathGraph graph, double[] direct, int top, int depth, int limit) {
    if (direct.length != graph.sectors() && direct.length != graph.nodes()) {
      throw new IllegalArgumentException("the change has " + direct.length + " entries, the model has "
          + graph.sectors() + " sectors and the network " + graph.nodes() + " nodes");
    }
    if (top < 1 || depth < 0) {
      throw new IllegalArgumentException("top must be at least 1 and depth at least 0: " + top + ", " + depth);
    }
    return new PathSearch(graph, top, depth, limit).run(direct);
  }

  private PathReport run(double[] direct) {
    double total = 0;
    for (int s = 0; s < direct.length; s++) {
      if (direct[s] != 0.0) {
        total += direct[s] * graph.multiplier(s);
        add(s, -1, direct[s], 0);
      }
    }
    boolean complete = true;
    while (!frontier.isEmpty()) {
      if (best.full() && frontier.maxBound() * (1 + SLACK) < best.threshold()) {
        break;
      }
      int e = frontier.pop();
      expanded++;
      int s = node[e];
      double p = amount[e];
      double value = graph.coefficient(s) * p;
      if (value != 0.0) {
        best.offer(e, value);
      }
      if (edges[e] == depth) {
        continue;
      }
      for (int k = graph.firstEdge(s), end = graph.endEdge(s); k < end; k++) {
        int to = graph.target(k);
        double q = p * graph.weight(k);
        if (best.full() && Math.abs(q) * graph.bound(to) * (1 + SLACK) < best.threshold()) {
          continue;
        }
        if (count == limit) {
          complete = false;
          break;
        }
        add(to, e, q, edges[e] + 1);
      }
      if (!complete) {
        break;
      }
    }
    List<StructuralPath> paths = new ArrayList<>();
    for (int e : best.ranked()) {
      paths.add(new StructuralPath(nodesOf(e), graph.coefficient(node[e]) * amount[e]));
    }
    return new PathReport(paths, total, expanded, complete);
  }

  private void add(int s, int from, double p, int length) {
    if (count == node.length) {
      int size = (int) Math.min((long) count * 2, Integer.MAX_VALUE - 8);
      node = Arrays.copyOf(node, size);
      parent = Arrays.copyOf(parent, size);
      amount = Arrays.copyOf(amount, size);
      edges = Arrays.copyOf(edges, size);
    }
    node[count] = s;
    parent[count] = from;
    amount[count] = p;
    edges[count] = length;
    frontier.push(count, Math.abs(p) * graph.bound(s));
    count++;
  }

  private int[] nodesOf(int e) {
    int[] path = new int[edges[e] + 1];
    for (int k = path.length - 1, at = e; k >= 0; k--, at = parent[at]) {
      path[k] = node[at];
    }
    return path;
  }

  /** The N largest values found by absolute value: a min-heap on |value| of partial-path indices. */
  private static final class TopValues {
    private final int capacity;
    private final int[] index;
    private final double[] magnitude;
    private int size;

    TopValues(int capacity) {
      this.capacity = capacity;
      this.index = new int[capacity];
      this.magnitude = new double[capacity];
    }

    boolean full() {
      return size == capacity;
    }

    /** The smallest |value| kept (meaningful when full). */
    double threshold() {
      return magnitude[0];
    }

    void offer(int e, double value) {
      double v = Math.abs(value);
      int k;
      if (size < capacity) {
        k = size++;
        while (k > 0 && below(v, e, magnitude[(k - 1) / 2], index[(k - 1) / 2])) {
          move((k - 1) / 2, k);
          k = (k - 1) / 2;
        }
      } else if (below(magnitude[0], index[0], v, e)) {
        k = 0;
        while (2 * k + 1 < size) {
          int c = 2 * k + 1;
          if (c + 1 < size && below(magnitude[c + 1], index[c + 1], magnitude[c], index[c])) {
            c++;
          }
          if (!below(magnitude[c], index[c], v, e)) {
            break;
          }
          move(c, k);
          k = c;
        }
      } else {
        return;
      }
      index[k] = e;
      magnitude[k] = v;
    }

    /** Whether (v1, e1) ranks below (v2, e2): smaller, or as large and found later. */
    private static boolean below(double v1, int e1, double v2, int e2) {
      return v1 < v2 || (v1 == v2 && e1 > e2);
    }

    private void move(int from, int to) {
      index[to] = index[from];
      magnitude[to] = magnitude[from];
    }

    /** The kept indices, largest |value| first, ties in the order found. */
    int[] ranked() {
      Integer[] order = new Integer[size];
      for (int k = 0; k < size; k++) {
        order[k] = k;
      }
      Arrays.sort(order, (x, y) -> magnitude[x] != magnitude[y] ? Double.compare(magnitude[y], magnitude[x])
          : Integer.compare(index[x], index[y]));
      int[] out = new int[size];
      for (int k = 0; k < size; k++) {
        out[k] = index[order[k]];
      }
      return out;
    }
  }
}
