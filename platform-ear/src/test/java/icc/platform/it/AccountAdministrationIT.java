package icc.platform.it;

import static icc.platform.it.TestPlatform.get;
import static icc.platform.it.TestPlatform.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A State administrator manages the State's own accounts, and only those. */
class AccountAdministrationIT {

  private final String adminNl = TestPlatform.userToken("state-nl", "admin.nl");

  @Test
  void listsOnlyTheOwnStatesAccountsWithTheirPlatformRoles() {
    HttpResponse<String> response = get("/api/v1/accounts", adminNl);

    assertEquals(200, response.statusCode(), response.body());
    Set<String> names = new HashSet<>();
    for (JsonNode account : json(response.body())) {
      names.add(account.get("username").asText());
      assertFalse(account.has("credentials"), "no secrets in the list");
    }
    assertTrue(names.containsAll(Set.of("focal.nl", "officer.nl", "admin.nl")), names.toString());
    assertTrue(names.stream().noneMatch(n -> n.endsWith(".fr") || n.startsWith("service-account")), names.toString());
  }

  @Test
  void createsAnOfficerWithAOneTimePasswordThatAnotherStateCannotSee() {
    String username = "analyst." + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created =
        TestPlatform.postJson(
            "/api/v1/accounts",
            adminNl,
            "{\"username\":\"" + username + "\",\"firstName\":\"Asset\",\"lastName\":\"Analyst\",\"email\":\"" + username + "@example.org\",\"role\":\"officer\"}");

    assertEquals(201, created.statusCode(), created.body());
    JsonNode body = json(created.body());
    String id = body.get("account").get("id").asText();
    assertEquals(username, body.get("account").get("username").asText());
    assertEquals("officer", body.get("account").get("roles").get(0).asText());
    assertTrue(body.get("temporaryPassword").asText().length() >= 12);

    String adminFr = TestPlatform.userToken("state-fr", "admin.fr");
    assertEquals(404, get("/api/v1/accounts/" + id, adminFr).statusCode(), "France cannot even see it exists");
    assertEquals(404, TestPlatform.postJson("/api/v1/accounts/" + id + "/disable", adminFr, "").statusCode());
    assertEquals(200, get("/api/v1/accounts/" + id, adminNl).statusCode());
  }

  @Test
  void grantsOnlyTheWorkingRolesOfAState() {
    for (String role : new String[] {"state-admin", "platform-admin", "court-requester", "nonsense"}) {
      HttpResponse<String> refused =
          TestPlatform.postJson(
              "/api/v1/accounts",
              adminNl,
              "{\"username\":\"x" + role.replace("-", "") + "\",\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"a@example.org\",\"role\":\"" + role + "\"}");
      assertEquals(400, refused.statusCode(), role + ": " + refused.body());
      assertTrue(json(refused.body()).get("message").asText().startsWith("role:"));
    }
  }

  @Test
  void aDisabledAccountsStillValidTokenIsRefusedAtOnce() {
    KeycloakAdmin.ensureUser("state-nl", "leaver.nl", "Leaver-password-2026", "officer");
    String token = TestPlatform.userToken("state-nl", "leaver.nl", "Leaver-password-2026");
    assertEquals(200, get("/api/v1/me", token).statusCode());
    String id =
        java.util.stream.StreamSupport.stream(json(get("/api/v1/accounts", adminNl).body()).spliterator(), false)
            .filter(a -> a.get("username").asText().equals("leaver.nl"))
            .findFirst()
            .orElseThrow()
            .get("id")
            .asText();

    HttpResponse<String> disabled = TestPlatform.postJson("/api/v1/accounts/" + id + "/disable", adminNl, "");
    assertEquals(200, disabled.statusCode(), disabled.body());
    assertFalse(json(disabled.body()).get("enabled").asBoolean());

    HttpResponse<String> refused = get("/api/v1/me", token);
    assertEquals(403, refused.statusCode());
    assertEquals("account_disabled", json(refused.body()).get("error").asText());

    assertEquals(200, TestPlatform.postJson("/api/v1/accounts/" + id + "/enable", adminNl, "").statusCode());
    assertEquals(200, get("/api/v1/me", TestPlatform.userToken("state-nl", "leaver.nl", "Leaver-password-2026")).statusCode());
  }

  @Test
  void anAdministratorCannotDisableThemself() {
    String me = json(get("/api/v1/accounts", adminNl).body()).findValuesAsText("username").contains("admin.nl") ? idOf("admin.nl") : null;

    assertEquals(409, TestPlatform.postJson("/api/v1/accounts/" + me + "/disable", adminNl, "").statusCode());
  }

  private String idOf(String username) {
    for (JsonNode account : json(get("/api/v1/accounts", adminNl).body())) {
      if (account.get("username").asText().equals(username)) {
        return account.get("id").asText();
      }
    }
    throw new IllegalStateException(username);
  }
}
