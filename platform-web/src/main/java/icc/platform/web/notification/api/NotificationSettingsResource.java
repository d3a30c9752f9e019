package icc.platform.web.notification.api;

import icc.platform.web.api.Allowed;
import icc.platform.web.api.ApiError;
import icc.platform.web.notification.application.MailPreferences;
import icc.platform.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The caller's own notification settings. */
@Path("/me/notifications")
@RequestScoped
public class NotificationSettingsResource {

  /**
   * Notification settings.
   *
   * @param email whether the platform mails the user when something new waits for them (the mail
   *     never contains a subject, a name or any content)
   */
  public record Settings(boolean email) {}

  @Inject MailPreferences preferences;
  @Context SecurityContext security;
  @Context HttpServletRequest request;

  @GET
  @Allowed
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "My notification settings")
  @APIResponse(responseCode = "200", description = "The settings")
  @APIResponse(responseCode = "401", description = "No acceptable token")
  public Settings get() {
    return new Settings(preferences.wantsMail(caller()));
  }

  @PUT
  @Allowed
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change my notification settings", description = "Body {\"email\": true|false}. Audited.")
  @APIResponse(responseCode = "200", description = "The settings now in force")
  @APIResponse(responseCode = "400", description = "email missing or not true/false")
  @APIResponse(responseCode = "401", description = "No acceptable token")
  public Response put(JsonStructure body) {
    JsonValue email = body instanceof jakarta.json.JsonObject o ? o.get("email") : null;
    if (email == null || (email != JsonValue.TRUE && email != JsonValue.FALSE)) {
      return ApiError.response(Response.Status.BAD_REQUEST, "invalid_input", "email: required, true or false");
    }
    Caller caller = caller();
    preferences.choose(caller, request.getRemoteAddr(), email == JsonValue.TRUE);
    return Response.ok(new Settings(preferences.wantsMail(caller))).build();
  }

  private Caller caller() {
    return (Caller) security.getUserPrincipal();
  }
}
