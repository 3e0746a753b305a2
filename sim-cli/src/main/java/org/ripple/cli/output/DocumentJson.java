package org.ripple.cli.output;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/**
 * The JSON writer of a {@link Document}: one object, its head's fields first, then each table with a JSON key as an
 * array of row objects (fields named by the columns' keys, numbers exact, a figure not available null, a list of
 * texts an array), each notes section as an array of strings, and each part JSON writes
 * ({@link Document.Embedded}) as an object, or as its fields in place.
 */
final class DocumentJson {
  private DocumentJson() {}

  static String write(Document d) {
    return JsonDocument.of(body(d));
  }

  /** The document streamed to {@code out}. */
  static void write(Document d, java.io.Writer out) throws java.io.IOException {
    JsonDocument.write(body(d), out);
  }

  /**
   * The document as the object field {@code key} of a document another writer is writing (the run's {@code fiscal}
   * block): its head's fields, then its sections, as {@link #write} writes them at the top.
   */
  static void object(JsonGenerator g, String key, Document d) throws IOException {
    g.writeFieldName(key);
    body(d).write(g);
  }

  private static JsonDocument.Body body(Document d) {
    return g -> {
      g.writeStartObject();
      fields(g, d);
      g.writeEndObject();
    };
  }

  /** The head's fields, then the sections JSON writes, without the braces around them. */
  private static void fields(JsonGenerator g, Document d) throws IOException {
    for (JsonField f : d.head()) {
      field(g, f);
    }
    for (Document.Section s : d.sections()) {
      if (s instanceof Document.Embedded e && e.json()) {
        if (e.jsonKey().isEmpty()) {
          fields(g, e.document());
        } else {
          object(g, e.jsonKey(), e.document());
        }
      } else {
        section(g, s);
      }
    }
  }

  /** A table as an array of row objects, notes as an array of strings; other sections JSON leaves out. */
  private static void section(JsonGenerator g, Document.Section s) throws IOException {
    if (s instanceof Document.TableSection t && !t.jsonKey().isEmpty()) {
      g.writeArrayFieldStart(t.jsonKey());
      String[][] paths = paths(t.table());
      if (t.group().columns() == 0) {
        for (int r = 0; r < t.table().rowCount(); r++) {
          row(g, t.table(), r, 0, t.table().columns().size(), paths);
        }
      } else {
        grouped(g, t.table(), t.group(), paths);
      }
      g.writeEndArray();
    } else if (s instanceof Document.NotesSection n && !n.jsonKey().isEmpty()) {
      g.writeArrayFieldStart(n.jsonKey());
      for (String line : n.lines()) {
        g.writeString(line);
      }
      g.writeEndArray();
    }
  }

  /** Each column's JSON name split at its dots (null for a column JSON leaves out): once a table, not once a cell. */
  private static String[][] paths(org.ripple.cli.output.tables.Table t) {
    String[][] paths = new String[t.columns().size()][];
    for (int c = 0; c < paths.length; c++) {
      org.ripple.cli.output.tables.Column col = t.columns().get(c);
      paths[c] = col.json() == org.ripple.cli.output.tables.Column.Json.NONE ? null
          : col.jsonName().split("\\.", -1);
    }
    return paths;
  }

  /** Neighbouring rows with the same group cells: one object of those, with the rows' other fields nested. */
  private static void grouped(JsonGenerator g, org.ripple.cli.output.tables.Table t, Document.JsonGroup by,
      String[][] paths) throws IOException {
    int k = by.columns();
    int n = t.columns().size();
    int r = 0;
    while (r < t.rowCount()) {
      int end = r + 1;
      while (end < t.rowCount() && sameGroup(t, r, end, k)) {
        end++;
      }
      g.writeStartObject();
      fields(g, t, r, 0, k, paths);
      g.writeArrayFieldStart(by.nested());
      for (int q = r; q < end; q++) {
        row(g, t, q, k, n, paths);
      }
      g.writeEndArray();
      g.writeEndObject();
      r = end;
    }
  }

  private static boolean sameGroup(org.ripple.cli.output.tables.Table t, int a, int b, int k) {
    for (int c = 0; c < k; c++) {
      if (!java.util.Objects.equals(t.cell(a, c), t.cell(b, c))) {
        return false;
      }
    }
    return true;
  }

  /** Columns {@code from} to {@code to} of row r as an object. */
  private static void row(JsonGenerator g, org.ripple.cli.output.tables.Table t, int r, int from, int to,
      String[][] paths) throws IOException {
    g.writeStartObject();
    fields(g, t, r, from, to, paths);
    g.writeEndObject();
  }

  /**
   * Columns {@code from} to {@code to} of row r as fields, each column JSON writes under its JSON name; a dotted name
   * nests the field in objects, one object for each run of neighbouring columns sharing its prefix
   * ({@code summary.direct.jobs}, {@code summary.direct.output}, {@code summary.total.jobs}: one {@code summary}
   * holding {@code direct} and {@code total}).
   */
  private static void fields(JsonGenerator g, org.ripple.cli.output.tables.Table t, int r, int from, int to,
      String[][] paths) throws IOException {
    Nesting fields = new Nesting(g, t, paths);
    t.cells(r, from, to, fields);
    fields.close();
  }

  /** A row's cells as fields, nested in the objects their dotted names open (numbers as they come, unboxed). */
  private static final class Nesting implements org.ripple.cli.output.tables.Table.Cells {
    private final JsonGenerator g;
    private final org.ripple.cli.output.tables.Table t;
    private final String[][] paths;
    private final List<String> open = new java.util.ArrayList<>();

    Nesting(JsonGenerator g, org.ripple.cli.output.tables.Table t, String[][] paths) {
      this.g = g;
      this.t = t;
      this.paths = paths;
    }

    @Override
    public void text(int c, Object cell) throws IOException {
      if (paths[c] != null) {
        cell(g, t.columns().get(c), enter(paths[c]), cell);
      }
    }

    @Override
    public void number(int c, double v) throws IOException {
      if (paths[c] != null) {
        JsonDocument.number(g, enter(paths[c]), v);
      }
    }

    /** Closes the objects {@code path} does not share with the open ones, opens its own; its field's name. */
    private String enter(String[] path) throws IOException {
      int shared = 0;
      while (shared < open.size() && shared < path.length - 1 && open.get(shared).equals(path[shared])) {
        shared++;
      }
      while (open.size() > shared) {
        g.writeEndObject();
        open.remove(open.size() - 1);
      }
      for (int k = shared; k < path.length - 1; k++) {
        g.writeObjectFieldStart(path[k]);
        open.add(path[k]);
      }
      return path[path.length - 1];
    }

    void close() throws IOException {
      for (int k = 0; k < open.size(); k++) {
        g.writeEndObject();
      }
    }
  }

  private static void cell(JsonGenerator g, org.ripple.cli.output.tables.Column col, String key, Object v)
      throws IOException {
    if (v instanceof String s && col.json() == org.ripple.cli.output.tables.Column.Json.BOOLEAN) {
      g.writeBooleanField(key, Boolean.parseBoolean(s));
    } else if (v instanceof String s && !col.split().isEmpty()) {
      g.writeArrayFieldStart(key);
      for (String part : s.split(java.util.regex.Pattern.quote(col.split()), -1)) {
        g.writeString(part);
      }
      g.writeEndArray();
    } else if (v instanceof String s) {
      g.writeStringField(key, s);
    } else if (v instanceof List<?> texts) {
      g.writeArrayFieldStart(key);
      for (Object text : texts) {
        g.writeString((String) text);
      }
      g.writeEndArray();
    } else {
      JsonDocument.number(g, key, v == null ? Double.NaN : (Double) v);
    }
  }

  /** One field: text, a whole number, an exact number (null when NaN) or a nested object. */
  static void field(JsonGenerator g, JsonField f) throws IOException {
    Object v = f.value();
    if (v == null) {
      g.writeNullField(f.key());
    } else if (v instanceof String s) {
      g.writeStringField(f.key(), s);
    } else if (v instanceof Integer i) {
      g.writeNumberField(f.key(), i);
    } else if (v instanceof Long l) {
      g.writeNumberField(f.key(), l);
    } else if (v instanceof Double x) {
      JsonDocument.number(g, f.key(), x);
    } else if (v instanceof Boolean b) {
      g.writeBooleanField(f.key(), b);
    } else {
      g.writeObjectFieldStart(f.key());
      for (Object o : (List<?>) v) {
        field(g, (JsonField) o);
      }
      g.writeEndObject();
    }
  }
}
