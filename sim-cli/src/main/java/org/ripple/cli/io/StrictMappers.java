package org.ripple.cli.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Hardened Jackson mappers for scenario files and {@code model.yaml}. Each call
 * returns a new, fully configured mapper. Bind to typed records, never to trees or maps: in a typed {@code String}
 * field YAML keeps the lexeme ({@code 0700}, {@code 1.10}, {@code NO}), a tree does not.
 *
 * <ul>
 *   <li>limits: nesting 64, strings 100,000 chars, numbers 64 digits, keys 256 chars, documents 8 MiB;
 *   <li>duplicate keys, trailing content and unknown properties are errors;
 *   <li>no coercion from text to numbers or booleans, none from a decimal to an integer;
 *   <li>an explicit {@code null} into a primitive is an error; an absent boxed property is null, an absent primitive
 *       {@code double} is an error (never a silent 0). {@link StrictReader} also rejects every explicit {@code null}
 *       in its token pre-pass, so a null never reaches a record;
 *   <li>every {@code double}/{@code Double} goes through {@link FiniteDoubleDeserializer}: {@code 1e400} is "not a
 *       finite number"; the digits are converted by FastDoubleParser ({@code USE_FAST_DOUBLE_PARSER}), the same
 *       nearest double as {@link Double#parseDouble};
 *   <li>every number ({@code Integer} fields through {@link PlainIntegerDeserializer}) must be written as a plain
 *       decimal: YAML 1.1's {@code 010} (octal), {@code 0x1F}, {@code 0b101} and {@code 1_000} are refused with what to
 *       write instead ({@link YamlNumberForms}).
 * </ul>
 *
 * Aliases, tags, merge keys and second documents are not visible to databind; {@link StrictReader} rejects them in a
 * token pre-pass.
 */
public final class StrictMappers {
  public static final int MAX_NESTING = 64;
  public static final int MAX_STRING_LENGTH = 100_000;
  public static final int MAX_NUMBER_LENGTH = 64;
  public static final int MAX_NAME_LENGTH = 256;
  public static final long MAX_DOCUMENT_BYTES = 8L << 20;

  private StrictMappers() {}

  public static ObjectMapper yaml() {
    LoaderOptions lo = new LoaderOptions();
    lo.setMaxAliasesForCollections(10);
    lo.setNestingDepthLimit(MAX_NESTING);
    lo.setCodePointLimit((int) MAX_DOCUMENT_BYTES);
    lo.setAllowDuplicateKeys(false);
    YAMLFactory factory = YAMLFactory.builder().loaderOptions(lo).streamReadConstraints(constraints())
        .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();
    return configure(new ObjectMapper(factory));
  }

  public static ObjectMapper json() {
    JsonFactory factory = JsonFactory.builder().streamReadConstraints(constraints())
        .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();
    return configure(new ObjectMapper(factory));
  }

  static StreamReadConstraints constraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxNameLength(MAX_NAME_LENGTH)
        .maxDocumentLength(MAX_DOCUMENT_BYTES)
        .build();
  }

  private static ObjectMapper configure(ObjectMapper m) {
    m.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    m.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
        DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    m.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    for (LogicalType type : new LogicalType[] {LogicalType.Float, LogicalType.Integer, LogicalType.Boolean}) {
      m.coercionConfigFor(type)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
    m.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    SimpleModule finite = new SimpleModule("ripple-finite-doubles");
    finite.addDeserializer(Double.class, new FiniteDoubleDeserializer(Double.class));
    finite.addDeserializer(double.class, new FiniteDoubleDeserializer(double.class));
    finite.addDeserializer(Integer.class, new PlainIntegerDeserializer());
    m.registerModule(finite);
    return m;
  }
}
