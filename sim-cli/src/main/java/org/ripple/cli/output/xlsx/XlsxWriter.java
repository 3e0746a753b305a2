package org.ripple.cli.output.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.ripple.cli.output.tables.Column;
import org.ripple.cli.output.tables.Table;

/**
 * Writes report tables as an xlsx workbook, one sheet per {@link Table}, with FastExcel (a streaming writer of about
 * 0.2 MB; Apache POI is about 20 MB). Each sheet has the table's title in row 1, bold headers with units in row 2
 * (frozen, with an auto-filter), then the data. Numbers are number cells with a format (jobs and money
 * {@code #,##0} with losses in red, ratios {@code 0.0000}); text is always a string cell, so a name starting with
 * {@code =} stays text and is never a formula; a figure that is not available is an empty cell. Text longer than
 * Excel's 32,767 characters per cell is cut with a marker, and a note below the sheet's data says so.
 *
 * <p>Deterministic: FastExcel writes fixed zip entry times but stamps {@code docProps/core.xml} with the current time
 * ({@code dcterms:created}); the workbook is re-packed with that value fixed to {@link #FIXED_CREATED} and every entry
 * dated {@link #FIXED_ENTRY_TIME}, so the same tables give the same bytes (on the same JDK) in any locale and time
 * zone.
 */
public final class XlsxWriter {
  /** The creation date written in the document properties instead of the time of the run. */
  public static final String FIXED_CREATED = "2026-01-01T00:00:00Z";
  /** The modification time of every zip entry (a local date-time: zip times have no zone). */
  public static final LocalDateTime FIXED_ENTRY_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);

  static final String JOBS_FORMAT = "#,##0;[Red]-#,##0";
  static final String MONEY_FORMAT = "#,##0;[Red]-#,##0";
  static final String MILLIONS_FORMAT = "#,##0.0;[Red]-#,##0.0";
  static final String RATIO_FORMAT = "0.0000";

  private XlsxWriter() {}

  /** The workbook of a report's document: one sheet a table, in order, titled with the document's title. */
  public static byte[] write(org.ripple.cli.output.Document document) {
    return write(document.tables(), document.title());
  }

  /** The workbook's bytes. */
  public static byte[] write(List<Table> tables, String title) {
    if (tables.isEmpty()) {
      throw new IllegalArgumentException("a workbook needs at least one table");
    }
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    try {
      Workbook wb = new Workbook(raw, "Ripple", null);
      wb.properties().setTitle(title);
      for (Table t : tables) {
        sheet(wb.newWorksheet(t.name()), t);
      }
      wb.finish();
      return normalise(raw.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Excel's limit on the characters of one cell. */
  static final int MAX_CELL_CHARS = 32_767;

  /**
   * Text within Excel's cell limit: longer text keeps its start and ends with a marker saying how long it was (the
   * CSV and JSON outputs have it whole); {@code truncated} counts the cells cut.
   */
  static String cellText(String s, int[] truncated) {
    if (s.length() <= MAX_CELL_CHARS) {
      return s;
    }
    truncated[0]++;
    String marker = " [... truncated: " + s.length() + " characters in all]";
    int keep = MAX_CELL_CHARS - marker.length();
    if (Character.isHighSurrogate(s.charAt(keep - 1))) {
      keep--; // never split a character in two
    }
    return s.substring(0, keep) + marker;
  }

  private static void sheet(Worksheet ws, Table t) {
    List<Column> cols = t.columns();
    int[] truncated = {0};
    ws.value(0, 0, cellText(t.title(), truncated));
    ws.style(0, 0).bold().set();
    for (int c = 0; c < cols.size(); c++) {
      ws.value(1, c, cellText(cols.get(c).header(), truncated));
      ws.style(1, c).bold().wrapText(true).verticalAlignment("top").borderStyle("thin").set();
      ws.width(c, width(t, c));
    }
    for (int r = 0; r < t.rowCount(); r++) {
      for (int c = 0; c < cols.size(); c++) {
        Object v = t.cell(r, c);
        if (v instanceof String || v instanceof List<?>) {
          ws.value(r + 2, c, cellText(Table.text(v), truncated));
        } else if (v instanceof Double d) {
          ws.value(r + 2, c, d);
          ws.style(r + 2, c).format(format(cols.get(c).kind())).set();
        }
      }
    }
    if (truncated[0] > 0) {
      ws.value(t.rowCount() + 3, 0, "Note: " + truncated[0] + (truncated[0] == 1 ? " cell was" : " cells were")
          + " longer than Excel's " + MAX_CELL_CHARS + " characters and " + (truncated[0] == 1 ? "is" : "are")
          + " cut, marked '[... truncated: N characters in all]'; the CSV and JSON outputs have the full text");
    }
    ws.freezePane(0, 2);
    if (t.rowCount() > 0) {
      ws.setAutoFilter(1, 0, cols.size() - 1);
    }
  }

  static String format(Column.Kind kind) {
    return switch (kind) {
      case JOBS -> JOBS_FORMAT;
      case MONEY -> MONEY_FORMAT;
      case MILLIONS -> MILLIONS_FORMAT;
      case RATIO, TEXT -> RATIO_FORMAT;
    };
  }

  /** A column width from its content: long headers wrap, long text is capped. */
  private static double width(Table t, int c) {
    Column col = t.columns().get(c);
    int w = col.kind() == Column.Kind.TEXT ? 8 : 14;
    for (int r = 0; r < t.rowCount(); r++) {
      Object v = t.cell(r, c);
      if (v instanceof String || v instanceof List<?>) {
        w = Math.max(w, Table.text(v).length());
      }
    }
    w = Math.max(w, Math.min(col.header().length(), 24));
    return Math.min(w + 2, 80);
  }

  /**
   * Re-packs the zip with a fixed creation date and fixed entry times (same entry order and content). FastExcel's zip
   * stream writes sizes only in data descriptors, which {@code ZipInputStream} cannot follow, so the zip is read back
   * through its central directory from a temporary file.
   */
  static byte[] normalise(byte[] xlsx) throws IOException {
    Path temp = Files.createTempFile("ripple-", ".xlsx");
    try {
      Files.write(temp, xlsx);
      ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length + 256);
      try (ZipFile in = new ZipFile(temp.toFile(), StandardCharsets.UTF_8);
           ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
        for (ZipEntry e : Collections.list(in.entries())) {
          byte[] content;
          try (InputStream is = in.getInputStream(e)) {
            content = is.readAllBytes();
          }
          if (e.getName().equals("docProps/core.xml")) {
            String xml = new String(content, StandardCharsets.UTF_8);
            xml = xml.replaceAll("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", "$1" + FIXED_CREATED + "$2");
            content = xml.getBytes(StandardCharsets.UTF_8);
          }
          ZipEntry copy = new ZipEntry(e.getName());
          copy.setTimeLocal(FIXED_ENTRY_TIME);
          zip.putNextEntry(copy);
          zip.write(content);
          zip.closeEntry();
        }
      }
      return out.toByteArray();
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
