package icc.platform.web.statistics.domain;

import java.time.LocalDate;

/** How periods are cut: calendar years, quarters or months (UTC). */
public enum Granularity {
  YEAR,
  QUARTER,
  MONTH;

  /** The label of the period a day falls in: {@code 2019}, {@code 2019-Q3}, {@code 2019-07}. */
  public String label(LocalDate day) {
    return switch (this) {
      case YEAR -> Integer.toString(day.getYear());
      case QUARTER -> day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
      case MONTH -> String.format("%d-%02d", day.getYear(), day.getMonthValue());
    };
  }

  /** The first day after the period a day falls in (the period's exclusive end). */
  public LocalDate endAfter(LocalDate day) {
    return switch (this) {
      case YEAR -> LocalDate.of(day.getYear() + 1, 1, 1);
      case QUARTER -> LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1).plusMonths(3);
      case MONTH -> day.withDayOfMonth(1).plusMonths(1);
    };
  }
}
