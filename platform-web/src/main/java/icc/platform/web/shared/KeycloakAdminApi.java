package icc.platform.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Keycloak's admin REST API over plain HTTP, with a short-lived token of Keycloak's administrator
 * asked for each operation. Callers scope every path to one realm themselves.
 *
 * <p>Why not {@code org.keycloak:keycloak-admin-client}: it brings RESTEasy (a second JAX-RS
 * implementation with its own {@code RuntimeDelegate}), JAXB, Jackson providers and the
 * MicroProfile OpenAPI 4.1 API into an application that Payara serves with Jersey and
 * MicroProfile 6; the few calls the platform makes do not justify that risk.
 */
@ApplicationScoped
public class KeycloakAdminApi {

  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  @Inject PlatformConfig config;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  public HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  public HttpResponse<String> post(String path, String json) {
    return send(request(path).POST(body(json)));
  }

  public HttpResponse<String> put(String path, String json) {
    return send(request(path).PUT(body(json)));
  }

  public HttpResponse<String> delete(String path, String json) {
    return send(request(path).method("DELETE", body(json)));
  }

  /** A path segment (realm name, user id) as it may stand in a URL. */
  public static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static HttpRequest.BodyPublisher body(String json) {
    return json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(config.keycloakUrl() + path))
        .timeout(TIMEOUT)
        .header("Authorization", "Bearer " + adminToken())
        .header("Content-Type", "application/json");
  }

  private String adminToken() {
    String form =
        "grant_type=password&client_id=admin-cli&username="
            + URLEncoder.encode(config.keycloakAdminUser(), StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(config.keycloakAdminPassword(), StandardCharsets.UTF_8);
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(config.keycloakUrl() + "/realms/master/protocol/openid-connect/token"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (response.statusCode() != 200) {
      throw new IllegalStateException("Keycloak refused the platform's administrator login: HTTP " + response.statusCode());
    }
    return Json.createReader(new StringReader(response.body())).readObject().getString("access_token");
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("Keycloak cannot be reached", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while talking to Keycloak", e);
    }
  }
}
