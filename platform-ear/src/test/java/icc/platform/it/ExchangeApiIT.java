package icc.platform.it;

import static icc.platform.it.ExchangeClient.at;
import static icc.platform.it.ExchangeClient.auditEntries;
import static icc.platform.it.ExchangeClient.content;
import static icc.platform.it.ExchangeClient.discussion;
import static icc.platform.it.ExchangeClient.getBytes;
import static icc.platform.it.ExchangeClient.openThread;
import static icc.platform.it.TestPlatform.postJson;
import static icc.platform.it.ExchangeClient.sha256;
import static icc.platform.it.ExchangeClient.upload;
import static icc.platform.it.TestPlatform.get;
import static icc.platform.it.TestPlatform.json;
import static icc.platform.it.TestPlatform.userToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Black-box API flow of issue 6 with real tokens: a thread between the Netherlands and France, a
 * document only they can read, who else gets 404 or 403, receipts, NOTICE threads, and the audit
 * events of each step.
 */
class ExchangeApiIT {

  @Test
  void onlyParticipantsReadTheDocumentAndEveryStepIsAudited() {
    String nl = userToken("state-nl", "focal.nl");
    String fr = userToken("state-fr", "focal.fr");
    String sn = userToken("state-sn", "focal.sn");
    String thread = openThread(nl, discussion("Freezing orders on foreign requests", "H0", "FR"));

    byte[] document = content(5 * 1024 * 1024 + 123, 6);
    HttpResponse<String> uploaded = upload(thread, nl, "statement-2024.pdf", document);
    assertEquals(201, uploaded.statusCode(), uploaded.body());
    JsonNode doc = json(uploaded.body());
    assertEquals(document.length, doc.get("length").asLong());
    assertEquals(sha256(document), doc.get("sha256").asText());
    String documentId = doc.get("id").asText();

    // France sees the thread in its inbox, opens it and downloads identical bytes.
    JsonNode inbox = json(get("/api/v1/threads", fr).body());
    assertTrue(StreamSupport.stream(inbox.spliterator(), false).anyMatch(t -> t.get("id").asText().equals(thread)));
    JsonNode view = json(get("/api/v1/threads/" + thread, fr).body());
    assertEquals(List.of("NL", "FR"), StreamSupport.stream(view.get("participants").spliterator(), false)
        .map(p -> p.get("organisation").asText()).toList());
    assertEquals("Opening message", view.get("messages").get(0).get("text").asText());
    assertEquals(documentId, view.get("documents").get(0).get("id").asText());
    HttpResponse<byte[]> download = getBytes("/api/v1/threads/" + thread + "/documents/" + documentId, fr);
    assertEquals(200, download.statusCode());
    assertEquals(sha256(document), sha256(download.body()), "France gets the bytes the Netherlands sent");
    assertEquals("H0", download.headers().firstValue("Handling-Code").orElse(null));
    assertTrue(download.headers().firstValue("Content-Disposition").orElse("").contains("statement-2024.pdf"));

    // France answers with a signed message.
    assertEquals(201, postJson("/api/v1/threads/" + thread + "/messages", fr, "{\"text\":\"Received, thank you\"}").statusCode());

    // Senegal does not take part: the thread, its document and its messages do not exist for it.
    assertEquals(404, get("/api/v1/threads/" + thread, sn).statusCode());
    assertEquals(404, getBytes("/api/v1/threads/" + thread + "/documents/" + documentId, sn).statusCode());
    assertEquals(404, getBytes("/api/v1/threads/" + thread + "/documents/" + documentId + "/package", sn).statusCode());
    assertEquals(404, postJson("/api/v1/threads/" + thread + "/messages", sn, "{\"text\":\"hello\"}").statusCode());
    assertFalse(get("/api/v1/threads", sn).body().contains(thread));

    // Administrators and auditors never get content.
    String admin = userToken("platform", "platform.admin");
    assertEquals(403, get("/api/v1/threads/" + thread, admin).statusCode());
    assertEquals(403, get("/api/v1/threads", userToken("platform", "platform.auditor")).statusCode());
    assertEquals(403, get("/api/v1/threads/" + thread, userToken("state-nl", "admin.nl")).statusCode());
    assertEquals(403, getBytes("/api/v1/threads/" + thread + "/documents/" + documentId, userToken("court", "court.analyst")).statusCode());

    // The originator sees who read and downloaded; France (not the originator) sees none of it.
    JsonNode receipts = json(get("/api/v1/threads/" + thread + "/receipts", nl).body()).get("receipts");
    assertTrue(StreamSupport.stream(receipts.spliterator(), false)
        .anyMatch(r -> r.get("organisation").asText().equals("FR") && r.get("kind").asText().equals("DOWNLOAD")
            && r.get("documentId").asText().equals(documentId) && r.get("username").asText().equals("focal.fr")));
    assertEquals(0, json(get("/api/v1/threads/" + thread + "/receipts", fr).body()).get("receipts").size());

    // The audit log has every step, with the document's hash, and Senegal's attempts.
    List<JsonNode> events = auditEntries();
    String hash = "sha256:" + sha256(document);
    assertTrue(find(events, "exchange.thread.open", "thread", thread).isPresent());
    JsonNode up = find(events, "exchange.document.upload", "document", documentId).orElseThrow();
    assertEquals(hash, at(up, "documentHash"));
    assertEquals("focal.nl", at(up, "who", "username"));
    JsonNode down = find(events, "exchange.document.download", "document", documentId).orElseThrow();
    assertEquals("FR", at(down, "who", "organisation"));
    assertEquals("plaintext", at(down, "details", "form"));
    assertTrue(events.stream().anyMatch(e -> "api.call".equals(at(e, "action")) && "denied".equals(at(e, "outcome"))
        && ("GET /threads/" + thread).equals(at(e, "object", "id")) && "SN".equals(at(e, "who", "organisation"))
        && "404".equals(at(e, "details", "status"))), "Senegal's attempt is in the audit log");
    assertTrue(events.stream().anyMatch(e -> "api.call".equals(at(e, "action")) && "403".equals(at(e, "details", "status"))
        && ("GET /threads/" + thread).equals(at(e, "object", "id")) && "platform.admin".equals(at(e, "who", "username"))));
    assertTrue(find(events, "exchange.message.post", null, null).isPresent());
    assertTrue(events.stream().noneMatch(e -> e.toString().contains("Freezing orders")), "no subject in the audit log");
  }

  @Test
  void officersSeeOnlyTheThreadsTheirFocalPointAddedThemTo() {
    String nl = userToken("state-nl", "focal.nl");
    String officer = userToken("state-nl", "officer.nl");
    String thread = openThread(nl, discussion("Asset recovery office question", "H0", "FR"));

    assertEquals(404, get("/api/v1/threads/" + thread, officer).statusCode());
    assertFalse(get("/api/v1/threads", officer).body().contains(thread));
    assertEquals(404, postJson("/api/v1/threads/" + thread + "/messages", officer, "{\"text\":\"x\"}").statusCode());

    // A French focal point cannot add a Dutch officer: members are of the focal point's own organisation.
    HttpResponse<String> added = postJson("/api/v1/threads/" + thread + "/members", nl, "{\"username\":\"officer.nl\"}");
    assertEquals(200, added.statusCode(), added.body());

    assertEquals(200, get("/api/v1/threads/" + thread, officer).statusCode());
    assertTrue(get("/api/v1/threads", officer).body().contains(thread));
    assertEquals(201, postJson("/api/v1/threads/" + thread + "/messages", officer, "{\"text\":\"On it\"}").statusCode());
    // An officer may not add organisations or members.
    assertEquals(403, postJson("/api/v1/threads/" + thread + "/participants", officer, "{\"organisation\":\"SN\"}").statusCode());
    // France's officer was not added by France: still nothing.
    assertEquals(404, get("/api/v1/threads/" + thread, userToken("state-fr", "officer.fr")).statusCode());
  }

  @Test
  void aNoticeGoesToTheCourtByDefault() {
    String jp = userToken("state-jp", "focal.jp");
    HttpResponse<String> incomplete = postJson("/api/v1/threads", jp,
        "{\"kind\":\"NOTICE\",\"subject\":\"Travel\",\"classification\":\"CONFIDENTIAL\",\"handlingCode\":\"H1\","
            + "\"notice\":{\"type\":\"WARRANT_SUBJECT_TRAVEL\",\"personReference\":\"ICC-01/99-01/26\",\"from\":\"2026-05-02\"}}");
    assertEquals(400, incomplete.statusCode());
    assertTrue(json(incomplete.body()).get("message").asText().startsWith("notice.places"), incomplete.body());

    String thread = openThread(jp,
        "{\"kind\":\"NOTICE\",\"subject\":\"Planned travel\",\"classification\":\"CONFIDENTIAL\",\"handlingCode\":\"H1\","
            + "\"notice\":{\"type\":\"WARRANT_SUBJECT_TRAVEL\",\"personReference\":\"ICC-01/99-01/26\",\"from\":\"2026-05-02\","
            + "\"to\":\"2026-05-04\",\"places\":\"Tokyo (NRT) to Bangkok (BKK)\",\"source\":\"Immigration service\"}}");
    String clerk = userToken("court", "registry.clerk");
    JsonNode view = json(get("/api/v1/threads/" + thread, clerk).body());
    assertEquals("NOTICE", view.get("kind").asText());
    assertEquals("JP", view.get("participants").get(0).get("organisation").asText());
    assertEquals("COURT", view.get("participants").get(1).get("organisation").asText());
    assertEquals("Tokyo (NRT) to Bangkok (BKK)", view.get("notice").get("places").asText());
    assertTrue(get("/api/v1/threads?kind=NOTICE", clerk).body().contains(thread));
    assertFalse(get("/api/v1/threads?kind=DISCUSSION", clerk).body().contains(thread));

    // H1 material carries its marking on every download.
    byte[] doc = content(10_000, 7);
    String documentId = json(upload(thread, jp, "itinerary.pdf", doc).body()).get("id").asText();
    HttpResponse<byte[]> download = getBytes("/api/v1/threads/" + thread + "/documents/" + documentId, clerk);
    assertEquals(200, download.statusCode());
    assertEquals("H1", download.headers().firstValue("Handling-Code").orElse(null));
    assertTrue(download.headers().firstValue("Handling-Notice").orElse("").contains("judicial proceedings"));
    HttpResponse<byte[]> pkg = getBytes("/api/v1/threads/" + thread + "/documents/" + documentId + "/package", clerk);
    assertTrue(pkg.headers().firstValue("Handling-Notice").isPresent());
  }

  static Optional<JsonNode> find(List<JsonNode> events, String action, String type, String id) {
    return events.stream()
        .filter(e -> action.equals(at(e, "action")) && "success".equals(at(e, "outcome")))
        .filter(e -> type == null || (type.equals(at(e, "object", "type")) && id.equals(at(e, "object", "id"))))
        .reduce((a, b) -> b);
  }
}
