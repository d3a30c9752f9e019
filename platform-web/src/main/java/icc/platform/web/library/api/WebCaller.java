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

  /**
   * A text of the page's resource bundle ({@code library}, {@code profiles}: faces-config.xml) in
   * the viewer's language, with {@code {0}}-style arguments; the key itself if it is missing, so
   * that a forgotten translation shows rather than breaks the page.
   */
  public static String text(String bundle, String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    java.util.ResourceBundle texts = faces.getApplication().getResourceBundle(faces, bundle);
    String pattern = texts != null && texts.containsKey(key) ? texts.getString(key) : key;
    return args.length == 0 ? pattern : new java.text.MessageFormat(pattern, faces.getViewRoot() == null
        ? java.util.Locale.ENGLISH : faces.getViewRoot().getLocale()).format(args);
  }

  public static void info(String message) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
  }
}
