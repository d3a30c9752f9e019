package icc.platform.it;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * Keycloak's admin REST API as a State administrator's tools would use it, for tests that need
 * users the platform does not create yet.
 */
final class KeycloakAdmin {

  private KeycloakAdmin() {}

  static String token() {
    return TestPlatform.token(
        "master",
        Map.of(
            "grant_type", "password",
            "client_id", "admin-cli",
            "username", "admin",
            "password", TestPlatform.secret("KC_ADMIN_PASSWORD")));
  }

  /** Creates a user with a permanent password and one realm role (no-op if present). */
  static void ensureUser(String realm, String username, String password, String role) {
    String admin = token();
    String user =
        """
        {"username": "%s", "enabled": true, "firstName": "Test", "lastName": "User", "email": "%s@example.org",
         "emailVerified": true, "credentials": [{"type": "password", "value": "%s", "temporary": false}]}
        """
            .formatted(username, username, password);
    HttpResponse<String> created = send(admin, "POST", "/admin/realms/" + realm + "/users", user);
    if (created.statusCode() != 201 && created.statusCode() != 409) {
      throw new IllegalStateException("user not created: " + created.body());
    }
    String id =
        TestPlatform.json(send(admin, "GET", "/admin/realms/" + realm + "/users?exact=true&username=" + username, null).body())
            .get(0)
            .get("id")
            .asText();
    String roleRep = send(admin, "GET", "/admin/realms/" + realm + "/roles/" + role, null).body();
    HttpResponse<String> mapped =
        send(admin, "POST", "/admin/realms/" + realm + "/users/" + id + "/role-mappings/realm", "[" + roleRep + "]");
    if (mapped.statusCode() != 204) {
      throw new IllegalStateException("role not granted: " + mapped.body());
    }
  }

  static int realmStatus(String realm) {
    return send(token(), "GET", "/admin/realms/" + realm, null).statusCode();
  }

  static HttpResponse<String> send(String admin, String method, String path, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(TestPlatform.KEYCLOAK + path)).header("Authorization", "Bearer " + admin);
    if (json != null) {
      request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return TestPlatform.send(request.build());
  }
}
