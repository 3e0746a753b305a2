package org.ripple.cli.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each field of a parsed document stands in its file: maps field paths as Ripple prints them
 * ({@code closures[2].jobs}) to line and column, so that errors found after binding (unknown sector, jobs above
 * employment) still name the line.
 */
public final class FieldLocations {
  private final Map<String, int[]> byPath;

  private FieldLocations(Map<String, int[]> byPath) {
    this.byPath = byPath;
  }

  public static FieldLocations none() {
    return new FieldLocations(Map.of());
  }

  /** Records the location of every field and array element. The document is assumed to be valid already. */
  public static FieldLocations scan(JsonFactory factory, Reader reader) throws IOException {
    Map<String, int[]> map = new HashMap<>();
    try (JsonParser p = factory.createParser(reader)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME || t.isScalarValue() || t == JsonToken.START_OBJECT
            || t == JsonToken.START_ARRAY) {
          String path = path(p.getParsingContext().pathAsPointer().toString(), t == JsonToken.FIELD_NAME);
          JsonLocation loc = p.currentTokenLocation();
          map.putIfAbsent(path, new int[] {loc.getLineNr(), loc.getColumnNr()});
        }
      }
    }
    return new FieldLocations(map);
  }

  /** Converts a JSON pointer ({@code /closures/2/jobs}) to Ripple's path form ({@code closures[2].jobs}). */
  static String path(String pointer, boolean fieldName) {
    StringBuilder sb = new StringBuilder();
    for (String part : pointer.split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      String name = part.replace("~1", "/").replace("~0", "~");
      if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
        sb.append('[').append(name).append(']');
      } else {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(name);
      }
    }
    return sb.toString();
  }

  /** Line and column of a path, or of its nearest recorded ancestor; {0, 0} when unknown. */
  public int[] locate(String path) {
    String p = path == null ? "" : path;
    while (true) {
      int[] loc = byPath.get(p);
      if (loc != null) {
        return loc;
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      if (cut <= 0) {
        return new int[] {0, 0};
      }
      p = p.substring(0, cut);
    }
  }
}
