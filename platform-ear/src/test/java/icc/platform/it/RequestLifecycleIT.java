package icc.platform.it;

import static icc.platform.it.RequestApi.act;
import static icc.platform.it.RequestApi.draft;
import static icc.platform.it.RequestApi.ok;
import static icc.platform.it.TestPlatform.get;
import static icc.platform.it.TestPlatform.json;
import static icc.platform.it.TestPlatform.postJson;
import static icc.platform.it.TestPlatform.putJson;
import static icc.platform.it.TestPlatform.userToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Issue 7 through the API with real tokens: drafting with the completeness check, submission,
 * acknowledgement, a clarification loop, an asset frozen with a supporting document, partial then
 * full execution; a freezing request declined with challenge codes; a request to two States; who
 * else gets 404 or 403; signatures in the timeline and audit events of each step.
 */
class RequestLifecycleIT {

  @Test
  void tracingRequestFromDraftToExecution() {
    String otp = userToken("court", "otp.investigator");
    String clerk = userToken("court", "registry.clerk");
    String nl = userToken("state-nl", "focal.nl");
    String sn = userToken("state-sn", "focal.sn");

    // Drafted without a legal basis: the check names it, submission is refused with the findings.
    ObjectNode body = RequestApi.tracing("NL");
    body.put("legalBasis", "");
    String id = draft(otp, body);
    JsonNode check = json(get("/api/v1/requests/" + id + "/completeness", otp).body());
    assertFalse(check.get("complete").asBoolean());
    assertEquals("legalBasis", check.get("findings").get(0).get("field").asText());
    assertTrue(check.get("findings").get(0).get("basis").asText().contains("96(2)(a)"));
    HttpResponse<String> refused = act(otp, id, "SUBMIT");
    assertEquals(422, refused.statusCode(), refused.body());
    assertEquals("legalBasis", json(refused.body()).get("findings").get(0).get("field").asText());
    assertEquals("DRAFT", RequestApi.status(otp, id));

    // A draft does not exist for the State it is addressed to.
    assertEquals(404, get("/api/v1/requests/" + id, nl).statusCode());
    assertFalse(get("/api/v1/requests", nl).body().contains(id));
    assertEquals(404, get("/api/v1/threads/" + id, nl).statusCode());

    body.put("legalBasis", "93(1)(k), 57(3)(e)");
    assertEquals(200, putJson("/api/v1/requests/" + id, otp, body.toString()).statusCode());
    assertTrue(json(get("/api/v1/requests/" + id + "/completeness", otp).body()).get("complete").asBoolean());
    // Another Court requester (the Registry clerk) submits the Court's request.
    JsonNode submitted = ok(act(clerk, id, "SUBMIT"));
    assertEquals("SUBMITTED", submitted.get("summary").get("status").asText());
    JsonNode first = submitted.get("timeline").get(0);
    assertEquals("SUBMIT", first.get("action").asText());
    assertEquals("registry.clerk", first.get("username").asText());
    assertTrue(first.get("signedSha256").asText().matches("[0-9a-f]{64}"), first.toString());
    assertEquals(409, putJson("/api/v1/requests/" + id, otp, body.toString()).statusCode(), "a submitted request is not a draft");

    // The Netherlands sees it in its list and the thread; Senegal sees nothing of it.
    JsonNode incoming = json(get("/api/v1/requests?side=REQUESTED", nl).body());
    JsonNode line = StreamSupport.stream(incoming.spliterator(), false).filter(r -> r.get("id").asText().equals(id)).findFirst().orElseThrow();
    assertEquals("SUBMITTED", line.get("status").asText());
    assertFalse(line.get("overdue").asBoolean());
    assertTrue(line.get("requestGroup") == null || line.get("requestGroup").isNull(), "the requested State does not see the group");
    assertEquals(200, get("/api/v1/threads/" + id, nl).statusCode());
    assertEquals(404, get("/api/v1/requests/" + id, sn).statusCode());
    assertEquals(404, get("/api/v1/requests/" + id + "/completeness", sn).statusCode());
    assertEquals(404, act(sn, id, "ACKNOWLEDGE").statusCode());
    assertFalse(get("/api/v1/requests", sn).body().contains(id));

    JsonNode view = RequestApi.get(nl, id);
    assertEquals(List.of("ACKNOWLEDGE", "DECLINE"), names(view.get("allowedActions")));
    HttpResponse<String> early = act(nl, id, "START");
    assertEquals(409, early.statusCode());
    assertEquals(List.of("ACKNOWLEDGE", "DECLINE"), names(json(early.body()).get("allowedActions")));
    ok(act(nl, id, "ACKNOWLEDGE"));
    ok(act(nl, id, "START"));

    // Clarification loop, twice; a clarification request without a question changes nothing.
    HttpResponse<String> noQuestion = act(nl, id, "REQUEST_CLARIFICATION");
    assertEquals(400, noQuestion.statusCode());
    assertTrue(json(noQuestion.body()).get("message").asText().startsWith("reason:"));
    assertEquals("IN_PROGRESS", RequestApi.status(nl, id));
    for (int i = 0; i < 2; i++) {
      assertEquals("CLARIFICATION_REQUESTED", ok(act(nl, id, "REQUEST_CLARIFICATION", "Registration number of the company?"))
          .get("summary").get("status").asText());
      assertEquals(403, act(nl, id, "ANSWER_CLARIFICATION", "x").statusCode(), "the requested State does not answer itself");
      assertEquals("IN_PROGRESS", ok(act(otp, id, "ANSWER_CLARIFICATION", "KvK 12345678")).get("summary").get("status").asText());
    }

    // One account frozen, with the bank's statement uploaded into the request's thread.
    String account = view.get("assets").get(0).get("id").asText();
    HttpResponse<String> doc = ExchangeClient.upload(id, nl, "freezing-order.pdf", "order".getBytes(StandardCharsets.UTF_8));
    assertEquals(201, doc.statusCode(), doc.body());
    String documentId = json(doc.body()).get("id").asText();
    String report = """
        {"status":"FROZEN","effectiveDate":"%s","value":120000.50,"currency":"EUR",
         "executingAuthority":"Public Prosecution Service, Amsterdam","reportText":"Frozen by order","documentId":"%s"}"""
        .formatted(RequestApi.today(), documentId);
    assertEquals(403, postJson("/api/v1/requests/" + id + "/assets/" + account + "/reports", otp, report).statusCode());
    HttpResponse<String> frozen = postJson("/api/v1/requests/" + id + "/assets/" + account + "/reports", nl, report);
    assertEquals(201, frozen.statusCode(), frozen.body());
    HttpResponse<String> backwards = postJson("/api/v1/requests/" + id + "/assets/" + account + "/reports", nl,
        report.replace("FROZEN", "IDENTIFIED"));
    assertEquals(409, backwards.statusCode());

    ObjectNode partial = TestPlatform.JSON.createObjectNode().put("action", "REPORT_PARTIAL").put("reason", "The flat was sold in 2020");
    partial.putArray("challenges").addObject().put("code", "ASSET_NOT_FOUND")
        .put("assetId", view.get("assets").get(1).get("id").asText()).put("details", "sold");
    JsonNode afterPartial = ok(postJson("/api/v1/requests/" + id + "/actions", nl, partial.toString()));
    assertEquals("PARTIALLY_EXECUTED", afterPartial.get("summary").get("status").asText());
    assertEquals("ASSET_NOT_FOUND", afterPartial.get("challenges").get(0).get("code").asText());
    assertEquals(List.of("REPORT_EXECUTED"), names(afterPartial.get("allowedActions")));
    JsonNode done = ok(act(nl, id, "REPORT_EXECUTED"));
    assertEquals("EXECUTED", done.get("summary").get("status").asText());

    // What the Court sees: the asset with its event and document, every step signed.
    JsonNode court = RequestApi.get(otp, id);
    JsonNode asset = court.get("assets").get(0);
    assertEquals("FROZEN", asset.get("status").asText());
    assertEquals("NL91ABNA0417164300", asset.get("iban").asText());
    assertEquals(0, asset.get("executedValue").decimalValue().compareTo(new java.math.BigDecimal("120000.50")));
    assertEquals(documentId, asset.get("events").get(0).get("documentId").asText());
    List<String> actions = names(court.get("timeline"), "action");
    assertEquals(List.of("SUBMIT", "ACKNOWLEDGE", "START", "REQUEST_CLARIFICATION", "ANSWER_CLARIFICATION", "REQUEST_CLARIFICATION",
        "ANSWER_CLARIFICATION", "REPORT_PARTIAL", "REPORT_EXECUTED"), actions);
    court.get("timeline").forEach(t -> assertTrue(t.get("signedSha256").asText().matches("[0-9a-f]{64}")));
    assertEquals(List.of(), names(court.get("allowedActions")));

    // Audit: every step, with the action; the refused ones as denied; no content.
    List<JsonNode> events = ExchangeClient.auditEntries().stream()
        .filter(e -> id.equals(ExchangeClient.at(e, "object", "id")))
        .toList();
    List<String> transitions = events.stream()
        .filter(e -> "request.transition".equals(e.get("action").asText()) && "success".equals(e.get("outcome").asText()))
        .map(e -> ExchangeClient.at(e, "details", "action")).toList();
    assertEquals(actions, transitions);
    assertTrue(events.stream().anyMatch(e -> "request.transition".equals(e.get("action").asText())
        && "denied".equals(e.get("outcome").asText()) && "incomplete".equals(ExchangeClient.at(e, "details", "error"))));
    assertTrue(events.stream().anyMatch(e -> "request.asset.report".equals(e.get("action").asText())));
    assertTrue(events.stream().noneMatch(e -> e.toString().contains("Jean Exemple") || e.toString().contains("KvK 12345678")));
  }

  @Test
  void freezingRequestDeclinedWithChallengeCodes() {
    String otp = userToken("court", "otp.investigator");
    String fr = userToken("state-fr", "focal.fr");
    String id = draft(otp, RequestApi.freezing("FR"));
    ok(act(otp, id, "SUBMIT"));
    ok(act(fr, id, "ACKNOWLEDGE"));
    HttpResponse<String> noCodes = act(fr, id, "DECLINE", "Bank secrecy");
    assertEquals(400, noCodes.statusCode());
    assertTrue(json(noCodes.body()).get("message").asText().startsWith("challenges:"), noCodes.body());
    assertEquals(400, act(fr, id, "DECLINE").statusCode(), "reasons are mandatory (art. 93(6))");
    assertEquals("ACKNOWLEDGED", RequestApi.status(fr, id));

    ObjectNode decline = TestPlatform.JSON.createObjectNode().put("action", "DECLINE")
        .put("reason", "No domestic procedure to freeze on a Court request; bank secrecy");
    decline.putArray("challenges").addObject().put("code", "NO_DOMESTIC_PROCEDURE").put("details", "Law of 1990 art. 4");
    ((com.fasterxml.jackson.databind.node.ArrayNode) decline.get("challenges")).addObject().put("code", "BANK_SECRECY");
    JsonNode declined = ok(postJson("/api/v1/requests/" + id + "/actions", fr, decline.toString()));
    assertEquals("DECLINED", declined.get("summary").get("status").asText());
    assertEquals(java.util.Set.of("NO_DOMESTIC_PROCEDURE", "BANK_SECRECY"), java.util.Set.copyOf(names(declined.get("challenges"), "code")));
    String transition = declined.get("timeline").get(2).get("id").asText();
    declined.get("challenges").forEach(c -> assertEquals(transition, c.get("transitionId").asText()));
    HttpResponse<String> late = act(otp, id, "WITHDRAW", "too late");
    assertEquals(409, late.statusCode());
    assertEquals(List.of(), names(json(late.body()).get("allowedActions")));
  }

  @Test
  void aRequestToTwoStatesIsTwoRequestsThatDoNotSeeEachOther() {
    String otp = userToken("court", "otp.investigator");
    String nl = userToken("state-nl", "focal.nl");
    String fr = userToken("state-fr", "focal.fr");
    HttpResponse<String> made = RequestApi.create(otp, RequestApi.tracing("NL", "FR"));
    assertEquals(201, made.statusCode(), made.body());
    JsonNode both = json(made.body());
    assertEquals(2, both.size());
    String toNl = both.get(0).get("summary").get("id").asText();
    String toFr = both.get(1).get("summary").get("id").asText();
    assertNotEquals(toNl, toFr);
    assertEquals(both.get(0).get("summary").get("requestGroup").asText(), both.get(1).get("summary").get("requestGroup").asText());
    ok(act(otp, toNl, "SUBMIT"));
    ok(act(otp, toFr, "SUBMIT"));
    assertEquals(404, get("/api/v1/requests/" + toFr, nl).statusCode());
    assertEquals(404, get("/api/v1/requests/" + toNl, fr).statusCode());
    assertEquals(404, get("/api/v1/threads/" + toFr, nl).statusCode());
    JsonNode nlView = RequestApi.get(nl, toNl);
    assertFalse(nlView.get("summary").hasNonNull("requestGroup"), "the requested State does not see the group");
    assertEquals("NL", nlView.get("summary").get("requestedOrganisation").asText());
    // Roles that never see content.
    assertEquals(403, get("/api/v1/requests/" + toNl, userToken("court", "court.analyst")).statusCode());
    assertEquals(403, get("/api/v1/requests", userToken("state-nl", "admin.nl")).statusCode());
    assertEquals(403, get("/api/v1/requests/" + toNl, userToken("platform", "platform.admin")).statusCode());
    // An officer sees only the requests whose thread a focal point added it to.
    String officer = userToken("state-nl", "officer.nl");
    assertEquals(404, get("/api/v1/requests/" + toNl, officer).statusCode());
    assertEquals(200, postJson("/api/v1/threads/" + toNl + "/members", nl, "{\"username\":\"officer.nl\"}").statusCode());
    JsonNode asOfficer = RequestApi.get(officer, toNl);
    assertEquals(List.of(), names(asOfficer.get("allowedActions")), "officers follow, focal points act");
    assertEquals(403, act(officer, toNl, "ACKNOWLEDGE").statusCode());
  }

  static List<String> names(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }

  static List<String> names(JsonNode array, String field) {
    return StreamSupport.stream(array.spliterator(), false).map(n -> n.get(field).asText()).toList();
  }
}
