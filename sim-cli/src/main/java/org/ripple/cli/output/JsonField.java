package org.ripple.cli.output;

import java.util.List;
import java.util.Objects;

/**
 * A field of a JSON document's head: a key and a value that is text, a whole number, a number (null when not
 * available, NaN), a boolean, a nested object given as a list of fields, or null (a JSON null: the field is there,
 * its value is not, e.g. a timeline without income replacement).
 */
public record JsonField(String key, Object value) {
  public JsonField {
    Objects.requireNonNull(key, "key");
    if (value != null && !(value instanceof String || value instanceof Integer || value instanceof Long || value instanceof Double
        || value instanceof Boolean || value instanceof List<?>)) {
      throw new IllegalArgumentException("a JSON field holds text, a number or fields, not " + value);
    }
  }

  public static JsonField text(String key, String value) {
    return new JsonField(key, value);
  }

  public static JsonField object(String key, List<JsonField> fields) {
    return new JsonField(key, List.copyOf(fields));
  }

  /** A field whose value is JSON's null. */
  public static JsonField nothing(String key) {
    return new JsonField(key, null);
  }
}
