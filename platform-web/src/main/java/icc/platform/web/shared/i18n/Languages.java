package icc.platform.web.shared.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of the user interface and how one is chosen for a request. English and French
 * are the Court's working languages (Rome Statute art. 50(2)); English is the default. The same
 * list is in {@code WEB-INF/faces-config.xml} ({@code <locale-config>}); a unit test keeps both
 * in step.
 *
 * <p>Order of choice: what the person chose on the page (kept in the session by {@link
 * LanguageChoice}), then the cookie that remembers that choice in this browser, then the
 * browser's {@code Accept-Language}, then English.
 */
public final class Languages {

  /** The default, when nothing else says otherwise. */
  public static final Locale DEFAULT = Locale.ENGLISH;

  /** Every language the interface is written in, the default first. */
  public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

  /** The query parameter of the language switch, e.g. {@code ?lang=fr}. */
  public static final String PARAMETER = "lang";

  /** The cookie that remembers the choice in this browser (a language tag, nothing else). */
  public static final String COOKIE = "PLATFORM_LANG";

  private Languages() {}

  /** The supported language a tag such as {@code fr}, {@code fr-CA} or {@code FR} stands for. */
  public static Optional<Locale> supported(String tag) {
    if (tag == null || tag.isBlank() || tag.length() > 35) {
      return Optional.empty();
    }
    String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
    return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
  }

  /**
   * The first supported language among those the browser accepts, in the browser's order of
   * preference (the servlet container has already sorted {@code Accept-Language} by quality).
   */
  public static Locale negotiate(Enumeration<Locale> accepted) {
    if (accepted == null) {
      return DEFAULT;
    }
    for (Locale locale : Collections.list(accepted)) {
      Optional<Locale> match = supported(locale.toLanguageTag());
      if (match.isPresent()) {
        return match.get();
      }
    }
    return DEFAULT;
  }

  /** The language remembered in the browser's cookie, if it names a supported one. */
  public static Optional<Locale> fromCookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    for (Cookie cookie : cookies) {
      if (COOKIE.equals(cookie.getName())) {
        return supported(cookie.getValue());
      }
    }
    return Optional.empty();
  }

  /** The language for a request when the person has made no choice in this session. */
  public static Locale forRequest(HttpServletRequest request) {
    return fromCookie(request).orElseGet(() -> negotiate(request.getLocales()));
  }

  /** The language's own name, as a switch shows it to those who read it ("Français"). */
  public static String nativeName(Locale locale) {
    String name = locale.getDisplayLanguage(locale);
    return name.isEmpty() ? locale.getLanguage() : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
  }
}
