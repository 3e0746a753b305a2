package org.ripple.cli.output;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/**
 * The JSON writer of a {@link Document}: one object, its head's fields first, then each table with a JSON key as an
 * array of row objects (fields named by the columns' keys, numbers exact, a figure not available null) and each
 * notes section as an array of strings.
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

  private static JsonDocument.Body body(Document d) {
    return g -> {
      g.writeStartObject();
      for (JsonField f : d.head()) {
        field(g, f);
      }
      for (Document.Section s : d.sections()) {
        if (s instanceof Document.TableSection t && !t.jsonKey().isEmpty()) {
          g.writeArrayFieldStart(t.jsonKey());
          for (int r = 0; r < t.table().rowCount(); r++) {
            g.writeStartObject();
            JsonDocument.rowFields(g, t.table(), r, 0);
            g.writeEndObject();
          }
          g.writeEndArray();
        } else if (s instanceof Document.NotesSection n) {
          g.writeArrayFieldStart(n.jsonKey());
          for (String line : n.lines()) {
            g.writeString(line);
          }
          g.writeEndArray();
        }
      }
      g.writeEndObject();
    };
  }

  /** One field: text, a whole number, an exact number (null when NaN) or a nested object. */
  static void field(JsonGenerator g, JsonField f) throws IOException {
    Object v = f.value();
    if (v instanceof String s) {
      g.writeStringField(f.key(), s);
    } else if (v instanceof Integer i) {
      g.writeNumberField(f.key(), i);
    } else if (v instanceof Long l) {
      g.writeNumberField(f.key(), l);
    } else if (v instanceof Double x) {
      JsonDocument.number(g, f.key(), x);
    } else {
      g.writeObjectFieldStart(f.key());
      for (Object o : (List<?>) v) {
        field(g, (JsonField) o);
      }
      g.writeEndObject();
    }
  }
}
