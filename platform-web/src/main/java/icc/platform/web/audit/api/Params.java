package icc.platform.web.audit.api;

import icc.platform.web.audit.application.InvalidAuditRequestException;
import java.util.Optional;

/**
 * Parses numeric query and path parameters. JAX-RS would answer a non-numeric {@code Long}
 * parameter with 404; we want a 400 that names the parameter.
 */
final class Params {

  private static final int MAX_DIGITS = 18;

  private Params() {}

  /** A non-negative number, or {@code fallback} if absent (absent and no fallback: 400). */
  static long number(String name, String value, Long fallback) {
    if (value == null || value.isEmpty()) {
      if (fallback == null) {
        throw new InvalidAuditRequestException(name, "is required");
      }
      return fallback;
    }
    if (value.length() > MAX_DIGITS || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new InvalidAuditRequestException(name, "must be a non-negative whole number, got '" + shorten(value) + "'");
    }
    return Long.parseLong(value);
  }

  static Optional<Long> optionalNumber(String name, String value) {
    return value == null || value.isEmpty() ? Optional.empty() : Optional.of(number(name, value, null));
  }

  /** A number from 1 to {@code max}, {@code fallback} if absent. */
  static long bounded(String name, String value, long fallback, long max) {
    long n = number(name, value, fallback);
    if (n < 1 || n > max) {
      throw new InvalidAuditRequestException(name, "must be between 1 and " + max + ", got " + n);
    }
    return n;
  }

  private static String shorten(String value) {
    return value.length() > 20 ? value.substring(0, 20) + "..." : value;
  }
}
