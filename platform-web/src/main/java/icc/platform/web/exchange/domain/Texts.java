package icc.platform.web.exchange.domain;

import java.util.regex.Pattern;

/** Checks of the free texts people type: present, not too long, no control characters. */
public final class Texts {

  /** Control characters other than tab, line feed and carriage return. */
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

  private Texts() {}

  /** The trimmed text, or 400 naming the field. */
  public static String required(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw new ExchangeException.InvalidInput(field, "required");
    }
    return checked(field, value.strip(), max);
  }

  /** The trimmed text, or null if absent or blank. */
  public static String optional(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return checked(field, value.strip(), max);
  }

  private static String checked(String field, String value, int max) {
    if (value.length() > max) {
      throw new ExchangeException.InvalidInput(field, "at most " + max + " characters, got " + value.length());
    }
    if (CONTROL.matcher(value).find()) {
      throw new ExchangeException.InvalidInput(field, "must not contain control characters");
    }
    return value;
  }
}
