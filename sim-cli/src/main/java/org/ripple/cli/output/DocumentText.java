package org.ripple.cli.output;

import java.util.List;
import org.ripple.cli.output.html.HtmlReport;
import org.ripple.cli.output.tables.Column;
import org.ripple.cli.output.tables.Table;

/**
 * The terminal writer of a {@link Document}: the preamble (unless quiet), then each section in order: a table in its
 * {@link TextLayout} (tables without one are left out), notes as a heading and dashed lines (unless quiet). A figure
 * not available is n/a.
 */
final class DocumentText {
  private static final int GAP = 2;

  private DocumentText() {}

  static String write(Document d, TableStyle style) {
    StringBuilder out = new StringBuilder();
    if (!style.quiet()) {
      for (String line : d.preamble()) {
        out.append(line).append('\n');
      }
    }
    for (Document.Section s : d.sections()) {
      if (s instanceof Document.TableSection t && t.layout() != null) {
        if (t.layout().titled()) {
          Table table = t.table();
          out.append('\n').append(table.title().isEmpty() ? table.name() : table.title()).append('\n');
        }
        if (t.layout().generic()) {
          generic(out, t.table(), style);
        } else {
          laidOut(out, t.table(), t.layout());
        }
      } else if (s instanceof Document.NotesSection n && !n.lines().isEmpty() && !style.quiet()) {
        out.append('\n').append(n.heading()).append('\n');
        for (String line : n.lines()) {
          out.append("  - ").append(line.replace('\n', ' ').replace('\r', ' ').trim()).append('\n');
        }
      }
    }
    return out.toString();
  }

  /** Every column under its header, as wide as its widest cell; text left-aligned, numbers right-aligned. */
  private static void generic(StringBuilder out, Table t, TableStyle style) {
    List<Column> cols = t.columns();
    String[][] cells = new String[t.rowCount()][cols.size()];
    int[] w = new int[cols.size()];
    for (int c = 0; c < cols.size(); c++) {
      w[c] = cols.get(c).header().length();
      for (int r = 0; r < t.rowCount(); r++) {
        cells[r][c] = text(cols.get(c), t.cell(r, c));
        w[c] = Math.max(w[c], cells[r][c].length());
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
        String cell = pad(cols.get(c), cells[r][c], w[c]);
        out.append(c == 0 ? "" : " ".repeat(GAP))
            .append(cols.get(c).kind() == Column.Kind.TEXT ? cell : style.loss(cell));
      }
      out.append('\n');
    }
  }

  private static String text(Column col, Object v) {
    if (col.kind() == Column.Kind.TEXT) {
      return v == null ? "" : v.toString();
    }
    return v == null ? "n/a" : HtmlReport.number(col.kind(), (Double) v);
  }

  private static String pad(Column col, String s, int w) {
    return col.kind() == Column.Kind.TEXT ? Fmt.right(s, w) : Fmt.left(s, w);
  }

  /** A label of text columns, then the chosen columns with headings, units and fixed decimals. */
  private static void laidOut(StringBuilder out, Table t, TextLayout l) {
    int nw = l.labelMin();
    for (int r = 0; r < t.rowCount(); r++) {
      nw = Math.max(nw, label(t, r, l).length());
    }
    nw = Math.min(nw, l.labelMax());
    MultipliersText.headings(out, l.labelHeading(), nw, l.headings(), l.width());
    out.append('\n');
    MultipliersText.headings(out, "", nw, l.units(), l.width());
    out.append('\n');
    for (int r = 0; r < t.rowCount(); r++) {
      String label = label(t, r, l);
      out.append(Fmt.right(label.length() > nw ? label.substring(0, nw - 1) + "~" : label, nw));
      for (int k = 0; k < l.shown().length; k++) {
        Object v = t.cell(r, l.shown()[k]);
        out.append(Fmt.left(v == null ? "n/a" : Fmt.fixed((Double) v, l.decimals()[k]), l.width()));
      }
      out.append('\n');
    }
  }

  private static String label(Table t, int r, TextLayout l) {
    StringBuilder sb = new StringBuilder();
    for (int c : l.labelColumns()) {
      Object v = t.cell(r, c);
      sb.append(sb.length() == 0 ? "" : " ").append(v == null ? "" : v.toString());
    }
    return sb.toString();
  }
}
