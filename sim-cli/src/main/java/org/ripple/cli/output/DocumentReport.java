package org.ripple.cli.output;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * A report built as a {@link Document}, written in the text formats by the one writer of each: the terminal table
 * ({@link DocumentText}, in {@code style}), CSV ({@link TableCsv}) and JSON ({@link DocumentJson}), each streamed to
 * its writer; the workbook and the HTML page are written from {@link #document()} by
 * {@link org.ripple.cli.output.xlsx.XlsxWriter} and {@link org.ripple.cli.output.html.DocumentPage}.
 */
public class DocumentReport implements Report {
  private final Document document;
  private final TableStyle style;

  public DocumentReport(Document document, TableStyle style) {
    this.document = Objects.requireNonNull(document, "document");
    this.style = Objects.requireNonNull(style, "style");
  }

  /** The format-neutral content every writer of this report walks. */
  public final Document document() {
    return document;
  }

  @Override
  public final String table() {
    return DocumentText.write(document, style);
  }

  @Override
  public final String csv() {
    return document.csv();
  }

  @Override
  public final String json() {
    return DocumentJson.write(document);
  }

  @Override
  public final void write(OutputFormat format, Writer out) throws IOException {
    if (format == OutputFormat.TABLE) {
      DocumentText.write(document, style, out);
    } else {
      Report.super.write(format, out);
    }
  }

  /** The CSV laid out as bytes straight for the file ({@link Document#csv(java.io.OutputStream)}). */
  @Override
  public final void write(OutputFormat format, java.io.OutputStream out) throws IOException {
    if (format == OutputFormat.CSV) {
      document.csv(out);
    } else {
      Report.super.write(format, out);
    }
  }

  @Override
  public final void csv(Appendable out) throws IOException {
    document.csv(out);
  }

  @Override
  public final void json(Writer out) throws IOException {
    DocumentJson.write(document, out);
  }
}
