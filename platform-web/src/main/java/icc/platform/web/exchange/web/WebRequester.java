package icc.platform.web.exchange.web;

import icc.platform.web.exchange.application.Requester;
import icc.platform.web.security.web.WebSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.HexFormat;

/** The signed-in person of a web request (SignedInFilter guarantees one under /app/). */
public final class WebRequester {

  static final String CSRF_ATTRIBUTE = "icc.platform.exchange.upload-token";
  private static final SecureRandom RANDOM = new SecureRandom();

  private WebRequester() {}

  static Requester of(HttpServletRequest request) {
    return WebSession.of(request.getSession(false))
        .map(w -> new Requester(w.caller(), request.getRemoteAddr()))
        .orElseThrow(() -> new IllegalStateException("no web session"));
  }

  /**
   * The per-session token that the upload script sends in the {@code X-Upload-Token} header: a
   * cross-site page cannot read it, so it cannot make the browser upload into a thread.
   */
  public static String uploadToken(HttpSession session) {
    Object token = session.getAttribute(CSRF_ATTRIBUTE);
    if (token == null) {
      byte[] b = new byte[24];
      RANDOM.nextBytes(b);
      token = HexFormat.of().formatHex(b);
      session.setAttribute(CSRF_ATTRIBUTE, token);
    }
    return (String) token;
  }
}
