package org.ripple.core.uncertainty;

/**
 * Figures a draw gives beyond its {@link Headline} cells, computed from (seed, draw) alone so that they are the same
 * bits on any thread (the fiscal account of the draw's result, {@code core.fiscal.FiscalDraws}). Called from several
 * threads at once: an implementation keeps no state between calls.
 */
public interface DrawCells {
  /** How many figures each draw gives (the same for every draw). */
  int count();

  /** The figures of draw {@code draw}; NaN where one is not available. */
  double[] cells(long seed, long draw);
}
