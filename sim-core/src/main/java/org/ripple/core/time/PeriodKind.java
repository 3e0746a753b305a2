package org.ripple.core.time;

import java.time.LocalDate;

/** How a horizon is cut: calendar months, quarters or years. */
public enum PeriodKind {
  MONTH("month"),
  QUARTER("quarter"),
  YEAR("year");

  private final String key;

  PeriodKind(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  /** The first day of the calendar period holding {@code date}. */
  LocalDate startOf(LocalDate date) {
    return switch (this) {
      case MONTH -> date.withDayOfMonth(1);
      case QUARTER -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
      case YEAR -> LocalDate.of(date.getYear(), 1, 1);
    };
  }

  /** The first day of the next calendar period. */
  LocalDate next(LocalDate periodStart) {
    return switch (this) {
      case MONTH -> periodStart.plusMonths(1);
      case QUARTER -> periodStart.plusMonths(3);
      case YEAR -> periodStart.plusYears(1);
    };
  }

  /** The label of the calendar period starting at {@code periodStart}: 2025-01, 2025-Q1, 2025. */
  String label(LocalDate periodStart) {
    return switch (this) {
      case MONTH -> String.format(java.util.Locale.ROOT, "%04d-%02d", periodStart.getYear(),
          periodStart.getMonthValue());
      case QUARTER -> periodStart.getYear() + "-Q" + ((periodStart.getMonthValue() - 1) / 3 + 1);
      case YEAR -> Integer.toString(periodStart.getYear());
    };
  }
}
