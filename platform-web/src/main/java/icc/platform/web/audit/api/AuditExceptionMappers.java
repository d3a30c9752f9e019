package icc.platform.web.audit.api;

import icc.platform.web.api.ApiError;
import icc.platform.web.audit.application.AuditAccessDeniedException;
import icc.platform.web.audit.application.InvalidAuditRequestException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JSON errors of the audit API. */
public final class AuditExceptionMappers {

  private AuditExceptionMappers() {}

  /** A parameter out of range: 400 naming it. */
  @Provider
  public static class InvalidRequest implements ExceptionMapper<InvalidAuditRequestException> {
    @Override
    public Response toResponse(InvalidAuditRequestException e) {
      return ApiError.response(Response.Status.BAD_REQUEST, "invalid_parameter", e.getMessage());
    }
  }

  /** A role without access to audit events: 403. */
  @Provider
  public static class AccessDenied implements ExceptionMapper<AuditAccessDeniedException> {
    @Override
    public Response toResponse(AuditAccessDeniedException e) {
      return ApiError.response(Response.Status.FORBIDDEN, "forbidden", e.getMessage());
    }
  }
}
