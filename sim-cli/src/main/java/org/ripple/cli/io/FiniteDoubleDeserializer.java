package org.ripple.cli.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;

/**
 * Binds {@code double} and {@code Double} from a number token only, and only when the value is finite: {@code 1e400}
 * parses to infinity, which Jackson would pass on silently, and only when written as a plain decimal: YAML 1.1's
 * octal, hexadecimal, binary and digit-separator forms are refused ({@link YamlNumberForms}). Text, booleans and
 * structures are mismatches. An absent primitive is a missing required key, never 0.
 */
final class FiniteDoubleDeserializer extends StdScalarDeserializer<Double> {
  private static final long serialVersionUID = 1L;

  private final boolean primitive;

  FiniteDoubleDeserializer(Class<?> type) {
    super(type);
    this.primitive = type.isPrimitive();
  }

  @Override
  public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      String text = p.getText();
      YamlNumberForms.check(p, text, Double.class);
      double v;
      try {
        v = p.getDoubleValue();
      } catch (IOException e) {
        throw new NonFiniteNumberException(p, text); // YAML .nan/.inf, if the pre-pass was skipped
      }
      if (!Double.isFinite(v)) {
        throw new NonFiniteNumberException(p, text);
      }
      return v;
    }
    return (Double) ctxt.handleUnexpectedToken(handledType(), p);
  }

  @Override
  public Object getAbsentValue(DeserializationContext ctxt) throws JsonMappingException {
    if (primitive) {
      throw new MissingKeyException(ctxt.getParser());
    }
    return null;
  }

  /** A number written in a YAML 1.1 form that is not a plain decimal ({@code 010}, {@code 0x1F}, {@code 1_000}). */
  static final class NumberFormException extends MismatchedInputException {
    private static final long serialVersionUID = 1L;

    NumberFormException(JsonParser p, String refusal, Class<?> target) {
      super(p, refusal, target);
    }
  }

  /** A number that does not fit in a double (1e400) or is NaN/infinite by spelling. */
  static final class NonFiniteNumberException extends MismatchedInputException {
    private static final long serialVersionUID = 1L;

    private final String lexeme;

    NonFiniteNumberException(JsonParser p, String lexeme) {
      super(p, "not a finite number: " + lexeme, Double.class);
      this.lexeme = lexeme;
    }

    String lexeme() {
      return lexeme;
    }
  }

  /** A required number whose key is absent (never read as 0). */
  static final class MissingKeyException extends MismatchedInputException {
    private static final long serialVersionUID = 1L;

    MissingKeyException(JsonParser p) {
      super(p, "missing required key", double.class);
    }
  }
}
