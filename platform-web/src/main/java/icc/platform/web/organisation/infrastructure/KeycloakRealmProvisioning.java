package icc.platform.web.organisation.infrastructure;

import icc.platform.web.organisation.application.IdentityProvisioning;
import icc.platform.web.shared.KeycloakAdminApi;
import icc.platform.web.shared.PlatformConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates and removes realms through Keycloak's admin REST API, from the same realm template that
 * {@code ops/platform} renders for the demo realms ({@code keycloak-realm/templates}, packaged on
 * the classpath under {@code keycloak-realm/}).
 * The HTTP calls go through {@link KeycloakAdminApi}.
 */
@ApplicationScoped
public class KeycloakRealmProvisioning implements IdentityProvisioning {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z_]+)}");
  /** Production rules for the passwords of a new State (the demo realms relax them). */
  private static final String PASSWORD_POLICY = "length(12) and notUsername and passwordHistory(3)";

  @Inject PlatformConfig config;
  @Inject KeycloakAdminApi keycloak;

  private final SecureRandom random = new SecureRandom();

  @Override
  public String createStateRealm(
      String realm, String stateCode, String stateName, StateAdministrator admin) {
    String admins =
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("username", admin.username())
                    .add("enabled", true)
                    .add("firstName", "State administrator")
                    .add("lastName", stateName)
                    .add("requiredActions", Json.createArrayBuilder().add("UPDATE_PASSWORD"))
                    .add("realmRoles", Json.createArrayBuilder().add("state-admin"))
                    .add(
                        "credentials",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("type", "password")
                                    .add("value", admin.temporaryPassword())
                                    .add("temporary", true))))
            .build()
            .toString();
    String representation =
        render(
            template("organisation-realm.json"),
            Map.ofEntries(
                Map.entry("REALM", jsonText(realm)),
                Map.entry("DISPLAY_NAME", jsonText(stateName)),
                Map.entry("ORGANISATION_CODE", jsonText(stateCode)),
                Map.entry("SSL_REQUIRED", "external"),
                Map.entry("PASSWORD_POLICY", PASSWORD_POLICY),
                Map.entry("REALM_ROLES", template("state-roles.json")),
                Map.entry("DIRECT_GRANTS", String.valueOf(config.directGrantsForNewRealms())),
                Map.entry("PLATFORM_URL", config.publicUrl().toString()),
                Map.entry("PLATFORM_AUDIENCE", jsonText(config.apiAudience())),
                Map.entry("NATIONAL_SYSTEM_SECRET", HexFormat.of().formatHex(randomBytes(32))),
                Map.entry("USERS", admins),
                // A State's focal points and administrators log in with a second factor (TOTP).
                Map.entry("BROWSER_FLOW", "platform browser"),
                Map.entry("SECOND_FACTOR_ROLE", "focal-point"),
                Map.entry("SECOND_FACTOR_ADMIN_ROLE", "state-admin")));
    HttpResponse<String> response = keycloak.post("/admin/realms", representation);
    if (response.statusCode() != 201) {
      throw new IllegalStateException(
          "Keycloak refused to create realm " + realm + ": HTTP " + response.statusCode() + " " + response.body());
    }
    return config.keycloakUrl() + "/realms/" + realm;
  }

  @Override
  public void deleteRealm(String realm) {
    HttpResponse<String> response = keycloak.delete("/admin/realms/" + path(realm), null);
    if (response.statusCode() != 204 && response.statusCode() != 404) {
      throw new IllegalStateException("Keycloak refused to delete realm " + realm + ": HTTP " + response.statusCode());
    }
  }

  @Override
  public boolean realmExists(String realm) {
    return keycloak.get("/admin/realms/" + path(realm)).statusCode() == 200;
  }

  @Override
  public void logoutAll(String realm) {
    HttpResponse<String> response = keycloak.post("/admin/realms/" + path(realm) + "/logout-all", null);
    if (response.statusCode() >= 300) {
      throw new IllegalStateException("Keycloak refused to end the sessions of " + realm + ": HTTP " + response.statusCode());
    }
  }

  private static String template(String name) {
    try (InputStream in =
        KeycloakRealmProvisioning.class.getClassLoader().getResourceAsStream("keycloak-realm/" + name)) {
      if (in == null) {
        throw new IllegalStateException("Realm template keycloak-realm/" + name + " is not packaged");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Substitutes every {@code ${NAME}}; a placeholder without value is a packaging error. */
  static String render(String template, Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      if (value == null) {
        throw new IllegalStateException("No value for realm template placeholder " + matcher.group(1));
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** The value as it may stand inside a JSON string literal of the template. */
  static String jsonText(String value) {
    String quoted = Json.createValue(value).toString();
    return quoted.substring(1, quoted.length() - 1);
  }

  private static String path(String realm) {
    return KeycloakAdminApi.segment(realm);
  }

  private byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    random.nextBytes(bytes);
    return bytes;
  }
}
