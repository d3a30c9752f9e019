package icc.platform.web.audit.api;

import icc.platform.web.audit.application.AuditTrail;
import icc.platform.web.audit.domain.Actor;
import icc.platform.web.audit.domain.AuditAction;
import icc.platform.web.audit.domain.AuditEvent;
import icc.platform.web.audit.domain.AuditOutcome;
import icc.platform.web.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.System.Logger.Level;

/**
 * The audit hooks of the web login ({@code LoginCallbackServlet}) and logout ({@code
 * SessionView}). Each event commits in its own transaction: a login has no database action of its
 * own to join. A successful login is only completed if its event was recorded (the servlet calls
 * {@link #loggedIn} before it stores the session, and a failure propagates); failures and logouts
 * never hide the page the person should see, so a recording failure there is logged instead.
 */
@ApplicationScoped
public class WebLoginAudit {

  private static final System.Logger LOG = System.getLogger(WebLoginAudit.class.getName());

  @Inject AuditTrail trail;

  /** A person completed a web login. */
  public void loggedIn(Caller caller, HttpServletRequest request) {
    trail.recordInOwnTransaction(
        AuditEvent.of(AuditAction.WEB_LOGIN, AuditOutcome.SUCCESS, Actor.of(caller))
            .from(request.getRemoteAddr())
            .build());
  }

  /**
   * A web login that did not complete.
   *
   * @param organisationCode the organisation the person chose, if known
   * @param reason why, in words (never a token or code)
   */
  public void loginFailed(String organisationCode, String reason, HttpServletRequest request) {
    record(
        AuditEvent.of(
                AuditAction.WEB_LOGIN,
                AuditOutcome.FAILURE,
                organisationCode == null ? Actor.anonymous() : Actor.unidentifiedOf(organisationCode, null))
            .from(request.getRemoteAddr())
            .detail("reason", reason)
            .build());
  }

  /** A person logged out. */
  public void loggedOut(Caller caller, HttpServletRequest request) {
    record(
        AuditEvent.of(AuditAction.WEB_LOGOUT, AuditOutcome.SUCCESS, Actor.of(caller))
            .from(request.getRemoteAddr())
            .build());
  }

  private void record(AuditEvent event) {
    try {
      trail.recordInOwnTransaction(event);
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "Could not record a web login event in the audit log", e);
    }
  }
}
