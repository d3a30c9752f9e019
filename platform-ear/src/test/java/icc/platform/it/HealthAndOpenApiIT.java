package icc.platform.it;

import static icc.platform.it.TestPlatform.get;
import static icc.platform.it.TestPlatform.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class HealthAndOpenApiIT {

  @Test
  void isReadyWhenTheDatabaseAndEveryRealmAnswer() {
    HttpResponse<String> response = get("/health/ready", null);

    assertEquals(200, response.statusCode(), response.body());
    JsonNode health = json(response.body());
    assertEquals("UP", health.get("status").asText());
    JsonNode realms = null;
    for (JsonNode check : health.get("checks")) {
      assertEquals("UP", check.get("status").asText(), check.toString());
      if (check.get("name").asText().equals("realms")) {
        realms = check.get("data");
      }
    }
    assertTrue(realms != null && realms.has("state-nl") && realms.has("court") && realms.has("platform"),
        "every registered realm is probed: " + health);
  }

  @Test
  void documentsTheApiInOpenApi() {
    HttpResponse<String> response = get("/openapi", null);

    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("/api/v1/me"), response.body());
    assertTrue(response.body().contains("bearer"), "the bearer security scheme is documented");
  }

  @Test
  void answersUnknownApiPathsWithJson() {
    HttpResponse<String> response = get("/api/v1/no-such-thing", TestPlatform.userToken("state-nl", "focal.nl"));

    assertEquals(404, response.statusCode());
    assertEquals("not_found", json(response.body()).get("error").asText());
  }
}
