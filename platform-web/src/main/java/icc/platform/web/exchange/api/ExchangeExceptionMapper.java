package icc.platform.web.exchange.api;

import icc.platform.web.api.ApiError;
import icc.platform.web.exchange.domain.ExchangeException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Business outcomes of the exchange as JSON errors: 400 bad input (naming the field), 403 a role
 * that may not, 404 not there or not yours, 409 a handling or state rule, 413 too large.
 */
@Provider
public class ExchangeExceptionMapper implements ExceptionMapper<ExchangeException> {

  @Override
  public Response toResponse(ExchangeException e) {
    return ApiError.response(status(e), e.error(), e.getMessage());
  }

  static Response.Status status(ExchangeException e) {
    if (e instanceof ExchangeException.InvalidInput) {
      return Response.Status.BAD_REQUEST;
    }
    if (e instanceof ExchangeException.NotFound) {
      return Response.Status.NOT_FOUND;
    }
    if (e instanceof ExchangeException.Forbidden) {
      return Response.Status.FORBIDDEN;
    }
    if (e instanceof ExchangeException.TooLarge) {
      return Response.Status.REQUEST_ENTITY_TOO_LARGE;
    }
    return Response.Status.CONFLICT;
  }
}
