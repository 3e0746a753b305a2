package org.ripple.cli.output;

import java.util.List;
import org.ripple.cli.output.html.HtmlReport;
import org.ripple.cli.output.tables.Column;
import org.ripple.cli.output.tables.Table;

/**
 * The terminal writer of a {@link Document}: the preamble (unless quiet), then each section in order: a table in its
 * {@link TextLayout} (tables without one are left out), notes (unless quiet) as a heading and dashed lines, or as
 * plain lines after a blank line, the sections of an embedded part the other formats show. A figure not available is
 * n/a. Written line by line to an {@link Appendable}, never built as one string.
 */
final class DocumentText {
  private static final int GAP = 2;

  private DocumentText() {}

  static String write(Document d, TableStyle style) {
    StringBuilder out = new StringBuilder();
    try {
      write(d, style, out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // a StringBuilder does not throw
    }
    return out.toString();
  }

  static void write(Document d, TableStyle style, Appendable out) throws java.io.IOException {
    if (!style.quiet()) {
      for (String line : d.preamble()) {
        out.append(line).append('\n');
      }
    }
    sections(d, style, out);
  }

  private static void sections(Document d, TableStyle style, Appendable out) throws java.io.IOException {
    for (Document.Section s : d.sections()) {
      if (s instanceof Document.Embedded e && e.others()) {
        sections(e.document(), style, out);
      } else if (s instanceof Document.TableSection t && t.layout() != null) {
        TextLayout layout = t.layout();
        if (layout.generic()) {
          Table table = t.table();
          out.append('\n').append(table.title().isEmpty() ? table.name() : table.title()).append('\n');
          generic(out, table, style);
        } else {
          if (layout.heading() != null) {
            out.append(layout.gap() ? "\n" : "").append(layout.heading()).append('\n');
          }
          laidOut(out, t.table(), layout, style);
          for (String line : layout.footer()) {
            out.append(line).append('\n');
          }
        }
      } else if (s instanceof Document.NotesSection n && !n.lines().isEmpty() && !style.quiet()) {
        out.append('\n');
        if (n.bullets()) {
          out.append(n.heading()).append('\n');
        }
        for (String line : n.lines()) {
          out.append(n.bullets() ? "  - " : "").append(line.replace('\n', ' ').replace('\r', ' ').trim())
              .append('\n');
        }
      }
    }
  }

  /** Every column under its header, as wide as its widest cell; text left-aligned, numbers right-aligned. */
  private static void generic(Appendable out, Table t, TableStyle style) throws java.io.IOException {
    List<Column> cols = t.columns();
    int[] w = new int[cols.size()];
    for (int c = 0; c < cols.size(); c++) {
      w[c] = cols.get(c).header().length();
      for (int r = 0; r < t.rowCount(); r++) {
        w[c] = Math.max(w[c], text(cols.get(c), t.cell(r, c)).length());
      }
    }
    out.append(" ".repeat(GAP));
    for (int c = 0; c < cols.size(); c++) {
      out.append(c == 0 ? "" : " ".repeat(GAP)).append(pad(cols.get(c), cols.get(c).header(), w[c]));
    }
    out.append('\n');
    for (int r = 0; r < t.rowCount(); r++) {
      out.append(" ".repeat(GAP));
      for (int c = 0; c < cols.size(); c++) {
        String cell = pad(cols.get(c), text(cols.get(c), t.cell(r, c)), w[c]);
        out.append(c == 0 ? "" : " ".repeat(GAP))
            .append(cols.get(c).kind() == Column.Kind.TEXT ? cell : style.loss(cell));
      }
      out.append('\n');
    }
  }

  private static String text(Column col, Object v) {
    if (col.kind() == Column.Kind.TEXT) {
      return Table.text(v);
    }
    return v == null ? "n/a" : HtmlReport.number(col.kind(), (Double) v);
  }

  private static String pad(Column col, String s, int w) {
    return col.kind() == Column.Kind.TEXT ? Fmt.right(s, w) : Fmt.left(s, w);
  }

  /** The heading row, the units row (when a column has a unit), then the rows. */
  private static void laidOut(Appendable out, Table t, TextLayout l, TableStyle style) throws java.io.IOException {
    TextLayout.Label label = l.label();
    int nw = 0;
    List<String> labels = new java.util.ArrayList<>();
    if (label != null) {
      int widest = 0;
      for (int r = 0; r < t.rowCount(); r++) {
        labels.add(label(t, r, label));
        widest = Math.max(widest, labels.get(r).length());
      }
      nw = Math.min(Math.max(label.min(), widest + label.extra()), label.max());
      labels = Names.shortened(labels, nw);
    }
    headingRow(out, l, label == null ? null : label.heading(), nw, false);
    boolean units = false;
    for (TextLayout.Col c : l.columns()) {
      units |= !c.unit().isEmpty();
    }
    if (units) {
      headingRow(out, l, label == null ? null : "", nw, true);
    }
    for (int r = 0; r < t.rowCount(); r++) {
      out.append(l.indent());
      if (label != null) {
        out.append(Fmt.right(labels.get(r), nw));
      }
      for (TextLayout.Col c : l.columns()) {
        column(out, c, cell(t, r, c, l), style);
      }
      out.append('\n');
    }
    if ((l.totalEvery() > 0 || !l.sums().isEmpty()) && !style.quiet() && !addsUp(t, l)) {
      out.append(Rounding.FOOTNOTE).append('\n');
    }
  }

  /**
   * Whether, in every block of rows, every further sum and every shown number column, the shown rows add up to the
   * shown total.
   */
  private static boolean addsUp(Table t, TextLayout l) {
    int k = l.totalEvery();
    for (TextLayout.Col c : l.columns()) {
      if (c.shown() == TextLayout.Shown.TEXT || c.shown() == TextLayout.Shown.TEXT_LEFT
          || c.shown() == TextLayout.Shown.FLAG) {
        continue;
      }
      for (int end = k - 1; k > 0 && end < t.rowCount(); end += k) {
        List<String> parts = new java.util.ArrayList<>();
        for (int r = end - k + 1; r < end; r++) {
          parts.add(cell(t, r, c, l));
        }
        if (!Rounding.addsUp(parts, cell(t, end, c, l))) {
          return false;
        }
      }
      for (int[] sum : l.sums()) {
        if (sum[sum.length - 1] >= t.rowCount()) {
          continue;
        }
        List<String> parts = new java.util.ArrayList<>();
        for (int r = 0; r < sum.length - 1; r++) {
          parts.add(cell(t, sum[r], c, l));
        }
        if (!Rounding.addsUp(parts, cell(t, sum[sum.length - 1], c, l))) {
          return false;
        }
      }
    }
    return true;
  }

  /** The headings, or the units (without trailing blanks: a column may have none), after the label's heading. */
  private static void headingRow(Appendable out, TextLayout l, String first, int nw, boolean units)
      throws java.io.IOException {
    StringBuilder line = new StringBuilder(l.indent());
    if (first != null) {
      line.append(Fmt.right(first, nw));
    }
    for (TextLayout.Col c : l.columns()) {
      column(line, c, units ? c.unit() : c.heading(), TableStyle.PLAIN);
    }
    out.append(units ? line.toString().stripTrailing() : line).append('\n');
  }

  /**
   * A cell right-aligned in its column's width (left-aligned for {@link TextLayout.Shown#TEXT_LEFT}; a loss coloured
   * in a styled column), or, in a column of width 0, its text (if any) after the separator.
   */
  private static void column(Appendable out, TextLayout.Col c, String text, TableStyle style)
      throws java.io.IOException {
    if (c.width() > 0) {
      String padded = c.shown() == TextLayout.Shown.TEXT_LEFT ? Fmt.right(text, c.width())
          : Fmt.left(text, c.width());
      out.append(c.before()).append(c.lossColour() ? style.loss(padded) : padded);
    } else if (!text.isEmpty()) {
      out.append(c.before()).append(text);
    }
  }

  private static String cell(Table t, int r, TextLayout.Col c, TextLayout l) {
    Object v = t.cell(r, c.column());
    if (v == null) {
      return "n/a";
    }
    return switch (c.shown()) {
      case TEXT, TEXT_LEFT -> Table.text(v);
      case FLAG -> "true".equals(v) ? c.yes() : "";
      case FIXED -> Fmt.fixed((Double) v, c.decimals());
      case GROUPED -> Fmt.grouped((Double) v, c.decimals());
      case MILLIONS -> Fmt.grouped((Double) v / 1e6, c.decimals());
      case PERCENT -> Fmt.fixed(100 * (Double) v, c.decimals());
      case PERCENT_SIGN -> Fmt.fixed(100 * (Double) v, c.decimals()) + "%";
      case POINTS_SPACED -> Fmt.fixed((Double) v, c.decimals()) + " %";
      case FIGURE -> Figures.table(Figures.measure((String) t.cell(r, l.measureColumn())), (Double) v);
    };
  }

  private static String label(Table t, int r, TextLayout.Label l) {
    StringBuilder sb = new StringBuilder();
    for (int c : l.columns()) {
      sb.append(sb.length() == 0 ? "" : " ").append(Table.text(t.cell(r, c)));
    }
    return sb.toString();
  }
}
