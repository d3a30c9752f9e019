package icc.platform.web.statistics.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;

/** The explicit consent in the body of an opt-in: exactly {@code {"share": true}}. */
final class SharingConsent {

  private SharingConsent() {}

  static boolean given(String body) {
    if (body == null || body.isBlank()) {
      return false;
    }
    try (var reader = Json.createReader(new StringReader(body))) {
      JsonValue value = reader.readValue();
      return value instanceof JsonObject o && o.get("share") == JsonValue.TRUE;
    } catch (JsonException | IllegalStateException e) {
      return false;
    }
  }
}
