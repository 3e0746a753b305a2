package org.ripple.cli.output.tables;

import java.util.Objects;

/**
 * One column of a {@link Table}: a header (with its unit, e.g. "Labour income (CAD)"), the kind of its cells, which
 * picks the number format of spreadsheet cells and the rounding of HTML cells, and, for tables that CSV and JSON
 * also write, its machine key (e.g. {@code jobs_effect_II}: the CSV header and the JSON field name; empty when the
 * column is only shown to people).
 */
public record Column(String header, Kind kind, String key) {
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

  public Column {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(kind, "kind");
    key = key == null ? "" : key;
  }

  /** A column without a machine key. */
  public Column(String header, Kind kind) {
    this(header, kind, "");
  }

  /** The same column with a machine key. */
  public Column keyed(String machineKey) {
    return new Column(header, kind, machineKey);
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
