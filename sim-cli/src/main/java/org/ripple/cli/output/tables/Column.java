package org.ripple.cli.output.tables;

import java.util.Objects;

/**
 * One column of a {@link Table}: a header (with its unit, e.g. "Labour income (CAD)"), the kind of its cells, which
 * picks the number format of spreadsheet cells and the rounding of HTML cells, and, for tables that CSV and JSON
 * also write, its machine key (e.g. {@code jobs_effect_II}: the CSV header and the JSON field name; empty when the
 * column is only shown to people).
 */
public record Column(String header, Kind kind, String key, Json json, String split, String jsonName) {
  /** What a column holds. */
  public enum Kind {
    /** Text, written as a string cell (never a formula). */
    TEXT,
    /** Persons: whole numbers with thousands separators. */
    JOBS,
    /** Currency units: whole numbers with thousands separators. */
    MONEY,
    /** Millions of currency units: one decimal with thousands separators. */
    MILLIONS,
    /** A ratio or per-unit figure: four decimals. */
    RATIO
  }

  /**
   * How JSON writes a column's cells: as they are (text a string, a number exact, not available null), text
   * {@code "true"}/{@code "false"} as a JSON boolean, or not at all (a column only the other formats show).
   */
  public enum Json {
    VALUE,
    BOOLEAN,
    NONE
  }

  /**
   * @param key the machine key: the CSV header and the JSON field name; in JSON, dots nest it in objects
   *     ({@code summary.direct.jobs} is the field {@code jobs} of the object {@code direct} of {@code summary})
   * @param json how JSON writes the column
   * @param split for a text column, the separator at which JSON splits the text into an array of strings (a path
   *     of sector codes), or empty
   * @param jsonName the field name in JSON when it is not the key (empty: the key)
   */
  public Column {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(kind, "kind");
    key = key == null ? "" : key;
    json = json == null ? Json.VALUE : json;
    split = split == null ? "" : split;
    jsonName = jsonName == null || jsonName.isEmpty() ? key : jsonName;
  }

  /** A column with a machine key, written by JSON as it is. */
  public Column(String header, Kind kind, String key) {
    this(header, kind, key, Json.VALUE, "", "");
  }

  /** A column without a machine key. */
  public Column(String header, Kind kind) {
    this(header, kind, "");
  }

  /** The same column with a machine key. */
  public Column keyed(String machineKey) {
    return new Column(header, kind, machineKey, json, split, "");
  }

  /** The same column written by JSON as {@code form} says. */
  public Column json(Json form) {
    return new Column(header, kind, key, form, split, jsonName);
  }

  /** The same text column written by JSON as the array of its text's parts between {@code separator}s. */
  public Column splitAt(String separator) {
    return new Column(header, kind, key, json, separator, jsonName);
  }

  /** The same column named {@code name} in JSON (its key stays the CSV header). */
  public Column jsonAs(String name) {
    return new Column(header, kind, key, json, split, name);
  }

  public static Column text(String header) {
    return new Column(header, Kind.TEXT);
  }

  public static Column jobs(String header) {
    return new Column(header, Kind.JOBS);
  }

  public static Column money(String header) {
    return new Column(header, Kind.MONEY);
  }

  public static Column millions(String header) {
    return new Column(header, Kind.MILLIONS);
  }

  public static Column ratio(String header) {
    return new Column(header, Kind.RATIO);
  }
}
