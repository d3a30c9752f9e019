package icc.platform.it;

import static icc.platform.it.TestPlatform.get;
import static icc.platform.it.TestPlatform.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/me} answers for a real token from any registered realm. */
class MeApiIT {

  @ParameterizedTest(name = "{1} of {0}")
  @CsvSource({
    "state-nl, focal.nl,         NL,       focal-point",
    "state-nl, officer.nl,       NL,       officer",
    "state-fr, admin.fr,         FR,       state-admin",
    "state-sn, focal.sn,         SN,       focal-point",
    "state-ar, officer.ar,       AR,       officer",
    "state-jp, focal.jp,         JP,       focal-point",
    "court,    otp.investigator, COURT,    court-requester",
    "court,    registry.clerk,   COURT,    court-requester",
    "court,    court.analyst,    COURT,    court-analyst",
    "platform, platform.admin,   PLATFORM, platform-admin",
    "platform, platform.auditor, PLATFORM, auditor"
  })
  void tellsEachDemoUserWhoTheyAre(String realm, String username, String organisation, String role) {
    HttpResponse<String> response = get("/api/v1/me", TestPlatform.userToken(realm, username));

    assertEquals(200, response.statusCode(), response.body());
    JsonNode me = json(response.body());
    assertEquals(organisation, me.get("organisation").asText());
    assertEquals(realm, me.get("realm").asText());
    assertEquals(username, me.get("username").asText());
    assertEquals(List.of(role), roles(me));
  }

  @Test
  void tellsANationalSystemWhichStateItActsFor() {
    HttpResponse<String> response = get("/api/v1/me", TestPlatform.systemToken("state-fr"));

    assertEquals(200, response.statusCode(), response.body());
    JsonNode me = json(response.body());
    assertEquals("FR", me.get("organisation").asText());
    assertEquals("state-fr", me.get("realm").asText());
    assertEquals("service-account-national-system", me.get("username").asText());
    assertEquals(List.of("focal-point"), roles(me));
  }

  @Test
  void answersWithJsonThatNamesTheOrganisation() {
    HttpResponse<String> response = get("/api/v1/me", TestPlatform.userToken("state-sn", "focal.sn"));

    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertEquals("Senegal", json(response.body()).get("organisationName").asText());
  }

  private static List<String> roles(JsonNode me) {
    List<String> roles = new ArrayList<>();
    me.get("roles").forEach(r -> roles.add(r.asText()));
    return roles;
  }
}
