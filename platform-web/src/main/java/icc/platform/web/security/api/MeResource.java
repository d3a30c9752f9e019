package icc.platform.web.security.api;

import icc.platform.web.security.Caller;
import icc.platform.web.api.Allowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Tells callers who the platform takes them to be. */
@Path("/me")
@RequestScoped
public class MeResource {

  /**
   * Who the caller is.
   *
   * @param organisation the registry code of the caller's organisation, e.g. {@code NL}
   * @param realm the Keycloak realm that issued the token, e.g. {@code state-nl}
   * @param username the user name in that realm
   * @param roles the platform roles the caller holds, as granted by that realm
   */
  public record Me(
      String organisation,
      String organisationName,
      String realm,
      String username,
      String name,
      List<String> roles) {}

  @GET
  @Allowed // any authenticated caller of any registered realm
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Who am I", description = "The caller's organisation, realm, user name and roles.")
  @APIResponse(responseCode = "200", description = "The caller")
  @APIResponse(responseCode = "401", description = "No token, or a token the platform does not accept")
  @APIResponse(responseCode = "403", description = "The caller's organisation is suspended")
  public Me me(@Context SecurityContext security) {
    Caller caller = (Caller) security.getUserPrincipal();
    return new Me(
        caller.organisationCode(),
        caller.organisationName(),
        caller.realm(),
        caller.username(),
        caller.displayName(),
        caller.roles().stream().sorted().toList());
  }
}
