package icc.platform.web.shared.i18n;

import jakarta.enterprise.inject.spi.CDI;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts for Java code (Faces messages, error pages) from the same bundles the pages use, in the
 * language of the current person. Patterns with arguments follow {@link MessageFormat}: in those
 * a straight apostrophe must be doubled, so the bundles write the typographic one (’).
 */
public final class UiText {

  private static final String PREFIX = "i18n.";

  private UiText() {}

  /** The text for {@code key} of bundle {@code i18n/<bundle>} in the current person's language. */
  public static String of(String bundle, String key, Object... arguments) {
    return of(currentLocale(), bundle, key, arguments);
  }

  public static String of(Locale locale, String bundle, String key, Object... arguments) {
    String pattern;
    try {
      pattern = ResourceBundle.getBundle(PREFIX + bundle, locale).getString(key);
    } catch (MissingResourceException e) {
      // A missing text must not break the action that produced it; the key shows what is missing.
      return "???" + bundle + "." + key + "???";
    }
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  /** The text for {@code key} if the bundle has it, otherwise {@code fallback}. */
  public static String orElse(String bundle, String key, String fallback, Object... arguments) {
    Locale locale = currentLocale();
    try {
      String pattern = ResourceBundle.getBundle(PREFIX + bundle, locale).getString(key);
      return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    } catch (MissingResourceException e) {
      return fallback;
    }
  }

  /** The language of the Faces request being handled (English outside any request). */
  public static Locale currentLocale() {
    try {
      return CDI.current().select(LanguageChoice.class).get().getLocale();
    } catch (RuntimeException e) { // no CDI container or no active session context (unit tests)
      return Languages.DEFAULT;
    }
  }
}
