package org.ripple.cli.output;

import java.io.IOException;
import java.io.Writer;
import org.ripple.cli.io.Csv;
import org.ripple.cli.io.Numbers;
import org.ripple.cli.output.tables.Column;
import org.ripple.cli.output.tables.Table;

/**
 * Writes a format-neutral {@link Table} as CSV, so that the CSV and the workbook sheet of a report come from one
 * table: a header of the columns' machine keys, then one line per row; text as CSV text (quoted when needed, never
 * a formula), numbers exact (shortest round-trip text), a figure not available an empty cell. Every column must have
 * a key.
 *
 * <p>The lines are laid out in a buffer of characters, numbers formatted straight into it
 * ({@link Numbers#shortest(double, char[], int)}), and the buffer handed to {@code out} when full: a table's rows,
 * also those a {@link Table.RowSource} makes from primitive arrays as they are written, are never held as text or as
 * boxed numbers. A table of more than a few thousand rows is laid out in blocks of rows on two threads, this one
 * and a worker of the common pool, whichever is free taking the next block, and written in order by this thread
 * ({@link OrderedBlocks}): the same characters.
 */
final class TableCsv {
  private static final int BUFFER = 1 << 16;

  private TableCsv() {}

  /** Writes the table to {@code out}, a buffer's worth at a time, so that a large table is never one string. */
  static void write(Table t, Appendable out) throws IOException {
    Lines lines = new Lines(out, BUFFER);
    for (int c = 0; c < t.columns().size(); c++) {
      Column col = t.columns().get(c);
      if (col.key().isEmpty()) {
        throw new IllegalStateException("column '" + col.header() + "' of table " + t.name() + " has no key");
      }
      if (c > 0) {
        lines.append(',');
      }
      lines.append(col.key());
    }
    lines.append('\n');
    int blocks = (t.rowCount() + BLOCK_ROWS - 1) / BLOCK_ROWS;
    if (blocks < 4 || Runtime.getRuntime().availableProcessors() < 2) {
      lines(t, 0, t.rowCount(), lines);
      lines.flush();
      return;
    }
    lines.flush();
    // a large table: blocks of rows laid out by this thread and a worker of the common pool, whichever is free
    // taking the next, and written in order by this thread
    OrderedBlocks.run(blocks, WINDOW, b -> block(t, b), block -> block.to(out));
  }

  /** Rows in a block of a large table, laid out at once. */
  static final int BLOCK_ROWS = 4096;

  /** Blocks laid out at most ahead of the one being written. */
  private static final int WINDOW = 4;

  private static void lines(Table t, int from, int to, Lines lines) throws IOException {
    int columns = t.columns().size();
    for (int r = from; r < to; r++) {
      t.cells(r, 0, columns, lines);
      lines.append('\n');
    }
  }

  /** Block {@code b}'s lines, in a buffer that grows to hold them all. */
  private static Lines block(Table t, int b) throws IOException {
    Lines lines = new Lines(null, 8 * BUFFER);
    lines(t, b * BLOCK_ROWS, Math.min(t.rowCount(), (b + 1) * BLOCK_ROWS), lines);
    return lines;
  }

  /** The buffer the lines are laid out in; as {@link Table.Cells}, it writes a row's cells with their commas. */
  private static final class Lines implements Table.Cells {
    /** Where a full buffer goes; null for a block's buffer, which grows instead. */
    private final Appendable out;
    private char[] buf;
    private int size;

    Lines(Appendable out, int capacity) {
      this.out = out;
      this.buf = new char[capacity];
    }

    @Override
    public void text(int c, Object cell) throws IOException {
      if (c > 0) {
        append(',');
      }
      if (cell != null) {
        append(Csv.text(Table.text(cell)));
      }
    }

    @Override
    public void number(int c, double v) throws IOException {
      if (buf.length - size < Numbers.SHORTEST_MAX_CHARS + 1) {
        flush();
      }
      if (c > 0) {
        buf[size++] = ',';
      }
      if (!Double.isNaN(v)) {
        size = Numbers.shortest(v, buf, size);
      }
    }

    void append(char ch) throws IOException {
      if (size == buf.length) {
        flush();
      }
      buf[size++] = ch;
    }

    void append(String s) throws IOException {
      int off = 0;
      int len = s.length();
      while (len > 0) {
        if (size == buf.length) {
          flush();
        }
        int k = Math.min(len, buf.length - size);
        s.getChars(off, off + k, buf, size);
        size += k;
        off += k;
        len -= k;
      }
    }

    /** Hands the buffer to the output, or, for a block's buffer, makes it twice as large. */
    void flush() throws IOException {
      if (out == null) {
        buf = java.util.Arrays.copyOf(buf, buf.length * 2);
      } else {
        to(out);
        size = 0;
      }
    }

    /** Writes what the buffer holds to {@code out}. */
    void to(Appendable out) throws IOException {
      if (out instanceof Writer w) {
        w.write(buf, 0, size);
      } else if (out instanceof StringBuilder sb) {
        sb.append(buf, 0, size);
      } else {
        out.append(java.nio.CharBuffer.wrap(buf, 0, size));
      }
    }
  }
}
