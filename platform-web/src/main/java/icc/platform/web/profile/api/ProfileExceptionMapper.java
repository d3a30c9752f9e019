package icc.platform.web.profile.api;

import icc.platform.web.library.api.LibraryExceptionMapper.FieldError;
import icc.platform.web.profile.domain.ProfileException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Country-profile outcomes as JSON errors: 400 naming the field, 403, 404. */
@Provider
public class ProfileExceptionMapper implements ExceptionMapper<ProfileException> {

  @Override
  public Response toResponse(ProfileException e) {
    Response.Status status;
    String error;
    String field = null;
    if (e instanceof ProfileException.InvalidInput invalid) {
      status = Response.Status.BAD_REQUEST;
      error = "invalid_input";
      field = invalid.field();
    } else if (e instanceof ProfileException.Forbidden) {
      status = Response.Status.FORBIDDEN;
      error = "forbidden";
    } else {
      status = Response.Status.NOT_FOUND;
      error = "not_found";
    }
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new FieldError(status.getStatusCode(), error, e.getMessage(), field))
        .build();
  }
}
