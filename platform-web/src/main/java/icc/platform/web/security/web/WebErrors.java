package icc.platform.web.security.web;

import icc.platform.web.shared.i18n.UiText;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

/** A plain error page for the login steps, which run before any Faces view exists. */
final class WebErrors {

  private WebErrors() {}

  /**
   * An error page in the person's language: {@code titleKey} and {@code textKey} are keys of the
   * {@code common} bundle, {@code arguments} fill the text's pattern.
   */
  static void send(HttpServletResponse response, Locale locale, int status, String titleKey, String textKey,
      Object... arguments) throws IOException {
    sendText(response, locale, status, titleKey, UiText.of(locale, "common", textKey, arguments));
  }

  /** The same, with a text already written (a refusal's own message). */
  static void sendText(HttpServletResponse response, Locale locale, int status, String titleKey, String text)
      throws IOException {
    String title = UiText.of(locale, "common", titleKey);
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    try (PrintWriter out = response.getWriter()) {
      out.println("<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><head><meta charset=\"UTF-8\">");
      out.println("<title>" + escape(title) + "</title>");
      out.println("<link rel=\"stylesheet\" href=\"/resources/css/platform.css\"></head><body>");
      out.println("<main class=\"card\"><h1>" + escape(title) + "</h1>");
      out.println("<p>" + escape(text) + "</p>");
      out.println("<p><a href=\"/\">" + escape(UiText.of(locale, "common", "error.back")) + "</a></p></main></body></html>");
    }
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
