package org.ripple.cli.output.tables;

import java.util.Objects;

/**
 * One column of a {@link Table}: a header (with its unit, e.g. "Labour income (CAD)") and the kind of its cells, which
 * picks the number format of spreadsheet cells and the rounding of HTML cells.
 */
public record Column(String header, Kind kind) {
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
