package icc.platform.web.shared.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Dates and times as the person's language writes them ({@code 3 Mar 2026 14:05} or {@code 3
 * mars 2026 14:05}). Times stay in UTC, as the pages say: focal points work in many time zones
 * and compare times with the audit log, which is in UTC. The patterns are in the {@code common}
 * bundle ({@code format.date}, {@code format.dateTime}), so a new language brings its own.
 */
@Named("dates")
@RequestScoped
public class DateTexts {

  @Inject LanguageChoice language;

  /** Date and time (UTC) of an {@link Instant}, or of an ISO-8601 instant in text (audit events). */
  public String dateTime(Object value) {
    return format(value, "format.dateTime");
  }

  /** Date and time to the second (UTC), where the order of close events matters (receipts). */
  public String dateTimeSeconds(Object value) {
    return format(value, "format.dateTimeSeconds");
  }

  /** A calendar date. */
  public String date(Object value) {
    return format(value, "format.date");
  }

  private String format(Object value, String patternKey) {
    if (value == null) {
      return "";
    }
    Locale locale = language.getLocale();
    return format(locale, value, UiText.of(locale, "common", patternKey));
  }

  static String format(Locale locale, Object value, String pattern) {
    TemporalAccessor temporal;
    if (value instanceof Instant || value instanceof LocalDate) {
      temporal = (TemporalAccessor) value;
    } else if (value instanceof TemporalAccessor other) {
      temporal = other;
    } else {
      try {
        temporal = Instant.parse(value.toString());
      } catch (DateTimeParseException e) {
        return value.toString(); // not a date we know how to read: shown as it is
      }
    }
    return DateTimeFormatter.ofPattern(pattern, locale).withZone(ZoneOffset.UTC).format(temporal);
  }
}
