package icc.platform.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.Set;

/**
 * Enforces the roles each API operation declares with {@link Allowed}. An operation must declare
 * them: one without {@code @Allowed} (on the method or its class) is refused to everybody, so
 * forgetting the annotation fails closed.
 */
@Provider
public class RolesAllowedFeature implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    if (resource.getResourceMethod().isAnnotationPresent(PublicAccess.class)) {
      return; // public content only: no token needed (PublicAccess says why)
    }
    Allowed allowed = declared(resource);
    if (allowed == null) {
      context.register(new RoleFilter(Set.of(), false));
    } else {
      context.register(new RoleFilter(Set.copyOf(Arrays.asList(allowed.value())), true));
    }
  }

  /** The {@link Allowed} that governs an operation: the method's, else its class's, else none. */
  public static Allowed declared(ResourceInfo resource) {
    Allowed onMethod = resource.getResourceMethod().getAnnotation(Allowed.class);
    return onMethod != null ? onMethod : resource.getResourceClass().getAnnotation(Allowed.class);
  }

  @Priority(Priorities.AUTHORIZATION)
  private record RoleFilter(Set<String> roles, boolean declared) implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
      var security = request.getSecurityContext();
      if (security.getUserPrincipal() == null) {
        request.abortWith(
            ApiError.response(
                Response.Status.UNAUTHORIZED, "invalid_token", "Authentication is required"));
        return;
      }
      boolean permitted = declared && (roles.isEmpty() || roles.stream().anyMatch(security::isUserInRole));
      if (!permitted) {
        request.abortWith(
            ApiError.response(
                Response.Status.FORBIDDEN, "forbidden", "Your role does not allow this operation"));
      }
    }
  }
}
