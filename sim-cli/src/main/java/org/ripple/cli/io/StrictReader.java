package org.ripple.cli.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.ripple.core.Suggestions;

/**
 * Reads one YAML or JSON file (JSON when the name ends in {@code .json}) into a typed record with the
 * {@link StrictMappers}, and turns every failure into one {@link InputException}: {@code file:line:col: path: message}
 * in plain English, with no Jackson class names ({@link JacksonErrors}).
 *
 * <p>Before binding: the size is checked before reading (8 MiB), the bytes must be UTF-8, the file must not be empty,
 * and a token pre-pass ({@link TokenPrePass}) rejects what Jackson would otherwise accept quietly or wrongly: explicit
 * nulls, a second document, and in YAML aliases and anchors, explicit tags other than the YAML core ones, merge keys
 * ({@code <<}) and {@code .nan}/{@code .inf}. After binding, a missing key next to a near one is reported as that
 * key's typo, and an unknown key at the key itself.
 */
public final class StrictReader {
  private static final ObjectMapper YAML = StrictMappers.yaml();
  private static final ObjectMapper JSON = StrictMappers.json();

  private StrictReader() {}

  /** Reads and binds a file; every problem is an {@link InputException} with {@code exitCode} (I/O ones with 5). */
  public static <T> T read(Path file, Class<T> type, int exitCode) {
    byte[] bytes = TextFiles.readBytes(file, StrictMappers.MAX_DOCUMENT_BYTES, "scenario files",
        "put matrices in CSV", exitCode);
    return read(file.toString(), bytes, type, exitCode);
  }

  /** Binds content already read (a classpath resource); {@code fileName} names it in messages and picks the format. */
  public static <T> T read(String fileName, byte[] content, Class<T> type, int exitCode) {
    if (content.length > StrictMappers.MAX_DOCUMENT_BYTES) {
      throw new InputException(fileName, 0, 0, null, "file is " + TextFiles.megabytes(content.length)
          + "; scenario files are limited to 8 MB; put matrices in CSV", exitCode);
    }
    String text = TextFiles.decodeUtf8(fileName, content, exitCode);
    if (text.isBlank()) {
      throw new InputException(fileName, 0, 0, null, "file is empty", exitCode);
    }
    boolean json = fileName.toLowerCase(Locale.ROOT).endsWith(".json");
    ObjectMapper mapper = json ? JSON : YAML;
    TokenPrePass.check(fileName, text, mapper, exitCode);
    JsonParser p = null;
    try {
      p = mapper.createParser(text);
      return mapper.readValue(p, type);
    } catch (JacksonException e) {
      InputException error = JacksonErrors.translate(fileName, e, p, exitCode);
      if (e instanceof UnrecognizedPropertyException || e instanceof ValueInstantiationException) {
        // Records buffer unknown keys and report them, like constructor failures, at the end of the mapping; point
        // at the key (or the start of the record) instead.
        JsonLocation at = locate(mapper, text, error.field());
        if (at != null) {
          error = new InputException(fileName, at.getLineNr(), at.getColumnNr(), error.field(), error.getMessage(),
              exitCode);
        }
      }
      if (JacksonErrors.missingKey(e) && error.field() != null) {
        error = withTypoHint(mapper, text, error);
      }
      throw error;
    } catch (IOException e) {
      throw new InputException(fileName, 0, 0, null, "cannot be read: " + e.getMessage(), exitCode);
    } finally {
      closeQuietly(p);
    }
  }

  /**
   * An error about a value already bound from {@code content} (a semantic check: a range, a reference), placed at the
   * key or list element {@code path} ({@code sources[1].title}) when it can be found, else at the file.
   */
  public static InputException errorAt(String fileName, byte[] content, String path, String message, int exitCode) {
    boolean json = fileName.toLowerCase(Locale.ROOT).endsWith(".json");
    String text = TextFiles.decodeUtf8(fileName, content, exitCode);
    JsonLocation at = locate(json ? JSON : YAML, text, path);
    return new InputException(fileName, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), path,
        message, exitCode);
  }


  /** "missing required key 'jobs'" gains "; found 'jbos': a typo?" when the same mapping has a near key. */
  private static InputException withTypoHint(ObjectMapper mapper, String text, InputException error) {
    String path = error.field();
    int dot = path.lastIndexOf('.');
    String parent = dot < 0 ? "" : path.substring(0, dot);
    String missing = path.substring(dot + 1);
    try (JsonParser p = mapper.getFactory().createParser(text)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME && parent.equals(DocumentPaths.pathOf(p.getParsingContext().getParent()))) {
          String key = p.currentName();
          if (!key.equals(missing) && Suggestions.nearest(key, List.of(missing)).isPresent()) {
            JsonLocation at = p.currentTokenLocation();
            return new InputException(error.file(), at.getLineNr(), at.getColumnNr(), parent.isEmpty() ? key
                : parent + "." + key, "unknown key '" + key + "'; did you mean '" + missing + "'?", error.exitCode());
          }
        }
      }
    } catch (IOException e) {
      return error;
    }
    return error;
  }

  /** The start of the key or value at {@code path}, found by a second pass over the tokens; null when not found. */
  private static JsonLocation locate(ObjectMapper mapper, String text, String path) {
    if (path == null) {
      return null;
    }
    try (JsonParser p = mapper.getFactory().createParser(text)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        boolean candidate = t == JsonToken.FIELD_NAME || p.getParsingContext().inArray() && !t.isStructEnd()
            || t.isStructStart() && p.getParsingContext().getParent().inArray();
        if (!candidate) {
          continue;
        }
        JsonStreamContext ctx = t.isStructStart() ? p.getParsingContext().getParent() : p.getParsingContext();
        if (path.equals(DocumentPaths.pathOf(ctx))) {
          return p.currentTokenLocation();
        }
      }
    } catch (IOException e) {
      return null;
    }
    return null;
  }

  /** Closes a parser after reading or after a failure, which is then the error to report. */
  static void closeQuietly(JsonParser p) {
    if (p != null) {
      try {
        p.close();
      } catch (IOException ignored) {
        // nothing was written; the error that matters is the one being reported
      }
    }
  }
}
