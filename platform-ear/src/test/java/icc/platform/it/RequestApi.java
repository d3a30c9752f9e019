package icc.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Drafting and acting on cooperation requests through the API, for the request ITs. */
final class RequestApi {

  private RequestApi() {}

  static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  /** A complete tracing request (art. 93(1)(k)) for one suspect, one account and one company. */
  static ObjectNode tracing(String... requested) {
    ObjectNode b = TestPlatform.JSON.createObjectNode();
    b.put("title", "Tracing the assets of a suspect (IT)");
    ArrayNode orgs = b.putArray("requestedOrganisations");
    for (String o : requested) {
      orgs.add(o);
    }
    b.put("type", "TRACE_ASSETS");
    b.put("legalBasis", "93(1)(k), 57(3)(e)");
    b.put("situationRef", "ICC-01/04");
    b.put("caseRef", "ICC-01/04-01/99");
    b.put("requestingUnit", "Office of the Prosecutor");
    b.put("urgency", "ROUTINE");
    b.put("deadline", today().plusDays(60).toString());
    b.put("purpose", "Trace the proceeds the suspect moved abroad.");
    b.put("facts", "Transfers through accounts in 2019-2021.");
    ObjectNode person = b.putArray("subjects").addObject();
    person.put("kind", "NATURAL_PERSON");
    person.put("name", "Jean Exemple");
    person.put("birthDate", "1970-05-01");
    person.putArray("nationalities").add("CD");
    person.put("documentNumbers", "OB1234567 (CD)");
    ArrayNode assets = b.putArray("assets");
    ObjectNode account = assets.addObject();
    account.put("kind", "BANK_ACCOUNT");
    account.put("holder", 0);
    account.put("iban", "NL91 ABNA 0417 1643 00");
    account.put("bic", "ABNANL2A");
    account.put("institution", "ABN AMRO");
    account.put("country", "NL");
    account.put("estimatedValue", 250000);
    account.put("currency", "EUR");
    ObjectNode flat = assets.addObject();
    flat.put("kind", "REAL_ESTATE");
    flat.put("description", "Flat, Keizersgracht, Amsterdam");
    flat.put("registryReference", "ASD04-K-1234");
    flat.put("country", "NL");
    return b;
  }

  /** A complete freezing request implementing a Chamber decision. */
  static ObjectNode freezing(String... requested) {
    ObjectNode b = tracing(requested);
    b.put("type", "FREEZE_ASSETS");
    b.put("title", "Freezing of an account (IT)");
    b.put("decisionRef", "ICC-01/04-01/99-42");
    b.put("decisionDate", today().minusDays(10).toString());
    b.put("procedureNotes", "Respect the rights of bona fide third parties.");
    return b;
  }

  static HttpResponse<String> create(String token, JsonNode body) {
    return TestPlatform.postJson("/api/v1/requests", token, body.toString());
  }

  /** Drafts and returns the first request's id. */
  static String draft(String token, JsonNode body) {
    HttpResponse<String> r = create(token, body);
    assertEquals(201, r.statusCode(), r.body());
    return TestPlatform.json(r.body()).get(0).get("summary").get("id").asText();
  }

  static HttpResponse<String> act(String token, String id, String action) {
    return TestPlatform.postJson("/api/v1/requests/" + id + "/actions", token, "{\"action\":\"" + action + "\"}");
  }

  static HttpResponse<String> act(String token, String id, String action, String reason) {
    ObjectNode b = TestPlatform.JSON.createObjectNode().put("action", action).put("reason", reason);
    return TestPlatform.postJson("/api/v1/requests/" + id + "/actions", token, b.toString());
  }

  /** Acts and insists on 200, returning the request view. */
  static JsonNode ok(HttpResponse<String> r) {
    assertEquals(200, r.statusCode(), r.body());
    return TestPlatform.json(r.body());
  }

  static JsonNode get(String token, String id) {
    return ok(TestPlatform.get("/api/v1/requests/" + id, token));
  }

  static String status(String token, String id) {
    return get(token, id).get("summary").get("status").asText();
  }
}
