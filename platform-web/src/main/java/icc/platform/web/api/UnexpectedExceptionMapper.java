package icc.platform.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger.Level;
import java.util.UUID;

/**
 * Last resort: an unexpected failure is logged with a reference the caller can quote, and the
 * answer reveals nothing of the internals.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

  private static final System.Logger LOG =
      System.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(Exception exception) {
    String reference = UUID.randomUUID().toString();
    LOG.log(Level.ERROR, "Unexpected failure, reference " + reference, exception);
    return ApiError.response(
        Response.Status.INTERNAL_SERVER_ERROR,
        "internal_error",
        "Something went wrong on the platform; quote reference " + reference + " to the operators");
  }
}
