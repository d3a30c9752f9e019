package icc.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Small helpers to call the library and profile API with a bearer token. */
final class LibraryApi {

  private LibraryApi() {}

  static HttpResponse<String> get(String path, String token) {
    return TestPlatform.get(path, token);
  }



  static HttpResponse<String> postBytes(String path, String token, String contentType, byte[] body) {
    return TestPlatform.call("POST", path, token, contentType, HttpRequest.BodyPublishers.ofByteArray(body));
  }


  static HttpResponse<byte[]> download(String path, String token) throws Exception {
    return TestPlatform.HTTP.send(
        HttpRequest.newBuilder(URI.create(TestPlatform.URL + path))
            .header("Authorization", "Bearer " + token)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /**
   * Waits until every committed library change is in the search index: changes reach it through
   * an outbox a background agent applies within about a second (docs/library.md), so a test that
   * searches right after an approval waits here first, as a user would see it a moment later.
   */
  static void awaitIndexed() {
    String admin = TestPlatform.userToken("platform", "platform.admin");
    boolean done = Await.until(java.time.Duration.ofSeconds(60), () -> {
      JsonNode status = ok(get("/api/v1/library/index", admin), 200);
      return status.get("pendingChanges").asLong() == 0;
    });
    JsonNode status = ok(get("/api/v1/library/index", admin), 200);
    if (!done || status.get("failedChanges").asLong() > 0) {
      throw new AssertionError("library changes not indexed (waiting after 60 s, or refused by the index: see the server log): " + status);
    }
  }

  static JsonNode ok(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    return TestPlatform.json(response.body());
  }

  static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** An entry request as JSON; a unique marker word in the title makes searches exact. */
  static String entryJson(String title, String summary, String frenchSummary, String jurisdiction,
      String topic, String type, String language, String visibility) {
    return "{\"title\":\"" + title + "\",\"summary\":\"" + summary + "\","
        + (frenchSummary == null ? "" : "\"otherSummaries\":{\"fr\":\"" + frenchSummary + "\"},")
        + "\"jurisdictions\":[\"" + jurisdiction + "\"],\"topics\":[\"" + topic + "\"],"
        + "\"type\":\"" + type + "\",\"languages\":[\"" + language + "\"],"
        + "\"source\":\"Integration test\",\"documentDate\":\"2024-02-01\","
        + "\"visibility\":\"" + visibility + "\"}";
  }
}
