package icc.platform.web.profile.api;

import icc.platform.web.api.Allowed;
import icc.platform.web.profile.application.ProfileService;
import icc.platform.web.profile.domain.ProfileContent;
import icc.platform.web.profile.application.ProfileViews;
import icc.platform.web.profile.domain.ProfileException;
import icc.platform.web.security.Caller;
import icc.platform.web.security.PlatformRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Country profiles: read by every organisation on the platform; edited only by the State's own
 * focal points and administrators (checked in {@link ProfileService}: 403 for another State's).
 */
@Path("/profiles")
@RequestScoped
@Tag(name = "Country profiles", description = "Per State: focal points, authorities, channel and languages (art. 87), procedures, agreements")
@Allowed // every authenticated organisation reads
public class ProfileResource {

  @Inject ProfileService service;
  @Context SecurityContext security;
  @Context HttpServletRequest request;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Directory of focal points", description = "Every State, its focal points, channel and languages for requests.")
  @APIResponse(responseCode = "200", description = "The directory")
  public List<ProfileViews.DirectoryItem> directory() {
    return service.directory();
  }

  @GET
  @Path("/{state}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A State's country profile", description = "Version 0 with empty content if the State has not written one yet.")
  @APIResponse(responseCode = "200", description = "The current profile")
  @APIResponse(responseCode = "404", description = "No such State on the platform")
  public ProfileViews.Profile profile(@PathParam("state") String state) {
    return service.profile(caller(), state);
  }

  @PUT
  @Path("/{state}")
  @Allowed({PlatformRole.FOCAL_POINT_NAME, PlatformRole.STATE_ADMIN_NAME})
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Save a new version of your State's profile",
      description = "The whole content: every field must be present (send [] or \"\" to clear one; a missing"
          + " field, or {}, is a 400 and saves nothing). Saving also confirms the profile as current. Your own State only.")
  @APIResponse(responseCode = "200", description = "The profile as saved")
  @APIResponse(responseCode = "400", description = "Invalid content; 'field' names what to fix; nothing was saved")
  @APIResponse(responseCode = "403", description = "Not your State's profile, or your role does not edit")
  public ProfileViews.Profile update(@PathParam("state") String state, String body) {
    service.checkEditor(caller(), state);
    ProfileRequest profile = ProfileRequest.parse(body);
    ProfileContent content = profile.toContent(); // a wrong value first: its message names the field
    profile.requireEveryField();
    return service.update(caller(), state, content, request.getRemoteAddr());
  }

  @POST
  @Path("/{state}/confirm")
  @Allowed({PlatformRole.FOCAL_POINT_NAME, PlatformRole.STATE_ADMIN_NAME})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Confirm your State's profile is current", description = "The yearly review, without changes.")
  @APIResponse(responseCode = "200", description = "The profile, with the new confirmation date")
  @APIResponse(responseCode = "403", description = "Not your State's profile")
  public ProfileViews.Profile confirm(@PathParam("state") String state) {
    return service.confirm(caller(), state, request.getRemoteAddr());
  }

  @GET
  @Path("/{state}/versions")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "History of a profile", description = "Every version, newest first.")
  @APIResponse(responseCode = "200", description = "The versions")
  public List<ProfileViews.VersionSummary> versions(@PathParam("state") String state) {
    return service.versions(state);
  }

  @GET
  @Path("/{state}/versions/{number}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One earlier version of a profile")
  @APIResponse(responseCode = "200", description = "That version")
  @APIResponse(responseCode = "404", description = "No such State or version")
  public ProfileViews.Profile version(@PathParam("state") String state, @PathParam("number") String number) {
    int n;
    try {
      n = Integer.parseInt(number);
    } catch (NumberFormatException e) {
      throw new ProfileException.NotFound("No version " + number);
    }
    return service.version(caller(), state, n);
  }

  private Caller caller() {
    return (Caller) security.getUserPrincipal();
  }
}
