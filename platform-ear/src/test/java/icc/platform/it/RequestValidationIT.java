package icc.platform.it;

import static icc.platform.it.RequestApi.draft;
import static icc.platform.it.TestPlatform.get;
import static icc.platform.it.TestPlatform.json;
import static icc.platform.it.TestPlatform.postJson;
import static icc.platform.it.TestPlatform.putJson;
import static icc.platform.it.TestPlatform.userToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Identifiers and bad input through the API: 400 naming the field, and nothing created or changed. */
class RequestValidationIT {

  static Stream<Arguments> badDrafts() {
    return Stream.of(
        bad("assets[0].iban: the check digits do not match", b -> asset(b).put("iban", "NL92 ABNA 0417 1643 00")),
        bad("assets[0].iban: 'QQ' is not a country", b -> asset(b).put("iban", "QQ91ABNA0417164300")),
        bad("assets[0].iban: not an IBAN of the right length", b -> asset(b).put("iban", "NL91ABNA04171643")),
        bad("assets[0].bic:", b -> asset(b).put("bic", "ABNA")),
        bad("assets[0].currency: 'EURO' is not an ISO 4217", b -> asset(b).put("currency", "EURO")),
        bad("assets[0].country: 'XX' is not an ISO 3166-1", b -> asset(b).put("country", "XX")),
        bad("assets[0].holder:", b -> asset(b).put("holder", 5)),
        bad("assets[0].kind: one of", b -> asset(b).put("kind", "YACHT")),
        bad("subjects[0].nationalities: 'ZZ'", b -> ((ObjectNode) b.get("subjects").get(0)).putArray("nationalities").add("ZZ")),
        bad("subjects[0].birthDate: a date as yyyy-mm-dd", b -> ((ObjectNode) b.get("subjects").get(0)).put("birthDate", "01/05/1970")),
        bad("subjects[0].birthDate: cannot be in the future", b -> ((ObjectNode) b.get("subjects").get(0))
            .put("birthDate", RequestApi.today().plusDays(3).toString())),
        bad("deadline: a date as yyyy-mm-dd", b -> b.put("deadline", "soon")),
        bad("type: one of", b -> b.put("type", "ARREST")),
        bad("type: required", b -> b.remove("type")),
        bad("urgency: one of", b -> b.put("urgency", "YESTERDAY")),
        bad("handlingCode: one of", b -> b.put("handlingCode", "H9")),
        bad("requestedOrganisations: QQ is not an active organisation", b -> b.putArray("requestedOrganisations").add("QQ")),
        bad("requestedOrganisations: name the organisation", b -> b.putArray("requestedOrganisations")),
        bad("requestedOrganisations: a request goes to another organisation", b -> b.putArray("requestedOrganisations").add("COURT")),
        bad("title: required", b -> b.put("title", " ")),
        bad("purpose: at most", b -> b.put("purpose", "x".repeat(16_001))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDrafts")
  void badDraftsAreRefusedAndNothingIsCreated(String message, Consumer<ObjectNode> change) {
    String otp = userToken("court", "otp.investigator");
    int before = json(get("/api/v1/requests?side=REQUESTING", otp).body()).size();
    ObjectNode body = RequestApi.tracing("NL");
    change.accept(body);
    HttpResponse<String> r = RequestApi.create(otp, body);
    assertEquals(400, r.statusCode(), r.body());
    assertTrue(json(r.body()).get("message").asText().startsWith(message), r.body());
    assertEquals(before, json(get("/api/v1/requests?side=REQUESTING", otp).body()).size(), "nothing was created");
  }

  @ParameterizedTest
  @ValueSource(strings = {"NL91ABNA0417164300", "nl91 abna 0417 1643 00", "FR14 2004 1010 0505 0001 3M02 606", "DE89370400440532013000"})
  void validIbansAreStoredInElectronicForm(String iban) {
    String otp = userToken("court", "otp.investigator");
    ObjectNode body = RequestApi.tracing("NL");
    asset(body).put("iban", iban).put("country", iban.substring(0, 2).toUpperCase());
    String id = draft(otp, body);
    assertEquals(iban.replace(" ", "").toUpperCase(), RequestApi.get(otp, id).get("assets").get(0).get("iban").asText());
  }

  @Test
  void aBadUpdateLeavesTheDraftAsItWas() {
    String otp = userToken("court", "otp.investigator");
    String id = draft(otp, RequestApi.tracing("NL"));
    ObjectNode body = RequestApi.tracing("NL");
    body.put("purpose", "changed");
    asset(body).put("iban", "NL92ABNA0417164300");
    assertEquals(400, putJson("/api/v1/requests/" + id, otp, body.toString()).statusCode());
    JsonNode view = RequestApi.get(otp, id);
    assertEquals("Trace the proceeds the suspect moved abroad.", view.get("purpose").asText());
    assertEquals("NL91ABNA0417164300", view.get("assets").get(0).get("iban").asText());
    assertEquals(400, postJson("/api/v1/requests/" + id + "/actions", otp, "{\"action\":\"LAUNCH\"}").statusCode());
    assertEquals(400, postJson("/api/v1/requests/" + id + "/actions", otp, "not json").statusCode());
    assertEquals(400, get("/api/v1/requests/not-an-id", otp).statusCode());
    assertEquals(404, get("/api/v1/requests/00000000-0000-4000-8000-000000000000", otp).statusCode());
  }

  @Test
  void completenessForFreezingNamesTheDecisionAndPastDeadline() {
    String otp = userToken("court", "otp.investigator");
    ObjectNode body = RequestApi.freezing("NL");
    body.put("decisionRef", "");
    body.put("deadline", RequestApi.today().minusDays(1).toString());
    String id = draft(otp, body);
    JsonNode findings = json(get("/api/v1/requests/" + id + "/completeness", otp).body()).get("findings");
    assertEquals(java.util.List.of("deadline", "decisionRef"), RequestLifecycleIT.names(findings, "field"));
    assertEquals("must be a date in the future", findings.get(0).get("message").asText());
  }

  @Test
  void theGenericThreadApiRefusesTheRequestKind() {
    String otp = userToken("court", "otp.investigator");
    HttpResponse<String> r = postJson("/api/v1/threads", otp,
        "{\"kind\":\"COOPERATION_REQUEST\",\"subject\":\"x\",\"classification\":\"RESTRICTED\",\"handlingCode\":\"H2\",\"participants\":[\"NL\"]}");
    assertEquals(400, r.statusCode(), r.body());
    assertTrue(json(r.body()).get("message").asText().contains("/api/v1/requests"), r.body());
  }

  private static ObjectNode asset(ObjectNode body) {
    return (ObjectNode) body.get("assets").get(0);
  }

  private static Arguments bad(String message, Consumer<ObjectNode> change) {
    return Arguments.of(message, change);
  }
}
