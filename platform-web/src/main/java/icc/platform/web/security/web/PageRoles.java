package icc.platform.web.security.web;

import icc.platform.web.security.Caller;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;

/**
 * The roles a page declares, checked by its backing bean when it is created: anybody else gets
 * 403 and the page is not rendered.
 */
public final class PageRoles {

  private PageRoles() {}

  /** @return whether the caller holds one of the roles; if not, the 403 answer is already sent */
  public static boolean requireAny(Caller caller, String refusal, String... roles) {
    if (caller != null && Arrays.stream(roles).anyMatch(caller::hasRole)) {
      return true;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, refusal);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    faces.responseComplete();
    return false;
  }
}
