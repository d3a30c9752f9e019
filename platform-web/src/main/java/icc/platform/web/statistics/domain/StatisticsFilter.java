package icc.platform.web.statistics.domain;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a table is about: requests submitted from {@code from} to {@code to} (both days
 * included, UTC), optionally of one type, one regional group or one requested State, broken down
 * by {@code groupBy}, periods cut by {@code granularity}. Validates on construction.
 */
public record StatisticsFilter(
    LocalDate from,
    LocalDate to,
    Optional<String> type,
    Optional<RegionGroup> region,
    Optional<String> state,
    GroupBy groupBy,
    Granularity granularity) {

  private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");
  private static final Pattern STATE = Pattern.compile("[A-Z]{2}");
  /** Enough for any annual report, and a bound on the work of one query. */
  public static final int MAX_YEARS = 50;

  public StatisticsFilter {
    if (to.isBefore(from)) {
      throw new StatisticsException.InvalidInput("to", "must not be before from (" + from + ")");
    }
    if (from.plusYears(MAX_YEARS).isBefore(to)) {
      throw new StatisticsException.InvalidInput("to", "the period may span at most " + MAX_YEARS + " years");
    }
    type.ifPresent(t -> {
      if (!TYPE.matcher(t).matches()) {
        throw new StatisticsException.InvalidInput("type", "must be a request type such as FREEZE_ASSETS");
      }
    });
    state.ifPresent(s -> {
      if (!STATE.matcher(s).matches()) {
        throw new StatisticsException.InvalidInput("state", "must be an ISO 3166-1 alpha-2 code such as NL");
      }
    });
  }

  /**
   * Parses the query parameters of the API and the dashboard; blank means "not given". Defaults:
   * 1 January of this year to today, grouped by State, by year.
   */
  public static StatisticsFilter parse(
      String from, String to, String type, String region, String state, String groupBy, String granularity) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    LocalDate end = blank(to) ? today : date("to", to);
    LocalDate start = blank(from) ? LocalDate.of(end.getYear(), 1, 1) : date("from", from);
    return new StatisticsFilter(
        start,
        end,
        blank(type) ? Optional.empty() : Optional.of(type.trim().toUpperCase(Locale.ROOT)),
        blank(region) ? Optional.empty() : Optional.of(constant(RegionGroup.class, "region", region)),
        blank(state) ? Optional.empty() : Optional.of(state.trim().toUpperCase(Locale.ROOT)),
        blank(groupBy) ? GroupBy.STATE : constant(GroupBy.class, "groupBy", groupBy),
        blank(granularity) ? Granularity.YEAR : constant(Granularity.class, "granularity", granularity));
  }

  /** The same selection broken down by another dimension. */
  public StatisticsFilter groupedBy(GroupBy other) {
    return new StatisticsFilter(from, to, type, region, state, other, granularity);
  }

  /** The first instant after the period (exclusive end of submission times). */
  public LocalDate endExclusive() {
    return to.plusDays(1);
  }

  private static LocalDate date(String field, String value) {
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new StatisticsException.InvalidInput(field, "must be a date such as 2020-12-31");
    }
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String field, String value) {
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      StringBuilder allowed = new StringBuilder();
      for (E c : type.getEnumConstants()) {
        allowed.append(allowed.isEmpty() ? "" : ", ").append(c.name());
      }
      throw new StatisticsException.InvalidInput(field, "must be one of " + allowed);
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
