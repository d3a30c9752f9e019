package icc.platform.web.request.api;

import icc.platform.web.request.domain.Finding;
import icc.platform.web.request.domain.RequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Business outcomes of requests as the platform's JSON errors: 400 bad input (field first), 403 a
 * role or side that never may, 404 not there or not yours, 409 a wrong state (with {@code
 * allowedActions}: what the caller may do now), 422 an incomplete request (with {@code findings}).
 */
@Provider
public class RequestExceptionMapper implements ExceptionMapper<RequestException> {

  /** {@code ApiError} plus what a client needs to recover from a 409 or 422. */
  public record RequestError(int status, String error, String message, List<String> allowedActions, List<Finding> findings) {}

  @Override
  public Response toResponse(RequestException e) {
    int status = status(e);
    List<String> allowed = e instanceof RequestException.WrongState w ? w.allowed().stream().map(Enum::name).toList() : null;
    List<Finding> findings = e instanceof RequestException.Incomplete i ? i.findings() : null;
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new RequestError(status, e.error(), e.getMessage(), allowed, findings)).build();
  }

  static int status(RequestException e) {
    if (e instanceof RequestException.InvalidInput) {
      return 400;
    }
    if (e instanceof RequestException.Forbidden) {
      return 403;
    }
    if (e instanceof RequestException.NotFound) {
      return 404;
    }
    if (e instanceof RequestException.Incomplete) {
      return 422;
    }
    return 409;
  }
}
