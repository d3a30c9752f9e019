package icc.platform.web.request.domain;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.iban4j.BicFormatException;
import org.iban4j.BicUtil;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

/**
 * Checks of identifiers for which a standard exists. Each returns what is wrong in words a drafter
 * understands, or nothing when the value is good; {@code normal*} gives the stored form.
 */
public final class Identifiers {

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

  private Identifiers() {}

  /** The electronic form of an IBAN: no spaces, upper case (ISO 13616-1 section 5). */
  public static String normalIban(String text) {
    return text == null ? null : text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }

  /**
   * ISO 13616: known country, that country's length and structure, and mod-97 check digits
   * (iban4j keeps the country registry current).
   */
  public static Optional<String> ibanProblem(String text) {
    String iban = normalIban(text);
    if (iban.length() >= 2 && !COUNTRIES.contains(iban.substring(0, 2))) {
      return Optional.of("'" + iban.substring(0, 2) + "' is not a country that issues IBANs (ISO 13616)");
    }
    try {
      IbanUtil.validate(iban);
      return Optional.empty();
    } catch (InvalidCheckDigitException e) {
      return Optional.of("the check digits do not match: a character is probably mistyped (ISO 13616)");
    } catch (UnsupportedCountryException e) {
      return Optional.of("'" + (iban.length() >= 2 ? iban.substring(0, 2) : iban) + "' is not a country that issues IBANs (ISO 13616)");
    } catch (IbanFormatException e) {
      return Optional.of("not an IBAN of the right length and form for its country (ISO 13616): " + e.getMessage());
    }
  }

  public static String normalBic(String text) {
    return text == null ? null : text.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
  }

  /** ISO 9362: 4 letters (institution), country, 2 characters (location), optional 3 (branch). */
  public static Optional<String> bicProblem(String text) {
    String bic = normalBic(text);
    try {
      BicUtil.validate(bic);
      return Optional.empty();
    } catch (UnsupportedCountryException e) {
      return Optional.of("the country part of the BIC is not an ISO 3166 country (ISO 9362)");
    } catch (BicFormatException e) {
      return Optional.of("not a BIC: 4 characters for the institution, the country, 2 for the location, optionally 3 for the branch, e.g. ABNANL2A (ISO 9362)");
    }
  }

  public static String normalCountry(String text) {
    return text == null ? null : text.strip().toUpperCase(Locale.ROOT);
  }

  /** ISO 3166-1 alpha-2, as {@link Locale#getISOCountries()} knows them. */
  public static Optional<String> countryProblem(String text) {
    return COUNTRIES.contains(normalCountry(text)) ? Optional.empty()
        : Optional.of("'" + text + "' is not an ISO 3166-1 two-letter country code, e.g. NL or SN");
  }

  public static String normalCurrency(String text) {
    return text == null ? null : text.strip().toUpperCase(Locale.ROOT);
  }

  /** ISO 4217, as {@link Currency} knows them. */
  public static Optional<String> currencyProblem(String text) {
    String code = normalCurrency(text);
    try {
      if (code.length() == 3) {
        Currency.getInstance(code);
        return Optional.empty();
      }
    } catch (IllegalArgumentException e) {
      // falls through
    }
    return Optional.of("'" + text + "' is not an ISO 4217 currency code, e.g. EUR or XOF");
  }

  /** ISO 639-1 two-letter language code. */
  public static Optional<String> languageProblem(String text) {
    return text != null && text.length() == 2 && LANGUAGES.contains(text)
        ? Optional.empty() : Optional.of("'" + text + "' is not an ISO 639-1 language code, e.g. en or fr");
  }

  /** A date that lies in the past or today (birth, decision, measure). */
  public static Optional<String> notFuture(LocalDate date, LocalDate today) {
    return date != null && date.isAfter(today) ? Optional.of("cannot be in the future") : Optional.empty();
  }
}
