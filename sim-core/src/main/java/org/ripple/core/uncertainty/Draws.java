package org.ripple.core.uncertainty;

import org.ripple.core.Effect;
import org.ripple.core.Measure;

/**
 * The headline cells of every draw ({@code cells[cell][draw]}, cells as in {@link Headline}), the figures each draw
 * gave beyond them ({@link DrawCells}: {@code extra[cell][draw]}, none when the run asked for none), and their
 * summaries.
 */
public final class Draws {
  private final long seed;
  private final double[][] cells;
  private final double[][] extra;

  /** Takes ownership of {@code cells[cell][draw]}; no extra figures. */
  public Draws(long seed, double[][] cells) {
    this(seed, cells, new double[0][]);
  }

  /** Takes ownership of {@code cells[cell][draw]} and {@code extra[cell][draw]}. */
  public Draws(long seed, double[][] cells, double[][] extra) {
    if (cells.length != Headline.CELLS) {
      throw new IllegalArgumentException("expected " + Headline.CELLS + " cells, got " + cells.length);
    }
    for (double[] e : extra) {
      if (e.length != cells[0].length) {
        throw new IllegalArgumentException("every extra figure needs one value per draw");
      }
    }
    this.seed = seed;
    this.cells = cells;
    this.extra = extra;
  }

  /** How many extra figures each draw gave. */
  public int extraCount() {
    return extra.length;
  }

  /** A copy of one extra figure over all draws, in draw order. */
  public double[] extra(int cell) {
    return extra[cell].clone();
  }

  /** The summaries of every extra figure. */
  public Summary[] extraSummaries() {
    return summaries(extra);
  }

  /** The summaries of figures {@code cells[cell][draw]}, one per figure. */
  public static Summary[] summaries(double[][] cells) {
    Summary[] out = new Summary[cells.length];
    for (int k = 0; k < out.length; k++) {
      out[k] = Summary.of(cells[k]);
    }
    return out;
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
    return summaries(cells);
  }
}
