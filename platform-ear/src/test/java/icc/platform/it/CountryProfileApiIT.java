package icc.platform.it;

import static icc.platform.it.LibraryApi.get;
import static icc.platform.it.LibraryApi.ok;
import static icc.platform.it.TestPlatform.postJson;
import static icc.platform.it.TestPlatform.putJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Country profiles with real tokens: read by every organisation, edited by the State's own focal
 * point only (the matrix below), every save a new version with the old one retrievable, bad
 * input refused with the field named, and audited.
 */
class CountryProfileApiIT {

  static String profileJson(String contactName, String languages) {
    return "{\"focalPoints\":[{\"name\":\"" + contactName + "\",\"position\":\"Focal point\","
        + "\"email\":\"fp@example.org\",\"phone\":\"+221 33 000 00 00\"},"
        + "{\"name\":\"Second contact\",\"email\":\"fp2@example.org\"}],"
        + "\"authorities\":[{\"kind\":\"CENTRAL_AUTHORITY\",\"name\":\"Ministry of Justice\"},"
        + "{\"kind\":\"ASSET_RECOVERY_OFFICE\",\"name\":\"Asset recovery office\"}],"
        + "\"channel\":\"DIPLOMATIC\",\"channelDetails\":\"\",\"requestLanguages\":[" + languages + "],"
        + "\"procedureEntries\":[],\"legislationNotes\":\"\","
        + "\"procedures\":\"Freezing needs an order of the investigating judge.\","
        + "\"legislationStatus\":\"PARTIAL\","
        + "\"agreements\":[{\"kind\":\"RELOCATION_OF_WITNESSES\",\"signedOn\":\"2019-05-02\"}]}";
  }

  @Test
  void editedByItsOwnFocalPointReadByAllAndVersioned() {
    String sn = TestPlatform.userToken("state-sn", "focal.sn");
    int before = ok(get("/api/v1/profiles/SN", sn), 200).get("version").asInt();

    JsonNode saved = ok(putJson("/api/v1/profiles/SN", sn, profileJson("Aminata Diop", "\"fr\"")), 200);
    assertEquals(before + 1, saved.get("version").asInt());
    assertTrue(saved.get("mayEdit").asBoolean());
    JsonNode again = ok(putJson("/api/v1/profiles/sn", sn, profileJson("Awa Sarr", "\"fr\",\"en\"")), 200);
    assertEquals(before + 2, again.get("version").asInt());

    // Every organisation reads it, including the Court; none of them may edit it.
    for (String[] reader : new String[][] {{"state-nl", "focal.nl"}, {"court", "registry.clerk"}, {"state-ar", "officer.ar"}}) {
      JsonNode read = ok(get("/api/v1/profiles/SN", TestPlatform.userToken(reader[0], reader[1])), 200);
      assertEquals("Awa Sarr", read.get("content").get("focalPoints").get(0).get("name").asText());
      assertFalse(read.get("mayEdit").asBoolean());
    }
    // The earlier version stays retrievable.
    assertEquals("Aminata Diop", ok(get("/api/v1/profiles/SN/versions/" + (before + 1), sn), 200)
        .get("content").get("focalPoints").get(0).get("name").asText());
    assertTrue(ok(get("/api/v1/profiles/SN/versions", sn), 200).size() >= 2);
    // The directory lists the focal points.
    boolean listed = false;
    for (JsonNode item : ok(get("/api/v1/profiles", sn), 200)) {
      listed |= item.get("stateCode").asText().equals("SN")
          && item.get("focalPoints").get(0).get("name").asText().equals("Awa Sarr");
    }
    assertTrue(listed);
    ok(postJson("/api/v1/profiles/SN/confirm", sn, ""), 200);

    // Audited.
    List<String> actions = new ArrayList<>();
    for (JsonNode e : AuditApiIT.allEntries(TestPlatform.userToken("platform", "platform.auditor"))) {
      JsonNode object = e.get("event").get("object");
      if (object != null && object.get("type").asText().equals("country-profile")) {
        actions.add(e.get("event").get("action").asText() + " " + object.get("id").asText());
      }
    }
    assertTrue(actions.contains("profile.update SN/v" + (before + 2)), actions.toString());
    assertTrue(actions.contains("profile.confirm SN/v" + (before + 2)), actions.toString());
  }

  /** Who may save Senegal's profile: its focal point and administrator, nobody else. */
  @Test
  void editMatrix() {
    Map<String[], Integer> matrix = Map.of(
        new String[] {"state-sn", "admin.sn"}, 200,
        new String[] {"state-sn", "officer.sn"}, 403,
        new String[] {"state-fr", "focal.fr"}, 403,
        new String[] {"state-fr", "admin.fr"}, 403,
        new String[] {"court", "registry.clerk"}, 403,
        new String[] {"platform", "platform.admin"}, 403);
    matrix.forEach((who, expected) -> {
      String token = TestPlatform.userToken(who[0], who[1]);
      assertEquals(expected.intValue(),
          putJson("/api/v1/profiles/SN", token, profileJson("By " + who[1], "\"fr\"")).statusCode(),
          who[1] + " saving SN's profile");
    });
    String fr = TestPlatform.userToken("state-fr", "focal.fr");
    assertEquals(403, postJson("/api/v1/profiles/SN/confirm", fr, "").statusCode());
    assertFalse(ok(get("/api/v1/profiles/SN", fr), 200).get("content").get("focalPoints").get(0).get("name")
        .asText().startsWith("By focal.fr"));
  }

  @Test
  void badInputIsRefusedWithTheFieldAndChangesNothing() {
    String jp = TestPlatform.userToken("state-jp", "focal.jp");
    int before = ok(get("/api/v1/profiles/JP", jp), 200).get("version").asInt();
    assertEquals("requestLanguages",
        ok(putJson("/api/v1/profiles/JP", jp, profileJson("A", "\"Japanese\"")), 400).get("field").asText());
    assertEquals("focalPoints[0].email", ok(putJson("/api/v1/profiles/JP", jp,
        "{\"focalPoints\":[{\"name\":\"A\",\"email\":\"nope\"}]}"), 400).get("field").asText());
    assertEquals("channel", ok(putJson("/api/v1/profiles/JP", jp, "{\"channel\":\"PIGEON\"}"), 400).get("field").asText());
    assertEquals("procedureEntries", ok(putJson("/api/v1/profiles/JP", jp,
        profileJson("A", "\"ja\"").replace("\"procedureEntries\":[]", "\"procedureEntries\":[999999]")), 400).get("field").asText());
    // PUT is the whole profile: {} or a body with fields left out never empties it silently.
    JsonNode empty = ok(putJson("/api/v1/profiles/JP", jp, "{}"), 400);
    assertEquals("body", empty.get("field").asText());
    assertTrue(empty.get("message").asText().contains("PUT replaces the whole profile"), empty.toString());
    assertEquals("body", ok(putJson("/api/v1/profiles/JP", jp, "{\"focalpoints\":[]}"), 400).get("field").asText());
    JsonNode partial = ok(putJson("/api/v1/profiles/JP", jp,
        "{\"focalPoints\":[{\"name\":\"A\",\"email\":\"a@example.org\"}],\"channel\":\"DIPLOMATIC\"}"), 400);
    assertEquals("authorities", partial.get("field").asText());
    assertTrue(partial.get("message").asText().contains("missing: authorities, channelDetails"), partial.toString());
    assertEquals(before, ok(get("/api/v1/profiles/JP", jp), 200).get("version").asInt());
    assertEquals(404, get("/api/v1/profiles/XX", jp).statusCode());
    assertEquals(404, get("/api/v1/profiles/COURT", jp).statusCode());
  }
}
