package org.ripple.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the project's copies of the published reference tables ({@code src/test/resources/reference/}, see its
 * README) without any third-party parser: plain CSV / TSV splitting and a minimal JSON reader that is enough for the
 * pymrio fixtures (objects, arrays, numbers, strings).
 */
public final class ReferenceData {
  private ReferenceData() {}

  /** The text of {@code /reference/<path>} on the test class path. */
  public static String text(String path) {
    String resource = "/reference/" + path;
    try (InputStream in = ReferenceData.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lines split on {@code separator} (no quoting: the reference files have none); blank lines dropped. */
  public static List<String[]> table(String path, String separatorRegex) {
    List<String[]> rows = new ArrayList<>();
    for (String line : text(path).split("\r?\n")) {
      if (!line.isBlank()) {
        rows.add(line.split(separatorRegex, -1));
      }
    }
    return rows;
  }

  /** Parses a JSON document into maps, lists, doubles, strings, booleans and null. */
  public static Object json(String path) {
    Json p = new Json(text(path));
    Object v = p.value();
    p.skipSpace();
    if (p.pos != p.s.length()) {
      throw new IllegalStateException("trailing text in " + path + " at " + p.pos);
    }
    return v;
  }

  /** A JSON array of arrays of numbers as a row-major matrix; also accepts a flat array as one row. */
  @SuppressWarnings("unchecked")
  public static double[][] matrix(Object node) {
    List<Object> rows = (List<Object>) node;
    double[][] m = new double[rows.size()][];
    for (int i = 0; i < m.length; i++) {
      Object row = rows.get(i);
      if (row instanceof List<?> cells) {
        m[i] = new double[cells.size()];
        for (int j = 0; j < cells.size(); j++) {
          m[i][j] = (Double) cells.get(j);
        }
      } else {
        m[i] = new double[] {(Double) row};
      }
    }
    return m;
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(Object node) {
    return (Map<String, Object>) node;
  }

  private static final class Json {
    private final String s;
    private int pos;

    Json(String s) {
      this.s = s;
    }

    void skipSpace() {
      while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
        pos++;
      }
    }

    Object value() {
      skipSpace();
      char c = s.charAt(pos);
      switch (c) {
        case '{':
          return object();
        case '[':
          return array();
        case '"':
          return string();
        default:
          if (s.startsWith("true", pos)) {
            pos += 4;
            return Boolean.TRUE;
          }
          if (s.startsWith("false", pos)) {
            pos += 5;
            return Boolean.FALSE;
          }
          if (s.startsWith("null", pos)) {
            pos += 4;
            return null;
          }
          return number();
      }
    }

    private Map<String, Object> object() {
      Map<String, Object> m = new LinkedHashMap<>();
      pos++;
      skipSpace();
      if (s.charAt(pos) == '}') {
        pos++;
        return m;
      }
      while (true) {
        skipSpace();
        String key = string();
        skipSpace();
        expect(':');
        m.put(key, value());
        skipSpace();
        if (s.charAt(pos) == ',') {
          pos++;
        } else {
          expect('}');
          return m;
        }
      }
    }

    private List<Object> array() {
      List<Object> list = new ArrayList<>();
      pos++;
      skipSpace();
      if (s.charAt(pos) == ']') {
        pos++;
        return list;
      }
      while (true) {
        list.add(value());
        skipSpace();
        if (s.charAt(pos) == ',') {
          pos++;
        } else {
          expect(']');
          return list;
        }
      }
    }

    private String string() {
      expect('"');
      StringBuilder b = new StringBuilder();
      while (s.charAt(pos) != '"') {
        char c = s.charAt(pos++);
        if (c == '\\') {
          char e = s.charAt(pos++);
          switch (e) {
            case 'n' -> b.append('\n');
            case 't' -> b.append('\t');
            case 'u' -> {
              b.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
              pos += 4;
            }
            default -> b.append(e);
          }
        } else {
          b.append(c);
        }
      }
      pos++;
      return b.toString();
    }

    private Double number() {
      int start = pos;
      while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
        pos++;
      }
      if (start == pos) {
        throw new IllegalStateException("unexpected character '" + s.charAt(pos) + "' at " + pos);
      }
      return Double.valueOf(s.substring(start, pos));
    }

    private void expect(char c) {
      if (s.charAt(pos) != c) {
        throw new IllegalStateException("expected '" + c + "' at " + pos + ", found '" + s.charAt(pos) + "'");
      }
      pos++;
    }
  }
}
