package icc.platform.web.statistics.api;

import icc.platform.web.api.ApiError;
import icc.platform.web.statistics.domain.StatisticsException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Statistics outcomes as the platform's JSON errors: 400 naming the field first, 403, 404. */
@Provider
public class StatisticsExceptionMapper implements ExceptionMapper<StatisticsException> {

  @Override
  public Response toResponse(StatisticsException e) {
    Response.Status status;
    String error;
    if (e instanceof StatisticsException.InvalidInput) {
      status = Response.Status.BAD_REQUEST;
      error = "invalid_input";
    } else if (e instanceof StatisticsException.NotFound) {
      status = Response.Status.NOT_FOUND;
      error = "not_found";
    } else {
      status = Response.Status.FORBIDDEN;
      error = "forbidden";
    }
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(status.getStatusCode(), error, e.getMessage()))
        .build();
  }
}
