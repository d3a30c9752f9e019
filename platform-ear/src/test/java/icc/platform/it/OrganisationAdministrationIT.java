package icc.platform.it;

import static icc.platform.it.TestPlatform.get;
import static icc.platform.it.TestPlatform.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * A platform administrator onboards a State and suspends it; the State's tokens stop working at
 * once and work again after reinstatement. Runs against the real stack, so every run onboards a
 * State not yet registered.
 */
class OrganisationAdministrationIT {

  /** ISO codes of States that the demo does not register, tried in turn. */
  private static final List<String> CANDIDATES =
      List.of("KE", "GH", "UG", "TZ", "BW", "NA", "ZM", "MW", "BJ", "TG", "ML", "NE", "BF", "CV", "GM", "LR");

  private final String admin = TestPlatform.userToken("platform", "platform.admin");

  @Test
  void onboardsAStateSuspendsItAndReinstatesIt() {
    String code = unregisteredCode();
    String realm = "state-" + code.toLowerCase(Locale.ROOT);

    HttpResponse<String> created = TestPlatform.postJson("/api/v1/organisations", admin, "{\"code\":\"" + code.toLowerCase(Locale.ROOT) + "\",\"name\":\"Republic " + code + "\"}");

    assertEquals(201, created.statusCode(), created.body());
    JsonNode onboarded = json(created.body());
    assertEquals(code, onboarded.get("code").asText());
    assertEquals(realm, onboarded.get("realm").asText());
    assertEquals("admin." + code.toLowerCase(Locale.ROOT), onboarded.get("adminUsername").asText());
    assertTrue(onboarded.get("temporaryPassword").asText().length() >= 12);
    assertEquals(200, TestPlatform.send(HttpRequest.newBuilder(URI.create(onboarded.get("issuer").asText() + "/.well-known/openid-configuration")).build()).statusCode());
    JsonNode listed = json(get("/api/v1/organisations/" + code, admin).body());
    assertEquals("ACTIVE", listed.get("status").asText());
    assertEquals("STATE", listed.get("kind").asText());

    // The State's administrator creates a focal point (here through Keycloak's admin API).
    KeycloakAdmin.ensureUser(realm, "focal." + code.toLowerCase(Locale.ROOT), "Focal-point-2026!", "focal-point");
    String focal = TestPlatform.userToken(realm, "focal." + code.toLowerCase(Locale.ROOT), "Focal-point-2026!");
    HttpResponse<String> me = get("/api/v1/me", focal);
    assertEquals(200, me.statusCode(), me.body());
    assertEquals(code, json(me.body()).get("organisation").asText());

    HttpResponse<String> suspended = TestPlatform.put("/api/v1/organisations/" + code + "/suspension", admin);
    assertEquals(200, suspended.statusCode(), suspended.body());
    assertEquals("SUSPENDED", json(suspended.body()).get("status").asText());

    HttpResponse<String> refused = get("/api/v1/me", focal);
    assertEquals(403, refused.statusCode(), "the same still-valid token is refused at once");
    assertEquals("organisation_suspended", json(refused.body()).get("error").asText());

    HttpResponse<String> reinstated = TestPlatform.delete("/api/v1/organisations/" + code + "/suspension", admin);
    assertEquals(200, reinstated.statusCode(), reinstated.body());
    assertEquals(200, get("/api/v1/me", focal).statusCode(), "access returns after reinstatement");
  }

  @Test
  void refusesToOnboardAStateTwiceAndChangesNothing() {
    HttpResponse<String> again = TestPlatform.postJson("/api/v1/organisations", admin, "{\"code\":\"NL\",\"name\":\"Netherlands again\"}");

    assertEquals(409, again.statusCode(), again.body());
    assertTrue(json(again.body()).get("message").asText().contains("already registered"));
    assertEquals("Netherlands", json(get("/api/v1/organisations/NL", admin).body()).get("name").asText());
  }

  @Test
  void refusesCodesThatAreNotIsoCountryCodes() {
    for (String body : List.of("{\"code\":\"ZZ\",\"name\":\"Nowhere\"}", "{\"code\":\"K3\",\"name\":\"x\"}", "{\"name\":\"No code\"}", "{\"code\":\"KE\",\"name\":\"\"}")) {
      HttpResponse<String> refused = TestPlatform.postJson("/api/v1/organisations", admin, body);
      assertEquals(400, refused.statusCode(), body + " -> " + refused.body());
      assertFalse(json(refused.body()).get("message").asText().isBlank());
    }
  }

  @Test
  void refusesAMalformedBody() {
    HttpResponse<String> refused = TestPlatform.postJson("/api/v1/organisations", admin, "{not json");

    assertEquals(400, refused.statusCode(), refused.body());
  }

  @Test
  void onlyPlatformAdministratorsOnboardOrSuspend() {
    for (String[] user : List.of(new String[] {"state-nl", "focal.nl"}, new String[] {"state-nl", "admin.nl"}, new String[] {"platform", "platform.auditor"}, new String[] {"court", "registry.clerk"})) {
      String token = TestPlatform.userToken(user[0], user[1]);
      assertEquals(403, TestPlatform.postJson("/api/v1/organisations", token, "{\"code\":\"KE\",\"name\":\"Kenya\"}").statusCode(), user[1]);
      assertEquals(403, TestPlatform.put("/api/v1/organisations/FR/suspension", token).statusCode(), user[1]);
    }
    assertEquals("ACTIVE", json(get("/api/v1/organisations/FR", admin).body()).get("status").asText());
  }

  @Test
  void thePlatformOperatorsCannotSuspendThemselves() {
    assertEquals(409, TestPlatform.put("/api/v1/organisations/PLATFORM/suspension", admin).statusCode());
    assertEquals(404, TestPlatform.put("/api/v1/organisations/QQ/suspension", admin).statusCode());
  }

  private String unregisteredCode() {
    Set<String> registered =
        StreamSupport.stream(json(get("/api/v1/organisations", admin).body()).spliterator(), false)
            .map(o -> o.get("code").asText())
            .collect(Collectors.toSet());
    return CANDIDATES.stream()
        .filter(c -> !registered.contains(c) && KeycloakAdmin.realmStatus("state-" + c.toLowerCase(Locale.ROOT)) == 404)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("all candidate States are onboarded already; reset the test stack"));
  }



}
