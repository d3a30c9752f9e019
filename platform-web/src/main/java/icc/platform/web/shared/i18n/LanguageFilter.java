package icc.platform.web.shared.i18n;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Applies the language switch: a GET with {@code ?lang=fr} records the choice in the session and
 * in a cookie for this browser, then redirects to the same address without the parameter (so the
 * address stays clean and a reload does not choose again). Works on every page, the start page
 * included, and needs no script and no form.
 *
 * <p>Only the query string is read, never the body: uploads stream through this filter.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class LanguageFilter extends HttpFilter {

  /** A year: the choice outlives sessions; it says nothing about the person but a language. */
  private static final int COOKIE_MAX_AGE = 365 * 24 * 3600;

  @Inject LanguageChoice language;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String query = request.getQueryString();
    if (!"GET".equals(request.getMethod()) || query == null || !query.contains(Languages.PARAMETER + "=")) {
      chain.doFilter(request, response);
      return;
    }
    Optional<Locale> chosen = languageParameter(query).flatMap(Languages::supported);
    if (chosen.isPresent()) {
      language.choose(chosen.get());
      // SameSite=Lax comes from Payara's HTTP listener, as for the session cookie (ops/platform).
      Cookie cookie = new Cookie(Languages.COOKIE, chosen.get().toLanguageTag());
      cookie.setPath(cookiePath(request));
      cookie.setMaxAge(COOKIE_MAX_AGE);
      cookie.setHttpOnly(true);
      cookie.setSecure(request.isSecure());
      response.addCookie(cookie);
    }
    // An unknown language changes nothing; either way the parameter leaves the address.
    String rest = withoutLanguage(query);
    response.sendRedirect(request.getRequestURI() + (rest.isEmpty() ? "" : "?" + rest));
  }

  private static String cookiePath(HttpServletRequest request) {
    return request.getContextPath().isEmpty() ? "/" : request.getContextPath();
  }

  private static Optional<String> languageParameter(String query) {
    return Arrays.stream(query.split("&"))
        .filter(p -> p.startsWith(Languages.PARAMETER + "="))
        .map(p -> URLDecoder.decode(p.substring(Languages.PARAMETER.length() + 1), StandardCharsets.UTF_8))
        .reduce((first, second) -> second);
  }

  /** The query string without any {@code lang} parameter (empty if nothing else is left). */
  static String withoutLanguage(String query) {
    if (query == null || query.isEmpty()) {
      return "";
    }
    return Arrays.stream(query.split("&"))
        .filter(p -> !p.isEmpty() && !p.equals(Languages.PARAMETER) && !p.startsWith(Languages.PARAMETER + "="))
        .collect(Collectors.joining("&"));
  }
}
