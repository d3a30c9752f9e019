package icc.platform.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;

/**
 * Reads a bounded JSON request body into a type, refusing (through the feature's own
 * invalid-input exception, so that its mapper answers 400 naming {@code body}) a body that is
 * too large, empty, {@code null} or not of the expected shape.
 */
public final class JsonBodies {

  private static final Jsonb JSON = JsonbBuilder.create();

  private JsonBodies() {}

  /**
   * @param invalid makes the feature's invalid-input exception from a field name and a message
   * @param shapeMessage the message when the JSON does not bind to {@code type}
   */
  public static <T> T read(InputStream body, Class<T> type, int maxBytes, String shapeMessage,
      BiFunction<String, String, ? extends RuntimeException> invalid) throws IOException {
    byte[] bytes = body.readNBytes(maxBytes + 1);
    if (bytes.length > maxBytes) {
      throw invalid.apply("body", "larger than " + maxBytes + " bytes");
    }
    if (bytes.length == 0) {
      throw invalid.apply("body", "a JSON object is required");
    }
    T value;
    try {
      value = JSON.fromJson(new String(bytes, StandardCharsets.UTF_8), type);
    } catch (JsonbException e) {
      throw invalid.apply("body", shapeMessage);
    }
    if (value == null) {
      throw invalid.apply("body", "a JSON object is required");
    }
    return value;
  }
}
