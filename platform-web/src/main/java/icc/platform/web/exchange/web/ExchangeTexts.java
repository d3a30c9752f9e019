package icc.platform.web.exchange.web;

import icc.platform.web.exchange.domain.ExchangeException;
import icc.platform.web.shared.i18n.Languages;
import icc.platform.web.shared.i18n.UiText;
import java.util.Locale;

/**
 * Texts of the exchange pages from {@code i18n/exchange*.properties}, and refusals in the
 * person's language. The domain writes its refusals in English for the API, where national
 * systems read them; a page in another language shows the bundle's text for the refusal's stable
 * code ({@link ExchangeException#error()}) or, for bad input, for the field concerned.
 */
final class ExchangeTexts {

  static final String BUNDLE = "exchange";

  private ExchangeTexts() {}

  static String text(String key, Object... arguments) {
    return UiText.of(BUNDLE, key, arguments);
  }

  static String refusal(ExchangeException e) {
    Locale locale = UiText.currentLocale();
    if (locale.getLanguage().equals(Languages.DEFAULT.getLanguage())) {
      return e.getMessage();
    }
    if (e instanceof ExchangeException.InvalidInput invalid) {
      String field = UiText.orElse(BUNDLE, "field." + invalid.field(), e.getMessage());
      return UiText.of(BUNDLE, "error.invalid_input", field);
    }
    return UiText.orElse(BUNDLE, "error." + e.error(), e.getMessage());
  }
}
