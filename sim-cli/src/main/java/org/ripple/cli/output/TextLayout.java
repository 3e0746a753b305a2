package org.ripple.cli.output;

import java.util.List;
import java.util.Objects;

/**
 * How the terminal shows a table, for the tables whose long-standing layout the generic one does not give: an
 * optional heading line above it, then a heading row, a row of units (when a column has one), and one line a row:
 * after {@code indent}, a label made of some text columns (see {@link Label}), then the chosen columns, each
 * right-aligned in its width (a column of width 0 is written as it is, after its separator). A figure not available is
 * n/a.
 *
 * <p>{@link #DEFAULT} is the generic layout: the title, then every column under its header, each as wide as its
 * widest cell, text left-aligned, numbers right-aligned and rounded as the HTML page rounds them.
 *
 * @param heading the line above the table (after a blank line when {@code gap}), or null for none; it may hold line
 *     breaks (a heading over a group of tables, then the first table's own)
 * @param gap whether a blank line comes before the heading
 * @param indent what every line of the table starts with
 * @param label the row label, or null for none
 * @param columns the columns shown after the label; null for the generic layout
 * @param measureColumn for {@link Shown#FIGURE}, the text column holding each row's measure key, or -1
 * @param totalEvery 0, or k when each block of k rows ends with the total of the block's other rows: where the
 *     rounded rows shown do not add up to the rounded total shown, a footnote says so (unless quiet)
 * @param sums further rows that are totals of other rows, each as the parts' row indices followed by the total's
 *     (rows past the table's end are ignored), checked the same way
 * @param footer lines written under the table (after the footnote, if any), quiet or not: what its rows mean
 */
public record TextLayout(String heading, boolean gap, String indent, Label label, List<Col> columns,
    int measureColumn, int totalEvery, List<int[]> sums, List<String> footer) {
  /** The generic titled table. */
  public static final TextLayout DEFAULT = new TextLayout(null, "", null, null, -1, 0);

  public TextLayout {
    indent = indent == null ? "" : indent;
    columns = columns == null ? null : List.copyOf(columns);
    sums = sums == null ? List.of() : sums.stream().map(int[]::clone).toList();
    footer = footer == null ? List.of() : List.copyOf(footer);
  }

  /** A layout with a blank line before its heading and no footer. */
  public TextLayout(String heading, String indent, Label label, List<Col> columns, int measureColumn,
      int totalEvery, List<int[]> sums) {
    this(heading, true, indent, label, columns, measureColumn, totalEvery, sums, List.of());
  }

  /** A layout without further sums. */
  public TextLayout(String heading, String indent, Label label, List<Col> columns, int measureColumn,
      int totalEvery) {
    this(heading, indent, label, columns, measureColumn, totalEvery, List.of());
  }

  /** A layout of {@code columns} after {@code label}, without a heading line. */
  public TextLayout(String indent, Label label, List<Col> columns) {
    this(null, indent, label, columns, -1, 0);
  }

  /** The same layout with a heading line above the table. */
  public TextLayout headed(String line) {
    return new TextLayout(line, gap, indent, label, columns, measureColumn, totalEvery, sums, footer);
  }

  /** The same layout whose heading follows the line before it, without a blank line between. */
  public TextLayout attached() {
    return new TextLayout(heading, false, indent, label, columns, measureColumn, totalEvery, sums, footer);
  }

  /** The same layout with {@code lines} under the table. */
  public TextLayout footer(List<String> lines) {
    return new TextLayout(heading, gap, indent, label, columns, measureColumn, totalEvery, sums, lines);
  }

  /** The same layout whose {@link Shown#FIGURE} cells take their measure from text column {@code column}. */
  public TextLayout measuresIn(int column) {
    return new TextLayout(heading, gap, indent, label, columns, column, totalEvery, sums, footer);
  }

  /** The same layout whose blocks of {@code rows} rows each end with their total. */
  public TextLayout totals(int rows) {
    return new TextLayout(heading, gap, indent, label, columns, measureColumn, rows, sums, footer);
  }

  /** The same layout where rows {@code partsAndTotal} (the parts' indices, then the total's) add up. */
  public TextLayout sum(int... partsAndTotal) {
    List<int[]> more = new java.util.ArrayList<>(sums);
    more.add(partsAndTotal);
    return new TextLayout(heading, gap, indent, label, columns, measureColumn, totalEvery, more, footer);
  }

  boolean generic() {
    return columns == null;
  }

  /**
   * A row label: the text of some columns joined by a space, padded to the widest label plus {@code extra}, at
   * least {@code min} and at most {@code max} characters; a longer label is shortened by {@link Names} (never two
   * different labels to the same text).
   *
   * @param heading the label column's heading
   */
  public record Label(int[] columns, String heading, int min, int max, int extra) {
    public Label {
      columns = columns.clone();
      Objects.requireNonNull(heading, "heading");
    }
  }

  /** How a column's cells read. */
  public enum Shown {
    /** The text as it is. */
    TEXT,
    /** Fixed decimals. */
    FIXED,
    /** Text left-aligned in its width (a column of labels after the row label). */
    TEXT_LEFT,
    /** Grouped with commas, fixed decimals. */
    GROUPED,
    /** Millions, grouped, fixed decimals. */
    MILLIONS,
    /** Percent (times 100), fixed decimals, no sign. */
    PERCENT,
    /** Percent with a sign right after it, e.g. {@code 68.7%}. */
    PERCENT_SIGN,
    /** A figure already in percent, fixed decimals, with a spaced sign, e.g. {@code 21.0 %}. */
    POINTS_SPACED,
    /** A flag column ({@code "true"} or {@code "false"}): {@link Col#yes} when true, nothing when false. */
    FLAG,
    /** As {@link Figures#table} shows the row's measure: jobs whole, money in millions with one decimal. */
    FIGURE
  }

  /**
   * One shown column.
   *
   * @param column the table's column
   * @param heading its heading
   * @param unit its unit (the second heading row), or empty
   * @param shown how its cells read
   * @param decimals the decimals of a number
   * @param width the width it is right-aligned in; 0 to write the text as it is, after {@code before}
   * @param before what is written before the column
   * @param yes the text of a true flag
   * @param lossColour whether a loss (a cell with a minus sign) is coloured when the style has colour
   */
  public record Col(int column, String heading, String unit, Shown shown, int decimals, int width, String before,
      String yes, boolean lossColour) {
    public Col {
      Objects.requireNonNull(heading, "heading");
      Objects.requireNonNull(shown, "shown");
      unit = unit == null ? "" : unit;
      before = before == null ? "" : before;
      yes = yes == null ? "" : yes;
    }

    /** A column whose losses are never coloured. */
    public Col(int column, String heading, String unit, Shown shown, int decimals, int width, String before,
        String yes) {
      this(column, heading, unit, shown, decimals, width, before, yes, false);
    }

    /** A column right-aligned in {@code width}. */
    public static Col of(int column, String heading, Shown shown, int decimals, int width) {
      return new Col(column, heading, "", shown, decimals, width, "", "", false);
    }

    /** A text column written as it is after {@code before}, e.g. the last column of a table. */
    public static Col trailing(int column, String heading, String before) {
      return new Col(column, heading, "", Shown.TEXT, 0, 0, before, "", false);
    }

    /** The same column with a unit under its heading. */
    public Col unit(String text) {
      return new Col(column, heading, text, shown, decimals, width, before, yes, lossColour);
    }

    /** The same flag column showing {@code text} when true. */
    public Col yes(String text) {
      return new Col(column, heading, unit, shown, decimals, width, before, text, lossColour);
    }

    /** The same column with its losses coloured when the style has colour. */
    public Col colourLosses() {
      return new Col(column, heading, unit, shown, decimals, width, before, yes, true);
    }
  }
}
