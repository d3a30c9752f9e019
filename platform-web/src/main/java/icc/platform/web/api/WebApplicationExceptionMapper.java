package icc.platform.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Gives the framework's own errors (unknown path, wrong method, bad media type) a JSON body. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    Response.StatusType status = original.getStatusInfo();
    String message =
        switch (status.getStatusCode()) {
          case 404 -> "There is nothing at this address";
          case 405 -> "This operation does not accept that HTTP method";
          case 406 -> "This operation cannot answer in the media type asked for";
          case 415 -> "This operation does not accept that media type";
          default -> status.getReasonPhrase();
        };
    return Response.status(status.getStatusCode())
        .type("application/json")
        .entity(new ApiError(status.getStatusCode(), errorCode(status), message))
        .build();
  }

  private static String errorCode(Response.StatusType status) {
    return status.getReasonPhrase().toLowerCase().replace(' ', '_');
  }
}
