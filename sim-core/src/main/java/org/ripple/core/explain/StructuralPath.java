package org.ripple.core.explain;

/**
 * One path of a final-demand change through the economy: the nodes in order (the shocked sector first, the node
 * where the effect lands last) and the measure's value there,
 * {@code c[s_k] x d[s_0] x a[s_1, s_0] x ... x a[s_k, s_{k-1}]} (signed: losses negative).
 */
public record StructuralPath(int[] nodes, double value) {
  public StructuralPath {
    nodes = nodes.clone();
  }

  @Override
  public int[] nodes() {
    return nodes.clone();
  }

  /** The number of edges: 0 for a direct effect. */
  public int depth() {
    return nodes.length - 1;
  }
}
