package icc.platform.web.organisation.api;

import icc.platform.web.api.Allowed;
import icc.platform.web.organisation.application.OrganisationAdministration;
import icc.platform.web.organisation.application.OrganisationAdministration.OnboardedState;
import icc.platform.web.organisation.application.OrganisationNotFoundException;
import icc.platform.web.organisation.domain.Organisation;
import icc.platform.web.organisation.domain.OrganisationCode;
import icc.platform.web.organisation.domain.OrganisationRepository;
import icc.platform.web.security.Caller;
import icc.platform.web.security.PlatformRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The organisations taking part in the platform, and their administration by the operators. */
@Path("/organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

  @Inject OrganisationRepository registry;
  @Inject OrganisationAdministration administration;

  /** An organisation as every participant may see it: no content, no secrets. */
  public record OrganisationView(
      String code, String name, String kind, Boolean partyToStatute, String realm, String status) {

    static OrganisationView of(Organisation o) {
      return new OrganisationView(
          o.code().value(), o.name(), o.kind().name(), o.partyToStatute(), o.realm(), o.status().name());
    }
  }

  /** What a platform administrator sends to onboard a State. */
  public record OnboardingRequest(String code, String name, Boolean partyToStatute) {}

  @GET
  @Allowed
  @Operation(summary = "List the organisations", description = "Every registered organisation, States first.")
  @APIResponse(responseCode = "200", description = "The organisations")
  public List<OrganisationView> list() {
    return registry.findAll().stream().map(OrganisationView::of).toList();
  }

  @GET
  @Path("/{code}")
  @Allowed
  @Operation(summary = "One organisation")
  @APIResponse(responseCode = "200", description = "The organisation")
  @APIResponse(responseCode = "404", description = "No organisation with that code")
  public OrganisationView get(@PathParam("code") String code) {
    return OrganisationView.of(find(code));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(PlatformRole.PLATFORM_ADMIN_NAME)
  @Operation(
      summary = "Onboard a State",
      description =
          "Creates the State's realm from the realm template, registers its issuer and creates its first"
              + " administrator with a one-time password, all or nothing. The answer carries that"
              + " password once: hand it over through a separate channel.")
  @APIResponse(responseCode = "201", description = "Onboarded")
  @APIResponse(responseCode = "400", description = "Invalid code or name")
  @APIResponse(responseCode = "409", description = "Already registered, or a realm of that name exists")
  public Response onboard(OnboardingRequest request, @Context SecurityContext security, @Context UriInfo uri) {
    if (request == null) {
      throw new jakarta.ws.rs.BadRequestException();
    }
    OnboardedState onboarded =
        administration.onboardState(
            request.code(), request.name(), !Boolean.FALSE.equals(request.partyToStatute()), caller(security));
    return Response.created(uri.getAbsolutePathBuilder().path(onboarded.code()).build()).entity(onboarded).build();
  }

  @PUT
  @Path("/{code}/suspension")
  @Allowed(PlatformRole.PLATFORM_ADMIN_NAME)
  @Operation(
      summary = "Suspend an organisation",
      description = "Every request of its users and systems is refused at once, open sessions included; its data is kept.")
  @APIResponse(responseCode = "200", description = "Suspended")
  @APIResponse(responseCode = "404", description = "No organisation with that code")
  @APIResponse(responseCode = "409", description = "The platform operators cannot be suspended")
  public OrganisationView suspend(@PathParam("code") String code, @Context SecurityContext security) {
    return OrganisationView.of(administration.suspend(code, caller(security)));
  }

  @DELETE
  @Path("/{code}/suspension")
  @Allowed(PlatformRole.PLATFORM_ADMIN_NAME)
  @Operation(summary = "Reinstate a suspended organisation")
  @APIResponse(responseCode = "200", description = "Active again")
  @APIResponse(responseCode = "404", description = "No organisation with that code")
  public OrganisationView reinstate(@PathParam("code") String code, @Context SecurityContext security) {
    return OrganisationView.of(administration.reinstate(code, caller(security)));
  }

  private Organisation find(String code) {
    try {
      return registry.findByCode(OrganisationCode.parse(code)).orElseThrow(() -> new OrganisationNotFoundException(code));
    } catch (IllegalArgumentException e) {
      throw new OrganisationNotFoundException(code);
    }
  }

  private static Caller caller(SecurityContext security) {
    return (Caller) security.getUserPrincipal();
  }
}
