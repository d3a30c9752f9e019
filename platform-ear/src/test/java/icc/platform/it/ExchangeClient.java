package icc.platform.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/** Small helpers of the exchange ITs: JSON and byte requests with a bearer token, audit entries. */
final class ExchangeClient {

  private ExchangeClient() {}


  static HttpResponse<String> upload(String threadId, String token, String filename, byte[] content) {
    return TestPlatform.send(HttpRequest.newBuilder(URI.create(TestPlatform.URL + "/api/v1/threads/" + threadId
            + "/documents?filename=" + URLEncoder.encode(filename, StandardCharsets.UTF_8)))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/octet-stream")
        .header("Document-Media-Type", "application/pdf")
        .POST(HttpRequest.BodyPublishers.ofByteArray(content))
        .build());
  }

  static HttpResponse<byte[]> getBytes(String path, String token) {
    try {
      return TestPlatform.HTTP.send(HttpRequest.newBuilder(URI.create(TestPlatform.URL + path))
          .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Opens a thread and returns its id; fails the test if refused. */
  static String openThread(String token, String json) {
    HttpResponse<String> r = TestPlatform.postJson("/api/v1/threads", token, json);
    if (r.statusCode() != 201) {
      throw new AssertionError("thread not created: " + r.statusCode() + " " + r.body());
    }
    return TestPlatform.json(r.body()).get("id").asText();
  }

  static String discussion(String subject, String handlingCode, String... participants) {
    return "{\"kind\":\"DISCUSSION\",\"subject\":\"" + subject + "\",\"classification\":\"RESTRICTED\",\"handlingCode\":\""
        + handlingCode + "\",\"participants\":[" + String.join(",", java.util.Arrays.stream(participants).map(p -> "\"" + p + "\"").toList())
        + "],\"message\":\"Opening message\"}";
  }

  /** Deterministic pseudo-random content (seeded: every run uploads the same bytes). */
  static byte[] content(int length, long seed) {
    byte[] b = new byte[length];
    new Random(seed).nextBytes(b);
    return b;
  }

  static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every audit event, as platform.auditor reads them. */
  static List<JsonNode> auditEntries() {
    String token = TestPlatform.userToken("platform", "platform.auditor");
    List<JsonNode> all = new ArrayList<>();
    long from = 0;
    while (true) {
      HttpResponse<String> r = TestPlatform.get("/api/v1/audit/entries?from=" + from + "&limit=1000", token);
      if (r.statusCode() != 200) {
        throw new AssertionError("audit entries: " + r.statusCode() + " " + r.body());
      }
      JsonNode page = TestPlatform.json(r.body());
      page.get("entries").forEach(e -> all.add(e.get("event")));
      if (!page.has("nextFrom") || page.get("nextFrom").isNull()) {
        return all;
      }
      from = page.get("nextFrom").asLong();
    }
  }

  static String at(JsonNode event, String... path) {
    JsonNode node = event;
    for (String name : path) {
      node = node == null ? null : node.get(name);
    }
    return node == null || node.isNull() ? null : node.asText();
  }
}
