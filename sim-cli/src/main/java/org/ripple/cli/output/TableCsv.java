package org.ripple.cli.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.ripple.cli.io.Csv;
import org.ripple.cli.io.Numbers;
import org.ripple.cli.io.TerminalText;
import org.ripple.cli.output.tables.Column;
import org.ripple.cli.output.tables.Table;

/**
 * Writes a format-neutral {@link Table} as CSV, so that the CSV and the workbook sheet of a report come from one
 * table: a header of the columns' machine keys, then one line per row; text as CSV text (quoted when needed, never
 * a formula), numbers exact (shortest round-trip text), a figure not available an empty cell. Every column must have
 * a key.
 *
 * <p>The lines are laid out as UTF-8 bytes in a buffer, each number's digits written once where they belong
 * ({@link Numbers#shortest(double, byte[], int)}), and the buffer handed on when full: a table's rows, also those a
 * {@link Table.RowSource} makes from primitive arrays as they are written, are never held as text or as boxed
 * numbers. A text cell is encoded once (CSV text, then for a file the escaping of {@link TerminalText}, then UTF-8)
 * and its bytes kept for the next rows that hand over the same cell (a sector's name and code, in its four rows). A
 * table of more than a few thousand rows is laid out in blocks of rows on two threads, this one and a worker of the
 * common pool, whichever is free taking the next block, and written in order by this thread ({@link OrderedBlocks}):
 * the same bytes.
 */
final class TableCsv {
  private static final int BUFFER = 1 << 16;

  private TableCsv() {}

  /**
   * Writes the table to a file's stream: UTF-8, every character {@link TerminalText} marks unsafe escaped, the bytes
   * {@link #write(Table, Appendable)}'s text gets through {@link TerminalText#escaping} and a UTF-8 encoder.
   */
  static void write(Table t, OutputStream out) throws IOException {
    write(t, new Target(out, null));
  }

  /** Writes the table's text to {@code out}, a buffer's worth at a time, so that a large table is never one string. */
  static void write(Table t, Appendable out) throws IOException {
    write(t, new Target(null, out));
  }

  private static void write(Table t, Target target) throws IOException {
    boolean escape = target.stream != null;
    Lines lines = new Lines(target, t.columns().size(), escape, BUFFER);
    for (int c = 0; c < t.columns().size(); c++) {
      Column col = t.columns().get(c);
      if (col.key().isEmpty()) {
        throw new IllegalStateException("column '" + col.header() + "' of table " + t.name() + " has no key");
      }
      if (c > 0) {
        lines.append(',');
      }
      lines.append(lines.encoded(col.key()));
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
    OrderedBlocks.run(blocks, WINDOW, b -> block(t, b, escape), block -> block.to(target));
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
  private static Lines block(Table t, int b, boolean escape) throws IOException {
    Lines lines = new Lines(null, t.columns().size(), escape, 8 * BUFFER);
    lines(t, b * BLOCK_ROWS, Math.min(t.rowCount(), (b + 1) * BLOCK_ROWS), lines);
    return lines;
  }

  /** Where the bytes go: a file's stream as they are, or a text's appendable decoded. */
  private record Target(OutputStream stream, Appendable text) {}

  /** The buffer the lines are laid out in; as {@link Table.Cells}, it writes a row's cells with their commas. */
  private static final class Lines implements Table.Cells {
    /** Cells whose bytes each column keeps, the last ones it met. */
    private static final int KEPT = 4;

    /** Where a full buffer goes; null for a block's buffer, which grows instead. */
    private final Target target;
    private final boolean escape;
    private final Object[] keptCells;
    private final byte[][] keptBytes;
    private final int[] nextKept;
    private byte[] buf;
    private int size;

    Lines(Target target, int columns, boolean escape, int capacity) {
      this.target = target;
      this.escape = escape;
      this.keptCells = new Object[columns * KEPT];
      this.keptBytes = new byte[columns * KEPT][];
      this.nextKept = new int[columns];
      this.buf = new byte[capacity];
    }

    @Override
    public void text(int c, Object cell) throws IOException {
      if (c > 0) {
        append(',');
      }
      if (cell != null) {
        append(bytes(c, cell));
      }
    }

    /** The cell's bytes: kept from an earlier row that handed over the same cell, or encoded and kept. */
    private byte[] bytes(int c, Object cell) {
      int at = c * KEPT;
      for (int k = at; k < at + KEPT; k++) {
        if (keptCells[k] == cell) {
          return keptBytes[k];
        }
      }
      byte[] bytes = encoded(Csv.text(Table.text(cell)));
      int slot = at + nextKept[c];
      nextKept[c] = (nextKept[c] + 1) % KEPT;
      keptCells[slot] = cell;
      keptBytes[slot] = bytes;
      return bytes;
    }

    /** Text as it goes out: for a file escaped ({@link TerminalText}), then UTF-8. */
    byte[] encoded(String text) {
      return (escape ? TerminalText.escape(text) : text).getBytes(StandardCharsets.UTF_8);
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

    void append(char ascii) throws IOException {
      if (size == buf.length) {
        flush();
      }
      buf[size++] = (byte) ascii;
    }

    /** A cell's bytes, never split between two hand-overs (a text's appendable decodes each whole). */
    void append(byte[] bytes) throws IOException {
      if (buf.length - size < bytes.length) {
        flush();
        if (buf.length - size < bytes.length) {
          buf = java.util.Arrays.copyOf(buf, size + bytes.length);
        }
      }
      System.arraycopy(bytes, 0, buf, size, bytes.length);
      size += bytes.length;
    }

    /** Hands the buffer to the output, or, for a block's buffer, makes it twice as large. */
    void flush() throws IOException {
      if (target == null) {
        buf = java.util.Arrays.copyOf(buf, buf.length * 2);
      } else {
        to(target);
        size = 0;
      }
    }

    /** Writes what the buffer holds to {@code target}: the bytes to a stream, their text to an appendable. */
    void to(Target target) throws IOException {
      if (target.stream != null) {
        target.stream.write(buf, 0, size);
      } else {
        target.text.append(new String(buf, 0, size, StandardCharsets.UTF_8));
      }
    }
  }
}
