package icc.platform.web.library.api;

import icc.platform.web.security.Caller;
import icc.platform.web.security.web.WebSession;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/** The signed-in caller of a Faces page ({@code SignedInFilter} guarantees one under /app/). */
public final class WebCaller {

  private WebCaller() {}

  public static Caller of(HttpServletRequest request) {
    return WebSession.of(request.getSession(false))
        .map(WebSession::caller)
        .orElseThrow(() -> new IllegalStateException("no web session"));
  }

  public static Caller current() {
    return of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
  }

  public static String address() {
    return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
  }

  /** Shows a message at the top of the page (or next to the component with that id). */
  public static void error(String componentId, String message) {
    FacesContext.getCurrentInstance()
        .addMessage(componentId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
  }

  public static void info(String message) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
  }
}
