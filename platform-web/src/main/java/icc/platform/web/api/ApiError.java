package icc.platform.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The JSON body of every error the API returns, meant for a person to read.
 *
 * @param status the HTTP status code
 * @param error a stable machine-readable code, e.g. {@code invalid_token}
 * @param message what went wrong, in words a person understands
 */
public record ApiError(int status, String error, String message) {

  public static Response response(Response.Status status, String error, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(status.getStatusCode(), error, message))
        .build();
  }
}
