package icc.platform.web.audit.web;

import icc.platform.web.audit.domain.AuditQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The search form's text fields, as typed, turned into an {@link AuditQuery}. Times are UTC,
 * {@code 2026-03-01} or {@code 2026-03-01T10:15}; a bad one is an {@link IllegalArgumentException}
 * naming the field.
 */
record AuditCriteria(String organisation, String user, String action, String object, String from, String to) {

  static final int MAX_FIELD = 255;

  AuditQuery toQuery() {
    return new AuditQuery(
        text("organisation", organisation).map(s -> s.toUpperCase(java.util.Locale.ROOT)),
        text("user", user),
        text("action", action),
        text("object", object),
        time("from", from),
        time("to", to));
  }

  private static Optional<String> text(String field, String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    if (value.length() > MAX_FIELD) {
      throw new IllegalArgumentException(field + ": at most " + MAX_FIELD + " characters");
    }
    return Optional.of(value.strip());
  }

  static Optional<Instant> time(String field, String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    try {
      if (v.length() == 10) {
        return Optional.of(LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC));
      }
      return Optional.of(LocalDateTime.parse(v).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + ": give a UTC time as 2026-03-01 or 2026-03-01T10:15");
    }
  }
}
