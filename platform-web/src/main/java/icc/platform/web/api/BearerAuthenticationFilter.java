package icc.platform.web.api;

import icc.platform.web.security.AccessTokenVerifier;
import icc.platform.web.security.AccountDisabledException;
import icc.platform.web.security.Caller;
import icc.platform.web.security.IdentityProviderUnavailableException;
import icc.platform.web.security.OrganisationSuspendedException;
import icc.platform.web.security.TokenRejectedException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger.Level;
import java.security.Principal;

/**
 * Authenticates every API request with a bearer token (RFC 6750). No token, or a token that
 * fails verification, ends here with 401 and a JSON body; a suspended organisation gets 403.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthenticationFilter implements ContainerRequestFilter {

  private static final System.Logger LOG =
      System.getLogger(BearerAuthenticationFilter.class.getName());
  private static final String SCHEME = "Bearer ";

  @Inject AccessTokenVerifier verifier;
  @jakarta.ws.rs.core.Context jakarta.ws.rs.container.ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null && isPublic()) {
      return; // an operation that serves public content only (PublicAccess): anonymous is fine
    }
    if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      unauthorized(request, "No bearer token: send 'Authorization: Bearer <access token>'");
      return;
    }
    try {
      Caller caller = verifier.verify(header.substring(SCHEME.length()).trim());
      boolean secure = request.getSecurityContext().isSecure();
      request.setSecurityContext(new CallerSecurityContext(caller, secure));
    } catch (TokenRejectedException e) {
      unauthorized(request, e.getMessage());
    } catch (AccountDisabledException e) {
      request.abortWith(ApiError.response(Response.Status.FORBIDDEN, "account_disabled", e.getMessage()));
    } catch (OrganisationSuspendedException e) {
      request.abortWith(
          ApiError.response(Response.Status.FORBIDDEN, "organisation_suspended", e.getMessage()));
    } catch (IdentityProviderUnavailableException e) {
      LOG.log(Level.WARNING, e.getMessage(), e.getCause());
      request.abortWith(
          ApiError.response(
              Response.Status.SERVICE_UNAVAILABLE,
              "identity_provider_unavailable",
              e.getMessage() + "; try again in a moment"));
    }
  }

  private boolean isPublic() {
    return resource != null && resource.getResourceMethod() != null
        && resource.getResourceMethod().isAnnotationPresent(PublicAccess.class);
  }

  private static void unauthorized(ContainerRequestContext request, String message) {
    Response body = ApiError.response(Response.Status.UNAUTHORIZED, "invalid_token", message);
    request.abortWith(
        Response.fromResponse(body)
            .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
            .build());
  }

  /** Exposes the verified caller to JAX-RS ({@code @RolesAllowed}, {@code SecurityContext}). */
  record CallerSecurityContext(Caller caller, boolean secure) implements SecurityContext {

    @Override
    public Principal getUserPrincipal() {
      return caller;
    }

    @Override
    public boolean isUserInRole(String role) {
      return caller.hasRole(role);
    }

    @Override
    public boolean isSecure() {
      return secure;
    }

    @Override
    public String getAuthenticationScheme() {
      return "Bearer";
    }
  }
}
