package icc.platform.web.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request body that cannot be read as the operation's JSON (malformed JSON, wrong types) is the
 * caller's mistake: 400 with a message, never a 500. The parser's own text is not echoed back.
 */
public final class UnreadableBodyMapper {

  private UnreadableBodyMapper() {}

  static Response badBody() {
    return ApiError.response(
        Response.Status.BAD_REQUEST,
        "invalid_body",
        "The request body is not valid JSON of the shape this operation expects; see /openapi");
  }

  @Provider
  public static class Processing implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
      return badBody();
    }
  }

  @Provider
  public static class Binding implements ExceptionMapper<JsonbException> {
    @Override
    public Response toResponse(JsonbException e) {
      return badBody();
    }
  }

  /**
   * A body read as JSON-P ({@code JsonStructure} parameters) that is not JSON. Only the parser
   * of request bodies throws this where a resource method has not started yet.
   */
  @Provider
  public static class Parsing implements ExceptionMapper<jakarta.json.stream.JsonParsingException> {
    @Override
    public Response toResponse(jakarta.json.stream.JsonParsingException e) {
      return badBody();
    }
  }
}
