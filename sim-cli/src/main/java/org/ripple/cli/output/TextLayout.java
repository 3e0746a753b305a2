package org.ripple.cli.output;

/**
 * How the terminal shows a table, for the tables whose long-standing layout the generic one does not give: a label
 * made of some text columns (joined by a space, padded to at least {@code labelMin} and cut with a tilde at
 * {@code labelMax}), then chosen columns with their own headings, a line of units, fixed decimals, each right-aligned
 * in {@code width}; {@code titled} says whether the table's title is printed above it.
 *
 * <p>{@link #DEFAULT} is the generic layout: the title, then every column under its header, each as wide as its
 * widest cell, text left-aligned, numbers right-aligned and rounded as the HTML page rounds them.
 */
public record TextLayout(boolean titled, int[] labelColumns, String labelHeading, int labelMin, int labelMax,
    int[] shown, String[] headings, String[] units, int[] decimals, int width) {
  /** The generic titled table. */
  public static final TextLayout DEFAULT = new TextLayout(true, new int[0], "", 0, 0, null, null, null, null, 0);

  boolean generic() {
    return shown == null;
  }
}
