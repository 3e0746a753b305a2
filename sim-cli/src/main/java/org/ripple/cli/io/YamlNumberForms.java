package org.ripple.cli.io;

import com.fasterxml.jackson.core.JsonParser;
import java.util.regex.Pattern;

/**
 * The YAML 1.1 number spellings an analyst does not mean, and what to write instead. The YAML parser resolves
 * {@code 010} as octal 8, {@code 0x1F} as 31, {@code 0b101} as 5 and {@code 1_000} as 1000; Ripple refuses them
 * rather than convert them silently: the deserializers of every number field ({@link FiniteDoubleDeserializer},
 * {@link PlainIntegerDeserializer}) {@link #check} the token's lexeme. A text field keeps the lexeme as written
 * ({@code sector: 0700} stays "0700"), so codes are not affected. A
 * sexagesimal {@code 1:30} (90 in YAML 1.1) reaches a number field as text; {@link #textHint} adds the fix to the
 * "expected a number" message ({@link JacksonErrors}). A plain decimal ({@code 10}, {@code -2.5}, {@code 0.5},
 * {@code .5}, {@code 1e3}) is what every number in a scenario or {@code model.yaml} is.
 */
final class YamlNumberForms {
  private static final Pattern HEX = Pattern.compile("[-+]?0x[0-9a-fA-F_]+");
  private static final Pattern BINARY = Pattern.compile("[-+]?0b[01_]+");
  private static final Pattern LEADING_ZERO_INT = Pattern.compile("[-+]?0[0-9_]+");
  private static final Pattern SEXAGESIMAL = Pattern.compile("[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?");

  private YamlNumberForms() {}

  /** Refuses a number token bound to {@code target} unless it is written as a plain decimal. */
  static void check(JsonParser p, String lexeme, Class<?> target) throws FiniteDoubleDeserializer.NumberFormException {
    String refusal = refusal(lexeme);
    if (refusal != null) {
      throw new FiniteDoubleDeserializer.NumberFormException(p, refusal, target);
    }
  }

  /** Why a YAML number token's lexeme is refused, with what to write instead; null for a plain decimal. */
  static String refusal(String lexeme) {
    if (HEX.matcher(lexeme).matches()) {
      return lexeme + " is a hexadecimal number in YAML; write it in decimal (" + decimal(lexeme, 16, 2) + ")";
    }
    if (BINARY.matcher(lexeme).matches()) {
      return lexeme + " is a binary number in YAML; write it in decimal (" + decimal(lexeme, 2, 2) + ")";
    }
    if (LEADING_ZERO_INT.matcher(lexeme).matches()) {
      String digits = lexeme.replaceFirst("^([-+]?)0+(?=[0-9])", "$1").replace("_", "");
      return lexeme + " has a leading zero, which YAML reads as an octal number; write " + digits
          + " (or \"" + lexeme + "\" in quotes for a text code)";
    }
    if (lexeme.indexOf('_') >= 0) {
      return lexeme + " has digit separators (_), which are not part of a number here; write "
          + lexeme.replace("_", "");
    }
    return null;
  }

  /** The fix for text found where a number was expected, when the text is a YAML 1.1 base-60 number; else null. */
  static String textHint(String text) {
    if (text != null && SEXAGESIMAL.matcher(text).matches()) {
      return text + " is a base-60 (sexagesimal) number in YAML 1.1; write the number in decimal (1:30 is 90, or "
          + "1.5 for one and a half)";
    }
    return null;
  }

  private static String decimal(String lexeme, int radix, int prefix) {
    boolean negative = lexeme.startsWith("-");
    String body = lexeme.replaceFirst("^[-+]", "").substring(prefix).replace("_", "");
    try {
      return new java.math.BigInteger(body, radix).multiply(java.math.BigInteger.valueOf(negative ? -1 : 1))
          .toString();
    } catch (NumberFormatException e) {
      return "a plain decimal number";
    }
  }
}
