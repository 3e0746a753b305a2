package org.ripple.cli.output;

import java.io.IOException;
import org.ripple.cli.io.EscapedUtf8Writer;
import org.ripple.cli.io.TerminalText;

/**
 * A report whose content is built once and written in each text format: the terminal table, CSV and JSON. A report
 * built as a {@link Document} is a {@link DocumentReport}, written by the one writer of each format; the run report
 * still has its own ({@link RunReport}).
 */
public interface Report {
  /** The terminal table, for people: rounded, grouped, with units. */
  String table();

  /** CSV, one header row: numbers exact (shortest round-trip text), a figure not available is an empty cell. */
  String csv();

  /** A JSON document ending with a line break: numbers exact, a figure not available is null. */
  String json();

  /**
   * Writes the report in a text format to {@code out}, each streamed (never built as one string) where the report
   * can: the one place that picks the writer of a format. Xlsx is binary and is written by
   * {@link org.ripple.cli.output.xlsx.XlsxWriter}.
   */
  default void write(OutputFormat format, java.io.Writer out) throws IOException {
    switch (format) {
      case TABLE -> out.append(table());
      case CSV -> csv(out);
      case JSON -> json(out);
      case XLSX -> throw new IllegalArgumentException("xlsx is binary; see org.ripple.cli.output.xlsx.XlsxWriter");
    }
  }

  /**
   * Writes the report in a text format to a file's stream: UTF-8, every character {@link TerminalText} marks unsafe
   * escaped (as {@link TerminalText#escaping} would), the bytes a MiB at a time. A report that can lay a format out
   * as bytes itself does so (a document's CSV, {@link DocumentReport}); the others write their text through
   * {@link EscapedUtf8Writer}, which escapes and encodes in one pass.
   */
  default void write(OutputFormat format, java.io.OutputStream out) throws IOException {
    java.io.Writer w = new EscapedUtf8Writer(out);
    write(format, w);
    w.flush();
  }

  /** {@link #write} into one string, for a caller that needs the whole text. */
  default String text(OutputFormat format) {
    java.io.StringWriter out = new java.io.StringWriter();
    try {
      write(format, out);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /** The JSON document written to {@code out}; a report with large tables streams it. */
  default void json(java.io.Writer out) throws IOException {
    out.append(json());
  }

  /** The CSV written to {@code out}; a report with large tables writes it row by row. */
  default void csv(Appendable out) throws IOException {
    out.append(csv());
  }
}
