package org.ripple.cli.output;

import java.io.IOException;

/**
 * A report whose content is built once and written in each text format: the terminal table, CSV and JSON. This is
 * the one place that picks the writer of a format; the xlsx workbook and the HTML page are written from the
 * format-neutral tables of {@link org.ripple.cli.output.tables} (a report's {@link Document}, where it has one).
 */
public interface Report {
  /** The terminal table, for people: rounded, grouped, with units. */
  String table();

  /** CSV, one header row: numbers exact (shortest round-trip text), a figure not available is an empty cell. */
  String csv();

  /** A JSON document ending with a line break: numbers exact, a figure not available is null. */
  String json();

  /**
   * Writes the report in a text format to {@code out}; CSV and JSON, the formats of large tables, are streamed
   * (never built as one string), the terminal table as {@link #render} gives it.
   */
  default void write(OutputFormat format, java.io.Writer out) throws IOException {
    if (format == OutputFormat.CSV) {
      csv(out);
    } else if (format == OutputFormat.JSON) {
      json(out);
    } else {
      out.append(render(format));
    }
  }

  /** The JSON document written to {@code out}; a report with large tables streams it. */
  default void json(java.io.Writer out) throws IOException {
    out.append(json());
  }

  /** The CSV written to {@code out}; a report with large tables writes it row by row. */
  default void csv(Appendable out) throws IOException {
    out.append(csv());
  }

  /** The report in a text format; xlsx is binary and is written by {@link org.ripple.cli.output.xlsx.XlsxWriter}. */
  default String render(OutputFormat format) {
    return switch (format) {
      case TABLE -> table();
      case CSV -> csv();
      case JSON -> json();
      case XLSX -> throw new IllegalArgumentException("xlsx is binary; see org.ripple.cli.output.xlsx.XlsxWriter");
    };
  }
}
