package org.ripple.cli.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ripple.core.Suggestions;

/**
 * Reads one YAML or JSON file (JSON when the name ends in {@code .json}) into a typed record with the
 * {@link StrictMappers}, and turns every failure into one {@link InputException}: {@code file:line:col: path: message}
 * in plain English, with no Jackson class names.
 *
 * <p>Before binding: the size is checked before reading (8 MiB), the bytes must be UTF-8, the file must not be empty,
 * and a YAML token pre-pass rejects what Jackson would otherwise accept quietly or wrongly: aliases and anchors (an
 * alias would bind as the anchor's name), explicit tags other than the YAML core ones, merge keys ({@code <<}), a
 * second document, and {@code .nan}/{@code .inf}.
 */
public final class StrictReader {
  private static final ObjectMapper YAML = StrictMappers.yaml();
  private static final ObjectMapper JSON = StrictMappers.json();
  private static final Pattern YAML_NON_FINITE = Pattern.compile("[-+]?\\.(nan|NaN|NAN|inf|Inf|INF)");
  private static final Pattern LONG_DIGITS = Pattern.compile("[-+]?[0-9][0-9_.eE+-]*");
  private static final Set<String> CORE_TAGS = Set.of("str", "int", "float", "bool", "null", "seq", "map");
  private static final String CORE_TAG_PREFIX = "tag:yaml.org,2002:";

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
    prePass(fileName, text, mapper, exitCode);
    JsonParser p = null;
    try {
      p = mapper.createParser(text);
      return mapper.readValue(p, type);
    } catch (JacksonException e) {
      InputException error = translate(fileName, e, p, exitCode);
      if (e instanceof UnrecognizedPropertyException || e instanceof ValueInstantiationException) {
        // Records buffer unknown keys and report them, like constructor failures, at the end of the mapping; point
        // at the key (or the start of the record) instead.
        JsonLocation at = locate(mapper, text, error.field());
        if (at != null) {
          error = new InputException(fileName, at.getLineNr(), at.getColumnNr(), error.field(), error.getMessage(),
              exitCode);
        }
      }
      if (error.getMessage().startsWith("missing required key '") && error.field() != null) {
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

  /**
   * Walks the tokens once, rejecting what databind cannot see or would get wrong: explicit nulls (a record would bind
   * them as null or 0; leaving the key out is the way to say "absent"), and in YAML aliases, anchors, tags, merge keys,
   * second documents and {@code .nan}/{@code .inf}.
   */
  private static void prePass(String file, String text, ObjectMapper mapper, int exitCode) {
    JsonParser p = null;
    try {
      p = mapper.getFactory().createParser(text);
      int depth = 0;
      int rootValues = 0;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (depth == 0 && (t.isStructStart() || t.isScalarValue())) {
          rootValues++;
          if (rootValues > 1) {
            throw at(file, p, "", p instanceof YAMLParser ? "a second document starts here; put one document per file"
                : "unexpected content after the end of the document", exitCode);
          }
        }
        if (t.isStructStart()) {
          depth++;
        } else if (t.isStructEnd()) {
          depth--;
        }
        if (t == JsonToken.VALUE_NULL && !(p instanceof YAMLParser y && y.isCurrentAlias())) {
          String lexeme = p.getText();
          throw at(file, p, pathOf(p.getParsingContext()), "a value is required here, found "
              + (lexeme == null || lexeme.isEmpty() ? "nothing" : lexeme) + "; leave the key out instead", exitCode);
        }
        if (p instanceof YAMLParser y) {
          yamlChecks(file, y, t, exitCode);
        }
      }
    } catch (InputException e) {
      throw e;
    } catch (JacksonException e) {
      throw translate(file, e, p, exitCode);
    } catch (IOException e) {
      throw new InputException(file, 0, 0, null, "cannot be read: " + e.getMessage(), exitCode);
    } finally {
      closeQuietly(p);
    }
  }

  private static void yamlChecks(String file, YAMLParser p, JsonToken t, int exitCode) throws IOException {
    // The YAML parser does not apply the name, string and number length limits of StreamReadConstraints.
    if (t == JsonToken.FIELD_NAME && p.currentName().length() > StrictMappers.MAX_NAME_LENGTH) {
      throw at(file, p, pathOf(p.getParsingContext().getParent()),
          "key is longer than " + StrictMappers.MAX_NAME_LENGTH + " characters", exitCode);
    }
    if (t.isScalarValue()) {
      String text = p.getText();
      if (text.length() > StrictMappers.MAX_NUMBER_LENGTH && (t.isNumeric() || LONG_DIGITS.matcher(text).matches())) {
        throw at(file, p, pathOf(p.getParsingContext()),
            "number has more than " + StrictMappers.MAX_NUMBER_LENGTH + " characters", exitCode);
      }
      if (text.length() > StrictMappers.MAX_STRING_LENGTH) {
        throw at(file, p, pathOf(p.getParsingContext()),
            "text value is longer than " + StrictMappers.MAX_STRING_LENGTH + " characters", exitCode);
      }
    }
    if (p.isCurrentAlias()) {
      throw at(file, p, pathOf(p.getParsingContext()),
          "anchors and aliases (*" + p.getText() + ") are not supported; write the value out in full", exitCode);
    }
    Object anchor = p.getObjectId();
    if (anchor != null && t != JsonToken.FIELD_NAME) {
      throw at(file, p, pathOf(p.getParsingContext().getParent()),
          "anchors and aliases (&" + anchor + ") are not supported; write the value out in full", exitCode);
    }
    Object tag = p.getTypeId();
    if (tag != null && !isCoreTag(tag.toString())) {
      throw at(file, p, pathOf(t.isStructStart() ? p.getParsingContext().getParent() : p.getParsingContext()),
          "explicit tags (" + displayTag(tag.toString()) + ") are not supported", exitCode);
    }
    if (t == JsonToken.FIELD_NAME && "<<".equals(p.currentName())) {
      throw at(file, p, pathOf(p.getParsingContext()),
          "merge keys (<<) and aliases are not supported; write the keys out in full", exitCode);
    }
    if (t == JsonToken.VALUE_NUMBER_FLOAT && YAML_NON_FINITE.matcher(p.getText()).matches()) {
      throw at(file, p, pathOf(p.getParsingContext()), "not a finite number: " + p.getText(), exitCode);
    }
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
        if (t == JsonToken.FIELD_NAME && parent.equals(pathOf(p.getParsingContext().getParent()))) {
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
        if (path.equals(pathOf(ctx))) {
          return p.currentTokenLocation();
        }
      }
    } catch (IOException e) {
      return null;
    }
    return null;
  }

  private static boolean isCoreTag(String tag) {
    return tag.startsWith(CORE_TAG_PREFIX) && CORE_TAGS.contains(tag.substring(CORE_TAG_PREFIX.length()));
  }

  private static String displayTag(String tag) {
    return tag.startsWith(CORE_TAG_PREFIX) ? "!!" + tag.substring(CORE_TAG_PREFIX.length()) : "!" + tag;
  }

  private static InputException at(String file, JsonParser p, String path, String message, int exitCode) {
    JsonLocation loc = p.currentTokenLocation();
    return new InputException(file, loc.getLineNr(), loc.getColumnNr(), path, message, exitCode);
  }

  private static void closeQuietly(JsonParser p) {
    if (p != null) {
      try {
        p.close();
      } catch (IOException ignored) {
        // nothing was written; the error that matters is the one being reported
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Exception translation

  static InputException translate(String file, JacksonException e, JsonParser p, int exitCode) {
    // Binding errors are raised while the parser sits on the offending token: its start is the place to point at
    // (the exception's own location is sometimes the end of the event). Parse errors carry their own location.
    JsonLocation loc = null;
    if (e instanceof JsonMappingException && p != null) {
      loc = p.currentTokenLocation();
    } else if (e instanceof JsonProcessingException jpe) {
      loc = jpe.getLocation();
    }
    if (loc == null && p != null) {
      loc = p.currentTokenLocation();
    }
    int line = loc == null || loc.getLineNr() < 1 ? 0 : loc.getLineNr();
    int column = loc == null || loc.getColumnNr() < 1 ? 0 : loc.getColumnNr();
    String path;
    if (e instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
      path = pathOf(jme.getPath());
    } else {
      path = p == null ? "" : pathOf(p.getParsingContext());
    }
    org.yaml.snakeyaml.error.MarkedYAMLException marked = markedCause(e);
    String message;
    if (marked != null) {
      if (marked.getProblemMark() != null) {
        line = marked.getProblemMark().getLine() + 1;
        column = marked.getProblemMark().getColumn() + 1;
      }
      message = yamlProblem(marked);
    } else {
      message = describe(e, p);
    }
    if (message.equals("file is empty")) {
      line = 0;
      column = 0;
      path = "";
    }
    return new InputException(file, line, column, path.isEmpty() ? null : path, message, exitCode);
  }

  private static org.yaml.snakeyaml.error.MarkedYAMLException markedCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.yaml.snakeyaml.error.MarkedYAMLException m) {
        return m;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  private static String yamlProblem(org.yaml.snakeyaml.error.MarkedYAMLException m) {
    String problem = m.getProblem() == null ? m.getMessage() : m.getProblem();
    problem = problem.replace("\\t(TAB)", "TAB").replace("\t(TAB)", "TAB").replace("'\t'", "TAB");
    String context = m.getContext();
    String message = "YAML syntax error: " + problem;
    if (context != null && !context.isBlank()) {
      message += " (" + context + ")";
    }
    if (problem.contains("TAB")) {
      message += "; indent with spaces, not tabs";
    }
    return oneLine(message);
  }

  private static String describe(JacksonException e, JsonParser p) {
    if (e.getClass() == JsonMappingException.class && e.getCause() instanceof JacksonException cause) {
      return describe(cause, p); // databind wraps parser errors met while binding; the path stays the wrapper's
    }
    String original = e instanceof JsonProcessingException jpe && jpe.getOriginalMessage() != null
        ? jpe.getOriginalMessage() : String.valueOf(e.getMessage());
    if (e instanceof StreamConstraintsException) {
      return limitMessage(original);
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return unknownKey(u.getPropertyName(), u.getKnownPropertyIds());
    }
    if (e instanceof InvalidNullException
        || original.startsWith("Cannot map `null`") && !original.contains("missing required key")) {
      return "a value is required here, found null";
    }
    if (e instanceof FiniteDoubleDeserializer.NonFiniteNumberException n) {
      return "not a finite number: " + n.lexeme();
    }
    if (e instanceof ValueInstantiationException v) {
      Throwable cause = v.getCause();
      while (cause != null && cause.getCause() != null && cause.getCause() != cause
          && !(cause instanceof IllegalArgumentException)) {
        cause = cause.getCause();
      }
      return "invalid value: " + oneLine(cause == null ? original : String.valueOf(cause.getMessage()));
    }
    if (e instanceof InputCoercionException c) {
      String text = lexeme(p);
      return "number " + (text == null ? "" : text + " ") + "is out of range for " + expected(c.getTargetType());
    }
    if (e instanceof MismatchedInputException m) {
      if (original.startsWith("No content to map")) {
        return "file is empty";
      }
      if (original.startsWith("Trailing token")) {
        return "unexpected content after the end of the document";
      }
      if (original.startsWith("missing required key")) {
        List<JsonMappingException.Reference> refs = m.getPath();
        String name = refs.isEmpty() ? null : refs.get(refs.size() - 1).getFieldName();
        return name == null ? "missing required key" : "missing required key '" + name + "'";
      }
      Class<?> target = m.getTargetType();
      if (target != null && target.isEnum() && e instanceof InvalidFormatException f) {
        List<String> names = new ArrayList<>();
        for (Object c : target.getEnumConstants()) {
          names.add(c.toString());
        }
        String value = String.valueOf(f.getValue());
        return "unknown value '" + value + "'; expected one of " + String.join(", ", names)
            + Suggestions.nearest(value, names).map(s -> "; did you mean '" + s + "'?").orElse("");
      }
      JsonToken token = m.getCurrentToken() != null ? m.getCurrentToken() : p == null ? null : p.currentToken();
      if (target != null) {
        return "expected " + expected(target) + ", found " + found(token, p);
      }
      return oneLine(sanitize(original));
    }
    if (e instanceof JsonParseException) {
      Matcher dup = Pattern.compile("Duplicate field '(.*)'").matcher(original);
      if (dup.find()) {
        return "duplicate key '" + dup.group(1) + "'";
      }
      if (original.contains("Non-standard token") || original.contains("ALLOW_NON_NUMERIC_NUMBERS")) {
        return "not a finite number; NaN and Infinity are not allowed";
      }
      if (original.contains("comment")) {
        return "comments are not allowed in JSON";
      }
      if (original.contains("Malformed numeric value")) {
        return "not a finite number: " + lexeme(p);
      }
      return "syntax error: " + oneLine(sanitize(original));
    }
    return "cannot be read: " + oneLine(sanitize(original));
  }

  private static String limitMessage(String original) {
    String m = original.toLowerCase(Locale.ROOT);
    if (m.contains("nesting depth")) {
      return "nested more than " + StrictMappers.MAX_NESTING + " levels deep";
    }
    if (m.contains("number value length") || m.contains("number length")) {
      return "number has more than " + StrictMappers.MAX_NUMBER_LENGTH + " characters";
    }
    if (m.contains("string value length") || m.contains("string length")) {
      return "text value is longer than " + StrictMappers.MAX_STRING_LENGTH + " characters";
    }
    if (m.contains("name length") || m.contains("name value length")) {
      return "key is longer than " + StrictMappers.MAX_NAME_LENGTH + " characters";
    }
    if (m.contains("document length")) {
      return "file is larger than 8 MB; put matrices in CSV";
    }
    return "input exceeds a reader limit";
  }

  static String unknownKey(String name, Collection<Object> known) {
    Set<String> names = new TreeSet<>();
    if (known != null) {
      for (Object k : known) {
        names.add(String.valueOf(k));
      }
    }
    String message = "unknown key '" + name + "'";
    var nearest = Suggestions.nearest(name, names);
    if (nearest.isPresent()) {
      return message + "; did you mean '" + nearest.get() + "'?";
    }
    return names.isEmpty() ? message : message + "; known keys: " + String.join(", ", names);
  }

  private static String expected(Class<?> t) {
    if (t == null) {
      return "a different value";
    }
    if (t == double.class || t == float.class || t == Double.class || t == Float.class || t == BigDecimal.class
        || t == Number.class) {
      return "a number";
    }
    if (t == int.class || t == long.class || t == short.class || t == byte.class || t == Integer.class
        || t == Long.class || t == Short.class || t == Byte.class || t == BigInteger.class) {
      return "a whole number";
    }
    if (t == boolean.class || t == Boolean.class) {
      return "true or false";
    }
    if (t == String.class || CharSequence.class.isAssignableFrom(t) || t == char.class || t == Character.class) {
      return "text";
    }
    if (t.isArray() || Collection.class.isAssignableFrom(t)) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(t) || t.isRecord() || !t.isPrimitive()) {
      return "a mapping (key: value)";
    }
    return "a " + t.getSimpleName();
  }

  private static String found(JsonToken token, JsonParser p) {
    if (token == null) {
      return "nothing";
    }
    String text = lexeme(p);
    return switch (token) {
      case VALUE_STRING -> "text \"" + abbreviate(text) + "\"";
      case VALUE_NUMBER_INT -> "the whole number " + abbreviate(text);
      case VALUE_NUMBER_FLOAT -> "the decimal number " + abbreviate(text);
      case VALUE_TRUE, VALUE_FALSE -> "the yes/no value " + abbreviate(text);
      case VALUE_NULL -> "null";
      case START_OBJECT, FIELD_NAME -> "a mapping (key: value)";
      case START_ARRAY -> "a list";
      case END_ARRAY, END_OBJECT -> "the end of a " + (token == JsonToken.END_ARRAY ? "list" : "mapping");
      default -> "something else";
    };
  }

  private static String lexeme(JsonParser p) {
    if (p == null) {
      return null;
    }
    try {
      return p.getText();
    } catch (IOException e) {
      return null;
    }
  }

  private static String abbreviate(String s) {
    if (s == null) {
      return "";
    }
    s = oneLine(s);
    return s.length() > 40 ? s.substring(0, 37) + "..." : s;
  }

  /** Drops Jackson's own vocabulary from a fallback message: backticked class names, feature hints, source refs. */
  private static String sanitize(String message) {
    String m = message;
    int cut = m.indexOf("\n");
    if (cut >= 0) {
      m = m.substring(0, cut);
    }
    m = m.replaceAll("\\s*\\([^()]*(Feature|enable|disable)[^()]*\\)", "");
    m = m.replaceAll("`(?:[a-z]+\\.)+([A-Za-z$]+)`", "$1");
    m = m.replaceAll("`([^`]*)`", "$1");
    return m.strip();
  }

  private static String oneLine(String s) {
    return s.replace('\r', ' ').replace('\n', ' ').replaceAll("\\s+", " ").strip();
  }

  /** {@code closures[2].jobs} from databind's reference chain. */
  static String pathOf(List<JsonMappingException.Reference> refs) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : refs) {
      if (r.getFieldName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  /** {@code closures[2].jobs} from a streaming context (the innermost name or index is the current value's). */
  static String pathOf(JsonStreamContext ctx) {
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject()) {
        if (c.getCurrentName() != null) {
          parts.add(0, "." + c.getCurrentName());
        }
      } else if (c.inArray()) {
        parts.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
      }
    }
    String s = String.join("", parts);
    return s.startsWith(".") ? s.substring(1) : s;
  }
}
