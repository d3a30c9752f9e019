package icc.platform.web.organisation.domain;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The short code of an organisation in the registry: the ISO 3166-1 alpha-2 code for a State
 * ({@code NL}, {@code SN}), or an upper-case name for the Court ({@code COURT}), the platform
 * operators ({@code PLATFORM}) and international organisations. Codes appear in URLs, realm names
 * and audit events, so they are kept to a small safe alphabet.
 */
public record OrganisationCode(String value) implements Serializable {

  public static final int MAX_LENGTH = 16;
  private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9_]{1,15}");

  public OrganisationCode {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "An organisation code is 2 to 16 upper-case letters, digits or '_', starting with a letter"
              + " (for a State, its ISO 3166-1 alpha-2 code such as NL)");
    }
  }

  /** Accepts the code in any letter case, as people type it ({@code nl} is {@code NL}). */
  public static OrganisationCode parse(String text) {
    return new OrganisationCode(text == null ? null : text.trim().toUpperCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return value;
  }
}
