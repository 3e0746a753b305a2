package org.ripple.cli.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ripple.cli.output.tables.Table;

/**
 * The format-neutral content of a report: a title, a preamble (the lines the terminal shows above the tables unless
 * quiet), the fields the JSON document opens with (version, model block, units), then ordered sections: titled tables
 * with typed columns ({@link org.ripple.cli.output.tables.Column}) and notes. One writer per format walks it:
 * {@link DocumentText} (terminal), {@link TableCsv} (CSV), {@link DocumentJson} (JSON),
 * {@link org.ripple.cli.output.xlsx.XlsxWriter} (the workbook, one sheet a table) and
 * {@link org.ripple.cli.output.html.DocumentPage} (HTML). A section added to a document appears in every format;
 * where one format needs a layout no generic writer gives, the section carries a small hint ({@link TextLayout},
 * its JSON key, whether CSV and JSON write it), never a second writer.
 */
public final class Document {
  /** One part of a report, in order. */
  public sealed interface Section permits TableSection, NotesSection {}

  /**
   * A table.
   *
   * @param table the table; its columns' keys are the CSV header and the JSON field names
   * @param jsonKey the name of the array of row objects in JSON, or empty when JSON leaves the table out
   * @param csv whether the CSV writes the table (after a blank line when it is not the first)
   * @param layout how the terminal shows it; {@link TextLayout#DEFAULT} for the generic titled table, null when
   *     the terminal leaves it out (the workbook's Metadata sheet)
   */
  public record TableSection(Table table, String jsonKey, boolean csv, TextLayout layout) implements Section {
    public TableSection {
      Objects.requireNonNull(table, "table");
      jsonKey = jsonKey == null ? "" : jsonKey;
    }

    /** A table every format writes alike: its JSON key from its name, e.g. "By sector" is {@code by_sector}. */
    public static TableSection of(Table table) {
      return new TableSection(table, key(table.name()), true, TextLayout.DEFAULT);
    }

    /** A table only the workbook and the HTML page show (e.g. Metadata, whose facts JSON has in its head). */
    public static TableSection sheetOnly(Table table) {
      return new TableSection(table, "", false, null);
    }
  }

  /**
   * Notes: a heading and lines of text; JSON writes them as an array of strings under {@code jsonKey}, CSV leaves
   * them out (a CSV is one table).
   */
  public record NotesSection(String heading, String jsonKey, List<String> lines) implements Section {
    public NotesSection {
      Objects.requireNonNull(heading, "heading");
      jsonKey = jsonKey == null || jsonKey.isEmpty() ? key(heading) : jsonKey;
      lines = List.copyOf(lines);
    }
  }

  private final String title;
  private final List<String> preamble;
  private final List<JsonField> head;
  private final List<Section> sections;

  public Document(String title, List<String> preamble, List<JsonField> head, List<Section> sections) {
    this.title = Objects.requireNonNull(title, "title");
    this.preamble = List.copyOf(preamble);
    this.head = List.copyOf(head);
    this.sections = List.copyOf(sections);
  }

  /** The same document with one more section at the end. */
  public Document with(Section section) {
    List<Section> more = new ArrayList<>(sections);
    more.add(section);
    return new Document(title, preamble, head, more);
  }

  public String title() {
    return title;
  }

  /** Terminal lines above the tables, each without its line break (left out when quiet). */
  public List<String> preamble() {
    return preamble;
  }

  /** The fields the JSON document opens with. */
  public List<JsonField> head() {
    return head;
  }

  public List<Section> sections() {
    return sections;
  }

  /** Every table, in order: the workbook's sheets. */
  public List<Table> tables() {
    List<Table> tables = new ArrayList<>();
    for (Section s : sections) {
      if (s instanceof TableSection t) {
        tables.add(t.table());
      }
    }
    return tables;
  }

  /** The CSV: the tables marked for CSV, each with its header of column keys, a blank line between two. */
  public String csv() {
    StringBuilder out = new StringBuilder();
    try {
      csv(out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // a StringBuilder does not throw
    }
    return out.toString();
  }

  /** {@link #csv()} written to {@code out} row by row, never built as one string. */
  public void csv(Appendable out) throws java.io.IOException {
    boolean first = true;
    for (Section s : sections) {
      if (s instanceof TableSection t && t.csv()) {
        if (!first) {
          out.append('\n');
        }
        TableCsv.write(t.table(), out);
        first = false;
      }
    }
  }

  /** A machine key of a name: lower case, every run of other characters than letters and digits one underscore. */
  public static String key(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
  }
}
