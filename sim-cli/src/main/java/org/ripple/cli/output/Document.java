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
  public sealed interface Section permits TableSection, NotesSection, Embedded {}

  /**
   * How the HTML page shows a table: its section's id, heading and paragraph. {@link #DEFAULT} takes them from the
   * table: the id from its name ({@code By region} is {@code by-region}), its name as the heading, its title as the
   * paragraph. A table with no rows is its paragraph alone.
   *
   * @param id the section id (letters, digits and dashes), or empty for the table's
   * @param heading the heading, or empty for the table's name
   * @param paragraph the paragraph, or null for the table's title
   */
  public record Page(String id, String heading, String paragraph) {
    /** Id, heading and paragraph from the table. */
    public static final Page DEFAULT = new Page("", "", null);

    public Page {
      id = id == null ? "" : id;
      heading = heading == null ? "" : heading;
    }
  }

  /**
   * A table, and which formats show it. A table made by {@link #of} is shown by every format; a report whose formats
   * have long shown the same figures in different shapes (the terminal's wide tables, CSV's long one, JSON's nested
   * objects) gives each shape its own section, each marked for the formats that show it.
   *
   * @param table the table; its columns' keys are the CSV header and the JSON field names
   * @param jsonKey the name of the array of row objects in JSON, or empty when JSON leaves the table out
   * @param csv whether the CSV writes the table (after a blank line when it is not the first)
   * @param layout how the terminal shows it; {@link TextLayout#DEFAULT} for the generic titled table, null when
   *     the terminal leaves it out (the workbook's Metadata sheet)
   * @param sheet whether the workbook shows it (a sheet)
   * @param group how JSON groups the rows, or {@link JsonGroup#NONE}
   * @param page how the HTML page shows it, or null when the page leaves it out
   */
  public record TableSection(Table table, String jsonKey, boolean csv, TextLayout layout, boolean sheet,
      JsonGroup group, Page page) implements Section {
    public TableSection {
      Objects.requireNonNull(table, "table");
      jsonKey = jsonKey == null ? "" : jsonKey;
      group = group == null ? JsonGroup.NONE : group;
    }

    /** A section the page shows as it is when the workbook shows it. */
    public TableSection(Table table, String jsonKey, boolean csv, TextLayout layout, boolean sheet,
        JsonGroup group) {
      this(table, jsonKey, csv, layout, sheet, group, sheet ? Page.DEFAULT : null);
    }

    public TableSection(Table table, String jsonKey, boolean csv, TextLayout layout, boolean sheet) {
      this(table, jsonKey, csv, layout, sheet, JsonGroup.NONE);
    }

    /** The same section with its JSON rows grouped. */
    public TableSection grouped(JsonGroup by) {
      return new TableSection(table, jsonKey, csv, layout, sheet, by, page);
    }

    /** The same section shown on the page as {@code how} says, or left off the page when null. */
    public TableSection onPage(Page how) {
      return new TableSection(table, jsonKey, csv, layout, sheet, group, how);
    }

    /** A table only the workbook shows (a sheet whose figures the page shows in its own units). */
    public static TableSection workbookOnly(Table table) {
      return new TableSection(table, "", false, null, true, JsonGroup.NONE, null);
    }

    /** A table only the HTML page shows, as {@code how} says. */
    public static TableSection pageOnly(Table table, Page how) {
      return new TableSection(table, "", false, null, false, JsonGroup.NONE, how);
    }

    /** A table every format writes alike: its JSON key from its name, e.g. "By sector" is {@code by_sector}. */
    public static TableSection of(Table table) {
      return new TableSection(table, key(table.name()), true, TextLayout.DEFAULT, true);
    }

    /** A table only the workbook and the HTML page show (e.g. Metadata, whose facts JSON has in its head). */
    public static TableSection sheetOnly(Table table) {
      return new TableSection(table, "", false, null, true);
    }

    /** A table only the terminal shows, in {@code layout}. */
    public static TableSection terminal(Table table, TextLayout layout) {
      return new TableSection(table, "", false, layout, false);
    }

    /** A table only the CSV writes. */
    public static TableSection csvOnly(Table table) {
      return new TableSection(table, "", true, null, false);
    }

    /** A table only JSON writes, as the array {@code jsonKey} of row objects. */
    public static TableSection jsonOnly(Table table, String jsonKey) {
      return new TableSection(table, jsonKey, false, null, false);
    }
  }

  /**
   * How JSON groups a table's rows: neighbouring rows with the same first {@code columns} cells are one object of
   * those fields and an array {@code nested} of objects of the other fields, one a row (e.g. one object a sector,
   * with its effects in each region).
   */
  public record JsonGroup(int columns, String nested) {
    /** One object a row. */
    public static final JsonGroup NONE = new JsonGroup(0, "");
  }

  /**
   * Notes: a heading and lines of text; JSON writes them as an array of strings under {@code jsonKey} (none when
   * {@code jsonKey} is null), CSV leaves them out (a CSV is one table). The terminal shows them unless quiet: as the
   * heading and dashed lines when {@code bullets}, as plain lines after a blank line when not.
   */
  public record NotesSection(String heading, String jsonKey, List<String> lines, boolean bullets)
      implements Section {
    public NotesSection {
      Objects.requireNonNull(heading, "heading");
      jsonKey = jsonKey == null ? "" : jsonKey.isEmpty() ? key(heading) : jsonKey;
      lines = List.copyOf(lines);
    }

    /** Dashed notes under a heading, in JSON under {@code jsonKey} (empty: the heading's key). */
    public NotesSection(String heading, String jsonKey, List<String> lines) {
      this(heading, jsonKey, lines, true);
    }

    /** Plain lines the terminal and the page show after the tables, which JSON leaves out (its head has them). */
    public static NotesSection closing(String heading, List<String> lines) {
      return new NotesSection(heading, null, lines, false);
    }
  }

  /**
   * A document inside this one, at this place: JSON writes it (when {@code json}) as the object {@code jsonKey}, its
   * head's fields then its sections, or, with an empty key, its head's fields and sections in place; the other formats
   * (when {@code others}) write its sections in place, as if they were this document's, and leave out its preamble.
   * A part whose formats show the same figures in other places is two parts, one JSON's and one the others'.
   */
  public record Embedded(Document document, String jsonKey, boolean json, boolean others) implements Section {
    public Embedded {
      Objects.requireNonNull(document, "document");
      jsonKey = jsonKey == null ? "" : jsonKey;
    }

    /** A part only JSON writes: the object {@code key}, or, with an empty key, its fields and sections in place. */
    public static Embedded json(String key, Document document) {
      return new Embedded(document, key, true, false);
    }

    /** A part every format but JSON writes in place. */
    public static Embedded others(Document document) {
      return new Embedded(document, "", false, true);
    }

    /** JSON's fields written in place: a document of {@code fields} alone. */
    public static Embedded fields(List<JsonField> fields) {
      return json("", new Document("", List.of(), fields, List.of()));
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

  /** Every table the workbook and the page show, in order: the workbook's sheets. */
  public List<Table> tables() {
    List<Table> tables = new ArrayList<>();
    for (Section s : sections) {
      if (s instanceof TableSection t && t.sheet()) {
        tables.add(t.table());
      } else if (s instanceof Embedded e && e.others()) {
        tables.addAll(e.document().tables());
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
    csv(out, null, true);
  }

  /**
   * {@link #csv()} written to a file's stream as UTF-8, every character {@link org.ripple.cli.io.TerminalText} marks
   * unsafe escaped: the bytes {@link #csv(Appendable)} gives through the escaping writer and a UTF-8 encoder.
   */
  public void csv(java.io.OutputStream out) throws java.io.IOException {
    csv(null, out, true);
  }

  /**
   * Writes the CSV tables to {@code text} or {@code bytes}; {@code first} when no table has been written before.
   * Whether one has been, after.
   */
  private boolean csv(Appendable text, java.io.OutputStream bytes, boolean first) throws java.io.IOException {
    for (Section s : sections) {
      if (s instanceof TableSection t && t.csv()) {
        if (!first && text != null) {
          text.append('\n');
        } else if (!first) {
          bytes.write('\n');
        }
        if (text != null) {
          TableCsv.write(t.table(), text);
        } else {
          TableCsv.write(t.table(), bytes);
        }
        first = false;
      } else if (s instanceof Embedded e && e.others()) {
        first = e.document().csv(text, bytes, first);
      }
    }
    return first;
  }

  /** A machine key of a name: lower case, every run of other characters than letters and digits one underscore. */
  public static String key(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
  }
}
