package icc.platform.it;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * A client in the Japanese test realm whose tokens live one second, created through Keycloak's
 * admin REST API: the only honest way to hold a correctly signed token that has expired.
 */
final class ExpiryProbe {

  /** Must match the clock skew the platform tolerates (AccessTokenVerifier.MAX_CLOCK_SKEW). */
  static final int CLOCK_SKEW_SECONDS = 10;

  private static final String REALM = "state-jp";
  private static final String CLIENT = "expiry-probe";
  private static final String SECRET = "expiry-probe-secret-for-tests-only";

  private ExpiryProbe() {}

  static String tokenThatExpiresInOneSecond() {
    ensureClient();
    return TestPlatform.token(
        REALM,
        Map.of(
            "grant_type", "client_credentials",
            "client_id", CLIENT,
            "client_secret", SECRET));
  }

  private static void ensureClient() {
    String admin = KeycloakAdmin.token();
    String client =
        """
        {"clientId": "%s", "secret": "%s", "publicClient": false, "serviceAccountsEnabled": true,
         "standardFlowEnabled": false, "attributes": {"access.token.lifespan": "1"},
         "protocolMappers": [{"name": "platform audience", "protocol": "openid-connect",
           "protocolMapper": "oidc-audience-mapper",
           "config": {"included.custom.audience": "cooperation-platform", "access.token.claim": "true"}}]}
        """
            .formatted(CLIENT, SECRET);
    HttpResponse<String> created =
        TestPlatform.send(
            HttpRequest.newBuilder(
                    URI.create(TestPlatform.KEYCLOAK + "/admin/realms/" + REALM + "/clients"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(client))
                .build());
    if (created.statusCode() != 201 && created.statusCode() != 409) {
      throw new IllegalStateException("could not create the expiry probe client: " + created.body());
    }
  }
}
