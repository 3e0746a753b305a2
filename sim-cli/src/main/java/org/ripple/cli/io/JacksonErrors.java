package org.ripple.cli.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
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
 * A Jackson or SnakeYAML failure as one {@link InputException} in plain English, with no Jackson class names: the place
 * is the offending token's start (or the YAML problem mark), the path is the key or list element ({@code closures[2]
 * .jobs}), and the message says what was expected and what was found, the nearest known key for a typo, the allowed
 * values of an enum, the reader limit that was exceeded, or the YAML syntax problem (tabs named as such).
 */
final class JacksonErrors {
  private JacksonErrors() {}

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
      path = DocumentPaths.pathOf(jme.getPath());
    } else {
      path = p == null ? "" : DocumentPaths.pathOf(p.getParsingContext());
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

  /** Whether a binding failed because a required key is absent (our deserializer's own exception type). */
  static boolean missingKey(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof FiniteDoubleDeserializer.MissingKeyException) {
        return true;
      }
    }
    return false;
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
        || original.startsWith("Cannot map `null`") && !missingKey(e)) {
      return "a value is required here, found null";
    }
    if (e instanceof FiniteDoubleDeserializer.NumberFormException) {
      return original;
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
      if (missingKey(e)) {
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
        String hint = token == JsonToken.VALUE_STRING && expected(target).endsWith("number")
            ? YamlNumberForms.textHint(lexeme(p)) : null;
        return "expected " + expected(target) + ", found " + found(token, p) + (hint == null ? "" : "; " + hint);
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
}
