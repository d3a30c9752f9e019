package icc.platform.web.audit.api;

import icc.platform.web.api.ApiError;
import icc.platform.web.audit.application.AuditTrail;
import icc.platform.web.audit.domain.Actor;
import icc.platform.web.audit.domain.AuditAction;
import icc.platform.web.audit.domain.AuditEvent;
import icc.platform.web.audit.domain.AuditObject;
import icc.platform.web.audit.domain.AuditOutcome;
import icc.platform.web.security.Caller;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger.Level;

/**
 * Records every denied API call as an {@code api.call} event with outcome {@code denied}
 * (DESIGN.md section 5: "every denied attempt"), in a transaction of its own so that it stays
 * although the request fails:
 *
 * <ul>
 *   <li>401: no token or a token that did not verify ({@code BearerAuthenticationFilter}, also
 *       {@code RolesAllowedFeature} without a caller); the actor is then unknown;
 *   <li>403: a suspended organisation, or a role that the operation does not allow ({@code
 *       RolesAllowedFeature}, or an application rule);
 *   <li>404 from an operation that was found and ran for an authenticated caller: "not yours or
 *       not there" on content. 404 for an address where no operation exists is not recorded
 *       (that is a typo or a scanner, not an attempt on an object).
 * </ul>
 *
 * A response filter sees those refusals wherever they come from (JAX-RS runs response filters
 * for requests that a request filter aborted too), so the authentication filters need no change.
 * Never recorded: the token, the query string (a token might be put there), the body.
 */
@Provider
@Priority(Priorities.USER)
public class DeniedApiCallRecorder implements ContainerResponseFilter {

  private static final System.Logger LOG = System.getLogger(DeniedApiCallRecorder.class.getName());

  @Inject AuditTrail trail;
  @Context HttpServletRequest servletRequest;
  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    int status = response.getStatus();
    Caller caller =
        request.getSecurityContext() != null
                && request.getSecurityContext().getUserPrincipal() instanceof Caller c
            ? c
            : null;
    boolean notFoundOnContent = status == 404 && caller != null && resource.getResourceMethod() != null;
    if (status != 401 && status != 403 && !notFoundOnContent) {
      return;
    }
    AuditEvent.Builder event =
        AuditEvent.of(
                AuditAction.API_CALL,
                AuditOutcome.DENIED,
                caller != null ? Actor.of(caller) : Actor.anonymous())
            .about(AuditObject.apiOperation(request.getMethod(), "/" + request.getUriInfo().getPath()))
            .from(servletRequest.getRemoteAddr())
            .detail("status", status);
    if (response.getEntity() instanceof ApiError error) {
      event.detail("error", error.error()).detail("reason", error.message());
    }
    try {
      trail.recordInOwnTransaction(event.build());
    } catch (RuntimeException e) {
      // The request is refused either way; a lost denial event must be visible to operators.
      LOG.log(Level.ERROR, "Could not record a denied API call in the audit log", e);
    }
  }
}
