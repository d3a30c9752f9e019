package icc.platform.web.security.web;

import icc.platform.web.security.Caller;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/**
 * What the server keeps in the HTTP session after a web login: the caller, and the ID token only
 * as a hint for the realm's logout endpoint. The access and refresh tokens are not kept: the
 * browser never sees any token, and pages are authorised from the caller held here.
 */
public record WebSession(Caller caller, String idTokenHint, Instant loggedInAt)
    implements Serializable {

  static final String ATTRIBUTE = WebSession.class.getName();

  public static Optional<WebSession> of(HttpSession session) {
    if (session == null) {
      return Optional.empty();
    }
    return Optional.ofNullable((WebSession) session.getAttribute(ATTRIBUTE));
  }

  void storeIn(HttpSession session) {
    session.setAttribute(ATTRIBUTE, this);
  }
}
