package org.ripple.cli.io;

import java.io.Closeable;
import java.util.List;

/**
 * A CSV file read one row at a time ({@link StrictCsv#stream}), for files too large to hold as a {@link CsvTable}
 * ({@code transactions-long.csv}). The rules and messages are {@link StrictCsv}'s: the header is the first record and
 * may not repeat a name, every row has the header's width, and empty lines at the end of the file are ignored (an
 * empty line followed by a row is an error, found when that row arrives). The difference: a problem is reported when
 * the reading gets to it, so with several problems in one file the first in the file is reported.
 *
 * <p>The current row's fields are valid until the next {@link #next}. {@link #row} turns it into a
 * {@link CsvTable.Row} for the messages of {@link #table}; {@link #chars}, {@link #start} and {@link #end} read an
 * unquoted field in place, without a String per cell.
 */
public final class CsvStream implements AutoCloseable {
  private final String file;
  private final CsvParser parser;
  private final Closeable input;
  private final int exitCode;
  private final CsvTable table;
  private final int width;
  /** Empty lines read but not yet handed out: they count only if a row follows them. */
  private int pendingEmpty;
  private int pendingLine;
  /** The parser holds a non-empty record that comes after the pending empty lines. */
  private boolean held;
  /** The current row is one of the pending empty lines (line {@link #emptyLine}), not the parser's record. */
  private boolean empty;
  private int emptyLine;

  CsvStream(String file, CsvParser parser, Closeable input, int exitCode) {
    this.file = file;
    this.parser = parser;
    this.input = input;
    this.exitCode = exitCode;
    if (!advance()) {
      throw StrictCsv.empty(file, exitCode);
    }
    CsvTable.Row header = row();
    StrictCsv.checkHeader(file, header, exitCode);
    this.table = new CsvTable(file, exitCode, header, List.of());
    this.width = header.size();
  }

  /** The header, without rows: for {@link CsvTable#error} and {@link CsvTable#number} about the rows of this stream. */
  public CsvTable table() {
    return table;
  }

  /** Moves to the next row (checked to have the header's width); false at the end of the file. */
  public boolean next() {
    if (!advance()) {
      return false;
    }
    if (size() != width) {
      throw StrictCsv.widthError(file, row(), width, exitCode);
    }
    return true;
  }

  /** The next record, empty lines held back until a non-empty record shows they are not at the end. */
  private boolean advance() {
    if (held && pendingEmpty > 0) {
      empty = true;
      emptyLine = pendingLine++;
      pendingEmpty--;
      return true;
    }
    empty = false;
    if (held) {
      held = false;
      return true;
    }
    while (parser.next()) {
      if (!parser.isEmptyLine()) {
        held = true;
        return advance();
      }
      if (pendingEmpty++ == 0) {
        pendingLine = parser.line(); // consecutive empty lines are consecutive lines
      }
    }
    return false; // trailing empty lines are ignored
  }

  /** The line the current row starts on. */
  public int line() {
    return empty ? emptyLine : parser.line();
  }

  public int size() {
    return empty ? 1 : parser.size();
  }

  public String field(int i) {
    return empty ? "" : parser.field(i);
  }

  /** Whether field {@code i} can be read in place: {@code chars()[start(i) .. end(i))}. */
  public boolean inPlace(int i) {
    return !empty && !parser.isQuoted(i);
  }

  public char[] chars() {
    return parser.chars();
  }

  public int start(int i) {
    return parser.start(i);
  }

  public int end(int i) {
    return parser.end(i);
  }

  /** The current row as a {@link CsvTable.Row}, for messages. */
  public CsvTable.Row row() {
    return empty ? CsvTable.Row.of(emptyLine, new String[] {""}, new int[] {1}, false) : parser.row();
  }

  @Override
  public void close() {
    try {
      input.close();
    } catch (java.io.IOException e) {
      // reading is over
    }
  }
}
