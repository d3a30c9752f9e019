package icc.platform.web.request.domain;

import java.util.regex.Pattern;

/** Free texts of a request: trimmed, bounded, no control characters (400 naming the field otherwise). */
final class Texts {

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

  private Texts() {}

  /** The trimmed text, or the empty string when absent (the V30 columns default to ''). */
  static String text(String field, String value, int max) {
    if (value == null) {
      return "";
    }
    String v = value.strip();
    if (v.length() > max) {
      throw new RequestException.InvalidInput(field, "at most " + max + " characters, got " + v.length());
    }
    if (CONTROL.matcher(v).find()) {
      throw new RequestException.InvalidInput(field, "must not contain control characters");
    }
    return v;
  }

  /** The trimmed text, or null when absent or blank. */
  static String optional(String field, String value, int max) {
    String v = text(field, value, max);
    return v.isEmpty() ? null : v;
  }

  static String required(String field, String value, int max) {
    String v = text(field, value, max);
    if (v.isEmpty()) {
      throw new RequestException.InvalidInput(field, "required");
    }
    return v;
  }
}
