package icc.platform.web.organisation.api;

import icc.platform.web.api.ApiError;
import icc.platform.web.organisation.application.OnboardingRefusedException;
import icc.platform.web.organisation.application.OrganisationNotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Business outcomes of the organisation feature as HTTP answers with a readable message. */
public final class OrganisationErrorMappers {

  private OrganisationErrorMappers() {}

  @Provider
  public static class NotFound implements ExceptionMapper<OrganisationNotFoundException> {
    @Override
    public Response toResponse(OrganisationNotFoundException e) {
      return ApiError.response(Response.Status.NOT_FOUND, "not_found", e.getMessage());
    }
  }

  @Provider
  public static class Refused implements ExceptionMapper<OnboardingRefusedException> {
    @Override
    public Response toResponse(OnboardingRefusedException e) {
      return e.isConflict()
          ? ApiError.response(Response.Status.CONFLICT, "conflict", e.getMessage())
          : ApiError.response(Response.Status.BAD_REQUEST, "invalid_request", e.getMessage());
    }
  }
}
