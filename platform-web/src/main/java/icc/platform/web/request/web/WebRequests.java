package icc.platform.web.request.web;

import icc.platform.web.exchange.application.Requester;
import icc.platform.web.security.web.WebSession;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/** The signed-in person of a page request, and page messages. */
final class WebRequests {

  private WebRequests() {}

  static Requester requester(HttpServletRequest request) {
    return WebSession.of(request.getSession(false))
        .map(w -> new Requester(w.caller(), request.getRemoteAddr()))
        .orElseThrow(() -> new IllegalStateException("no web session"));
  }

  static void error(String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /** A message that survives the redirect after a successful action (post/redirect/get). */
  static void done(String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }
}
