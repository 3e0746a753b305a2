package org.ripple.core.uncertainty;

import org.ripple.core.Effect;
import org.ripple.core.Measure;

/** The headline cells of every draw ({@code cells[cell][draw]}, cells as in {@link Headline}) and their summaries. */
public final class Draws {
  private final long seed;
  private final double[][] cells;

  /** Takes ownership of {@code cells[cell][draw]}. */
  public Draws(long seed, double[][] cells) {
    if (cells.length != Headline.CELLS) {
      throw new IllegalArgumentException("expected " + Headline.CELLS + " cells, got " + cells.length);
    }
    this.seed = seed;
    this.cells = cells;
  }

  public long seed() {
    return seed;
  }

  public int count() {
    return cells[0].length;
  }

  /** One cell of one draw. */
  public double value(int cell, int draw) {
    return cells[cell][draw];
  }

  public double value(Headline.Block block, Effect effect, Measure measure, int draw) {
    return cells[Headline.index(block, effect, measure)][draw];
  }

  /** A copy of one cell over all draws, in draw order. */
  public double[] cell(int cell) {
    return cells[cell].clone();
  }

  /** The summaries of every cell. */
  public Summary[] summaries() {
    Summary[] out = new Summary[Headline.CELLS];
    for (int k = 0; k < out.length; k++) {
      out[k] = Summary.of(cells[k]);
    }
    return out;
  }
}
