package icc.platform.web.account.api;

import icc.platform.web.account.application.Account;
import icc.platform.web.account.application.AccountRequestException;
import icc.platform.web.account.application.OrganisationAccounts;
import icc.platform.web.account.application.OrganisationAccounts.NewAccount;
import icc.platform.web.api.Allowed;
import icc.platform.web.api.ApiError;
import icc.platform.web.security.Caller;
import icc.platform.web.security.PlatformRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * An organisation's administrator manages its own accounts: {@code state-admin} for a State,
 * {@code court-admin} for the Court. The realm is always the caller's own.
 */
@Path("/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed({PlatformRole.STATE_ADMIN_NAME, PlatformRole.COURT_ADMIN_NAME})
public class AccountResource {

  @Inject OrganisationAccounts accounts;

  public record NewAccountRequest(String username, String firstName, String lastName, String email, String role) {}

  public record RolesRequest(List<String> roles) {}

  @GET
  @Operation(summary = "The accounts of your organisation")
  @APIResponse(responseCode = "200", description = "The accounts (no secrets)")
  public List<Account> list(@Context SecurityContext security) {
    return accounts.list(caller(security));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One account of your organisation")
  @APIResponse(responseCode = "404", description = "No such account in your organisation")
  public Account get(@PathParam("id") String id, @Context SecurityContext security) {
    return accounts.get(caller(security), id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create an account",
      description = "With one working role; the answer carries a one-time password, to be changed at first login.")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "400", description = "Invalid field; the message names it")
  @APIResponse(responseCode = "409", description = "User name taken")
  public Response create(NewAccountRequest request, @Context SecurityContext security) {
    if (request == null) {
      throw new BadRequestException();
    }
    NewAccount created =
        accounts.create(caller(security), request.username(), request.firstName(), request.lastName(), request.email(), request.role());
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @PUT
  @Path("/{id}/roles")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set an account's working roles")
  public Account roles(@PathParam("id") String id, RolesRequest request, @Context SecurityContext security) {
    if (request == null) {
      throw new BadRequestException();
    }
    return accounts.setRoles(caller(security), id, request.roles());
  }

  @POST
  @Path("/{id}/disable")
  @Operation(summary = "Disable an account", description = "Its logins, tokens and open sessions are refused at once.")
  public Account disable(@PathParam("id") String id, @Context SecurityContext security) {
    return accounts.disable(caller(security), id);
  }

  @POST
  @Path("/{id}/enable")
  @Operation(summary = "Enable a disabled account")
  public Account enable(@PathParam("id") String id, @Context SecurityContext security) {
    return accounts.enable(caller(security), id);
  }

  @POST
  @Path("/{id}/password-reset")
  @Operation(summary = "Give an account a new one-time password", description = "Its open sessions end.")
  public NewAccount resetPassword(@PathParam("id") String id, @Context SecurityContext security) {
    return accounts.resetPassword(caller(security), id);
  }

  private static Caller caller(SecurityContext security) {
    return (Caller) security.getUserPrincipal();
  }

  @Provider
  public static class Errors implements ExceptionMapper<AccountRequestException> {
    @Override
    public Response toResponse(AccountRequestException e) {
      return switch (e.kind()) {
        case INVALID -> ApiError.response(Response.Status.BAD_REQUEST, "invalid_request", e.getMessage());
        case NOT_FOUND -> ApiError.response(Response.Status.NOT_FOUND, "not_found", e.getMessage());
        case CONFLICT -> ApiError.response(Response.Status.CONFLICT, "conflict", e.getMessage());
        case FORBIDDEN -> ApiError.response(Response.Status.FORBIDDEN, "forbidden", e.getMessage());
      };
    }
  }
}
