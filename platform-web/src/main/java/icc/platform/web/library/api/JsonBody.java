package icc.platform.web.library.api;

import icc.platform.web.library.domain.LibraryException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;

/**
 * Reads a JSON request body ourselves, so that malformed JSON is a 400 naming the body rather
 * than whatever the framework makes of a parser exception.
 */
final class JsonBody {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private JsonBody() {}

  static <T> T parse(String body, Class<T> type) {
    if (body == null || body.isBlank()) {
      throw new LibraryException.InvalidInput("body", "a JSON body is required");
    }
    try {
      T value = JSONB.fromJson(body, type);
      if (value == null) {
        throw new LibraryException.InvalidInput("body", "a JSON object is required");
      }
      return value;
    } catch (JsonbException | ClassCastException e) {
      throw new LibraryException.InvalidInput("body", "the body is not valid JSON for this operation");
    }
  }
}
