package icc.platform.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/** Where the platform under test runs, and how to get real tokens from its Keycloak. */
final class TestPlatform {

  static final String URL = System.getProperty("platform.url", "http://localhost:18080");
  static final String KEYCLOAK = System.getProperty("keycloak.url", "http://localhost:18180");
  static final Path STATE = Path.of(System.getProperty("platform.state", ".platform/test"));
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private TestPlatform() {}

  /** A secret from the state folder that ops/platform generated on first start. */
  static String secret(String name) {
    Properties secrets = new Properties();
    try (var in = Files.newBufferedReader(STATE.resolve("secrets.env"))) {
      secrets.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return secrets.getProperty(name);
  }

  /** An access token for a demo user, from the web client (direct grants: demo/test realms only). */
  static String userToken(String realm, String username) {
    return userToken(realm, username, "demo");
  }

  static String userToken(String realm, String username, String password) {
    return token(
        realm,
        Map.of(
            "grant_type", "password",
            "client_id", "platform-web",
            "username", username,
            "password", password));
  }

  /** An access token for a realm's national system (client credentials grant). */
  static String systemToken(String realm) {
    return token(
        realm,
        Map.of(
            "grant_type", "client_credentials",
            "client_id", "national-system",
            "client_secret", secret("NATIONAL_SYSTEM_SECRET")));
  }

  /**
   * A token from the realm's token endpoint. A password grant refused as "Invalid user credentials"
   * is asked again until Keycloak answers otherwise (at most 5 s): with brute force detection on,
   * Keycloak 26 refuses a login of a user while it still books that user's previous one
   * ("concurrent login requests are blocked", keycloak/keycloak#48272), which tests logging the
   * same user in many times in a row met once in a full run (user_temporarily_disabled in
   * Keycloak's log, no failed login before).
   */
  static String token(String realm, Map<String, String> form) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/" + realm + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(formEncode(form)))
            .build();
    AtomicReference<HttpResponse<String>> response = new AtomicReference<>();
    Await.until(Duration.ofSeconds(5), () -> {
      response.set(send(request));
      return response.get().statusCode() == 200 || !"password".equals(form.get("grant_type"))
          || !response.get().body().contains("Invalid user credentials");
    });
    if (response.get().statusCode() != 200) {
      throw new IllegalStateException("Keycloak refused a token: " + response.get().body());
    }
    return json(response.get().body()).get("access_token").asText();
  }

  static HttpResponse<String> get(String path, String bearer) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(URL + path)).GET();
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return send(request.build());
  }

  /** A request with a body (or none when {@code body} is null) and, when given, a bearer token. */
  static HttpResponse<String> call(String method, String path, String bearer, String contentType, HttpRequest.BodyPublisher body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(URL + path));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body).build());
  }

  static HttpResponse<String> postJson(String path, String bearer, String json) {
    return call("POST", path, bearer, "application/json", HttpRequest.BodyPublishers.ofString(json));
  }

  static HttpResponse<String> putJson(String path, String bearer, String json) {
    return call("PUT", path, bearer, "application/json", HttpRequest.BodyPublishers.ofString(json));
  }

  static HttpResponse<String> post(String path, String bearer) {
    return call("POST", path, bearer, null, null);
  }

  static HttpResponse<String> put(String path, String bearer) {
    return call("PUT", path, bearer, null, null);
  }

  static HttpResponse<String> delete(String path, String bearer) {
    return call("DELETE", path, bearer, null, null);
  }

  static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + body, e);
    }
  }

  static String formEncode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
