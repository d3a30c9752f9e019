package icc.platform.web.account.infrastructure;

import static icc.platform.web.shared.KeycloakAdminApi.segment;

import icc.platform.web.account.application.Account;
import icc.platform.web.account.application.AccountDirectory;
import icc.platform.web.security.PlatformRole;
import icc.platform.web.shared.KeycloakAdminApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The accounts of a realm through Keycloak's admin REST API. */
@ApplicationScoped
public class KeycloakAccountDirectory implements AccountDirectory {

  /** Only the platform's own roles are shown; Keycloak's defaults (offline_access...) are not. */
  private static final Set<String> PLATFORM_ROLES =
      Set.copyOf(Arrays.stream(PlatformRole.values()).map(PlatformRole::roleName).toList());

  @Inject KeycloakAdminApi keycloak;

  @Override
  public List<Account> list(String realm) {
    HttpResponse<String> response = keycloak.get(users(realm) + "?briefRepresentation=false&max=1000");
    ok(response, "list the accounts of " + realm);
    List<Account> accounts = new ArrayList<>();
    for (JsonValue user : array(response.body())) {
      JsonObject u = user.asJsonObject();
      if (u.getString("username", "").startsWith("service-account-")) {
        continue;
      }
      accounts.add(account(realm, u));
    }
    return accounts;
  }

  @Override
  public Optional<Account> find(String realm, String id) {
    HttpResponse<String> response = keycloak.get(users(realm) + "/" + segment(id));
    if (response.statusCode() == 404) {
      return Optional.empty();
    }
    ok(response, "read an account of " + realm);
    JsonObject user = Json.createReader(new StringReader(response.body())).readObject();
    if (user.getString("username", "").startsWith("service-account-")) {
      return Optional.empty();
    }
    return Optional.of(account(realm, user));
  }

  @Override
  public Optional<String> create(
      String realm, String username, String firstName, String lastName, String email, String temporaryPassword) {
    String user =
        Json.createObjectBuilder()
            .add("username", username)
            .add("enabled", true)
            .add("firstName", firstName)
            .add("lastName", lastName)
            .add("email", email)
            .add("requiredActions", Json.createArrayBuilder().add("UPDATE_PASSWORD"))
            .add(
                "credentials",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("type", "password").add("value", temporaryPassword).add("temporary", true)))
            .build()
            .toString();
    HttpResponse<String> response = keycloak.post(users(realm), user);
    if (response.statusCode() == 409) {
      return Optional.empty();
    }
    ok(response, "create an account in " + realm);
    String location = response.headers().firstValue("Location").orElseThrow();
    return Optional.of(location.substring(location.lastIndexOf('/') + 1));
  }

  @Override
  public void setRealmRoles(String realm, String id, Set<String> granted, Set<String> revoked) {
    if (!granted.isEmpty()) {
      ok(keycloak.post(roleMappings(realm, id), roles(realm, granted)), "grant roles in " + realm);
    }
    if (!revoked.isEmpty()) {
      ok(keycloak.delete(roleMappings(realm, id), roles(realm, revoked)), "revoke roles in " + realm);
    }
  }

  @Override
  public void setEnabled(String realm, String id, boolean enabled) {
    ok(keycloak.put(users(realm) + "/" + segment(id), "{\"enabled\":" + enabled + "}"), "change an account of " + realm);
  }

  @Override
  public void resetPassword(String realm, String id, String temporaryPassword) {
    String credential =
        Json.createObjectBuilder().add("type", "password").add("value", temporaryPassword).add("temporary", true).build().toString();
    ok(keycloak.put(users(realm) + "/" + segment(id) + "/reset-password", credential), "reset a password in " + realm);
  }

  @Override
  public void logout(String realm, String id) {
    ok(keycloak.post(users(realm) + "/" + segment(id) + "/logout", null), "end the sessions of an account of " + realm);
  }

  private Account account(String realm, JsonObject user) {
    String id = user.getString("id");
    HttpResponse<String> mapped = keycloak.get(roleMappings(realm, id));
    ok(mapped, "read the roles of an account of " + realm);
    List<String> roles =
        array(mapped.body()).stream()
            .map(r -> r.asJsonObject().getString("name"))
            .filter(PLATFORM_ROLES::contains)
            .sorted()
            .toList();
    return new Account(
        id,
        user.getString("username"),
        user.getString("firstName", ""),
        user.getString("lastName", ""),
        user.getString("email", ""),
        user.getBoolean("enabled", false),
        roles);
  }

  private String roles(String realm, Set<String> names) {
    JsonArrayBuilder roles = Json.createArrayBuilder();
    for (String name : names) {
      HttpResponse<String> role = keycloak.get("/admin/realms/" + segment(realm) + "/roles/" + segment(name));
      ok(role, "read role " + name + " of " + realm);
      roles.add(Json.createReader(new StringReader(role.body())).readObject());
    }
    return roles.build().toString();
  }

  private static String users(String realm) {
    return "/admin/realms/" + segment(realm) + "/users";
  }

  private static String roleMappings(String realm, String id) {
    return users(realm) + "/" + segment(id) + "/role-mappings/realm";
  }

  private static JsonArray array(String body) {
    return Json.createReader(new StringReader(body)).readArray();
  }

  private static void ok(HttpResponse<String> response, String what) {
    if (response.statusCode() >= 300) {
      throw new IllegalStateException("Keycloak refused to " + what + ": HTTP " + response.statusCode());
    }
  }
}
