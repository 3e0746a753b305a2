package org.ripple.cli.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The token pass {@link StrictReader} makes over a YAML or JSON document before binding it, for what databind cannot
 * see or would get wrong. Refused, each at its {@code file:line:col} and path: an explicit null (a record would bind
 * it as null or 0; leaving the key out says "absent"), a second document or content after the first, and in YAML
 * aliases and anchors (an alias would bind as the anchor's name), explicit tags other than the YAML core ones, merge
 * keys ({@code <<}), {@code .nan} and {@code .inf}, and keys, numbers and text values over the reader's length limits
 * (the YAML parser does not apply {@link com.fasterxml.jackson.core.StreamReadConstraints} to them).
 */
final class TokenPrePass {
  private static final Pattern YAML_NON_FINITE = Pattern.compile("[-+]?\\.(nan|NaN|NAN|inf|Inf|INF)");
  private static final Pattern LONG_DIGITS = Pattern.compile("[-+]?[0-9][0-9_.eE+-]*");
  private static final Set<String> CORE_TAGS = Set.of("str", "int", "float", "bool", "null", "seq", "map");
  private static final String CORE_TAG_PREFIX = "tag:yaml.org,2002:";

  private TokenPrePass() {}

  /**
   * Walks the tokens once, rejecting what databind cannot see or would get wrong: explicit nulls (a record would bind
   * them as null or 0; leaving the key out is the way to say "absent"), and in YAML aliases, anchors, tags, merge keys,
   * second documents and {@code .nan}/{@code .inf}.
   */
  static void check(String file, String text, ObjectMapper mapper, int exitCode) {
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
          throw at(file, p, DocumentPaths.pathOf(p.getParsingContext()), "a value is required here, found "
              + (lexeme == null || lexeme.isEmpty() ? "nothing" : lexeme) + "; leave the key out instead", exitCode);
        }
        if (p instanceof YAMLParser y) {
          yamlChecks(file, y, t, exitCode);
        }
      }
    } catch (InputException e) {
      throw e;
    } catch (JacksonException e) {
      throw JacksonErrors.translate(file, e, p, exitCode);
    } catch (IOException e) {
      throw new InputException(file, 0, 0, null, "cannot be read: " + e.getMessage(), exitCode);
    } finally {
      StrictReader.closeQuietly(p);
    }
  }

  private static void yamlChecks(String file, YAMLParser p, JsonToken t, int exitCode) throws IOException {
    // The YAML parser does not apply the name, string and number length limits of StreamReadConstraints.
    if (t == JsonToken.FIELD_NAME && p.currentName().length() > StrictMappers.MAX_NAME_LENGTH) {
      throw at(file, p, DocumentPaths.pathOf(p.getParsingContext().getParent()),
          "key is longer than " + StrictMappers.MAX_NAME_LENGTH + " characters", exitCode);
    }
    if (t.isScalarValue()) {
      String text = p.getText();
      if (text.length() > StrictMappers.MAX_NUMBER_LENGTH && (t.isNumeric() || LONG_DIGITS.matcher(text).matches())) {
        throw at(file, p, DocumentPaths.pathOf(p.getParsingContext()),
            "number has more than " + StrictMappers.MAX_NUMBER_LENGTH + " characters", exitCode);
      }
      if (text.length() > StrictMappers.MAX_STRING_LENGTH) {
        throw at(file, p, DocumentPaths.pathOf(p.getParsingContext()),
            "text value is longer than " + StrictMappers.MAX_STRING_LENGTH + " characters", exitCode);
      }
    }
    if (p.isCurrentAlias()) {
      throw at(file, p, DocumentPaths.pathOf(p.getParsingContext()),
          "anchors and aliases (*" + p.getText() + ") are not supported; write the value out in full", exitCode);
    }
    Object anchor = p.getObjectId();
    if (anchor != null && t != JsonToken.FIELD_NAME) {
      throw at(file, p, DocumentPaths.pathOf(p.getParsingContext().getParent()),
          "anchors and aliases (&" + anchor + ") are not supported; write the value out in full", exitCode);
    }
    Object tag = p.getTypeId();
    if (tag != null && !isCoreTag(tag.toString())) {
      JsonStreamContext owner = t.isStructStart() ? p.getParsingContext().getParent() : p.getParsingContext();
      throw at(file, p, DocumentPaths.pathOf(owner),
          "explicit tags (" + displayTag(tag.toString()) + ") are not supported", exitCode);
    }
    if (t == JsonToken.FIELD_NAME && "<<".equals(p.currentName())) {
      throw at(file, p, DocumentPaths.pathOf(p.getParsingContext()),
          "merge keys (<<) and aliases are not supported; write the keys out in full", exitCode);
    }
    if (t == JsonToken.VALUE_NUMBER_FLOAT && YAML_NON_FINITE.matcher(p.getText()).matches()) {
      throw at(file, p, DocumentPaths.pathOf(p.getParsingContext()), "not a finite number: " + p.getText(), exitCode);
    }
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
}
