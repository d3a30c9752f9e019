package icc.platform.web.library.api;

import icc.platform.web.library.domain.LibraryException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The library's business outcomes as JSON errors (STYLE.md: 400 with the field at fault, 403,
 * 404 for "not yours or not there", 409 for a wrong state). The body is {@code ApiError}'s plus
 * {@code field} for bad input.
 */
@Provider
public class LibraryExceptionMapper implements ExceptionMapper<LibraryException> {

  /** {@link icc.platform.web.api.ApiError} with the name of the field at fault. */
  public record FieldError(int status, String error, String message, String field) {}

  @Override
  public Response toResponse(LibraryException e) {
    Response.Status status;
    String error;
    String field = null;
    if (e instanceof LibraryException.InvalidInput invalid) {
      status = Response.Status.BAD_REQUEST;
      error = "invalid_input";
      field = invalid.field();
    } else if (e instanceof LibraryException.NotFound) {
      status = Response.Status.NOT_FOUND;
      error = "not_found";
    } else if (e instanceof LibraryException.Forbidden) {
      status = Response.Status.FORBIDDEN;
      error = "forbidden";
    } else {
      status = Response.Status.CONFLICT;
      error = "conflict";
    }
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new FieldError(status.getStatusCode(), error, e.getMessage(), field))
        .build();
  }
}
