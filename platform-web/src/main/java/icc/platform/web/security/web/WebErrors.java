package icc.platform.web.security.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;

/** A plain error page for the login steps, which run before any Faces view exists. */
final class WebErrors {

  private WebErrors() {}

  static void send(HttpServletResponse response, int status, String title, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    try (PrintWriter out = response.getWriter()) {
      out.println("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\">");
      out.println("<title>" + escape(title) + "</title>");
      out.println("<link rel=\"stylesheet\" href=\"/resources/css/platform.css\"></head><body>");
      out.println("<main class=\"card\"><h1>" + escape(title) + "</h1>");
      out.println("<p>" + escape(message) + "</p>");
      out.println("<p><a href=\"/\">Back to the start page</a></p></main></body></html>");
    }
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
