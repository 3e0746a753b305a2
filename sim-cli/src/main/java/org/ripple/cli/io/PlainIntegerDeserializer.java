package org.ripple.cli.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/**
 * Binds {@code Integer} (a year, a row count) from a whole-number token written as a plain decimal
 * ({@link YamlNumberForms}); a decimal number, text, a boolean or a structure is a mismatch ("expected a whole number,
 * found ..."), and a value outside the int range is "out of range".
 */
final class PlainIntegerDeserializer extends StdScalarDeserializer<Integer> {
  private static final long serialVersionUID = 1L;

  PlainIntegerDeserializer() {
    super(Integer.class);
  }

  @Override
  public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
      YamlNumberForms.check(p, p.getText(), Integer.class);
      return p.getIntValue();
    }
    return (Integer) ctxt.handleUnexpectedToken(Integer.class, p);
  }
}
