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
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Handling code H2 enforced (user journey 3): France may pass the Netherlands' legal opinion on
 * to Senegal only after the Netherlands consents, by adding Senegal or by forwarding the document;
 * refusals are 409 with a clear message and change nothing; every step is audited.
 */
class ExchangeHandlingIT {

  @Test
  void passingH2MaterialOnNeedsTheOriginatorsConsent() {
    String nl = userToken("state-nl", "focal.nl");
    String fr = userToken("state-fr", "focal.fr");
    String sn = userToken("state-sn", "focal.sn");
    String thread = openThread(nl, discussion("Legal opinion on freezing orders", "H2", "FR"));
    byte[] opinion = content(300_000, 3);
    String documentId = json(upload(thread, nl, "legal-opinion.pdf", opinion).body()).get("id").asText();

    // Without consent: refused, nothing changed.
    HttpResponse<String> refused = postJson("/api/v1/threads/" + thread + "/participants", fr, "{\"organisation\":\"SN\"}");
    assertEquals(409, refused.statusCode());
    assertEquals("consent_required", json(refused.body()).get("error").asText());
    assertTrue(json(refused.body()).get("message").asText().contains("NL has not consented"), refused.body());
    assertEquals(404, get("/api/v1/threads/" + thread, sn).statusCode());

    // France asks; France cannot answer its own request; the Netherlands consents in one call.
    HttpResponse<String> asked = postJson("/api/v1/threads/" + thread + "/consents", fr,
        "{\"organisation\":\"SN\",\"reason\":\"Senegal is drafting the same procedure\"}");
    assertEquals(201, asked.statusCode(), asked.body());
    String consent = json(asked.body()).get("id").asText();
    String answer = "/api/v1/threads/" + thread + "/consents/" + consent + "/answer";
    assertEquals(403, postJson(answer, fr, "{\"granted\":true}").statusCode());
    assertEquals(400, postJson(answer, nl, "{}").statusCode());
    HttpResponse<String> granted = postJson(answer, nl, "{\"granted\":true}");
    assertEquals(200, granted.statusCode(), granted.body());
    assertEquals("GRANTED", json(granted.body()).get("status").asText());
    assertEquals(409, postJson(answer, nl, "{\"granted\":false}").statusCode(), "answered once only");

    // Now France adds Senegal; Senegal reads the opinion (data key re-wrapped, not re-encrypted).
    HttpResponse<String> added = postJson("/api/v1/threads/" + thread + "/participants", fr, "{\"organisation\":\"SN\"}");
    assertEquals(200, added.statusCode(), added.body());
    JsonNode senegal = json(added.body()).get(2);
    assertEquals("SN", senegal.get("organisation").asText());
    assertEquals(consent, senegal.get("consent").asText());
    HttpResponse<byte[]> read = getBytes("/api/v1/threads/" + thread + "/documents/" + documentId, sn);
    assertEquals(200, read.statusCode());
    assertEquals(sha256(opinion), sha256(read.body()));

    // The Netherlands sees who read and downloaded what.
    JsonNode receipts = json(get("/api/v1/threads/" + thread + "/receipts", nl).body()).get("receipts");
    assertTrue(receipts.toString().contains("\"organisation\":\"SN\""), receipts.toString());

    List<JsonNode> events = auditEntries();
    assertTrue(events.stream().anyMatch(e -> "exchange.participant.add".equals(at(e, "action")) && "denied".equals(at(e, "outcome"))
        && thread.equals(at(e, "object", "id")) && "consent_required".equals(at(e, "details", "error"))));
    assertTrue(events.stream().anyMatch(e -> "exchange.consent.request".equals(at(e, "action")) && consent.equals(at(e, "object", "id"))));
    assertTrue(events.stream().anyMatch(e -> "exchange.consent.answer".equals(at(e, "action")) && "GRANTED".equals(at(e, "details", "answer"))
        && "NL".equals(at(e, "who", "organisation"))));
    assertTrue(events.stream().anyMatch(e -> "exchange.participant.add".equals(at(e, "action")) && "success".equals(at(e, "outcome"))
        && consent.equals(at(e, "details", "consent"))));
  }

  @Test
  void forwardingH2MaterialNeedsConsentTooAndReusesTheCiphertext() {
    String nl = userToken("state-nl", "focal.nl");
    String fr = userToken("state-fr", "focal.fr");
    String ar = userToken("state-ar", "focal.ar");
    String source = openThread(nl, discussion("Bank statement", "H2", "FR"));
    byte[] statement = content(200_000, 4);
    String documentId = json(upload(source, nl, "statement.pdf", statement).body()).get("id").asText();
    String target = openThread(fr, discussion("Cooperation with Argentina", "H0", "AR"));
    String forward = "/api/v1/threads/" + source + "/documents/" + documentId + "/forward";

    HttpResponse<String> refused = postJson(forward, fr, "{\"thread\":\"" + target + "\"}");
    assertEquals(409, refused.statusCode(), refused.body());
    assertEquals("consent_required", json(refused.body()).get("error").asText());
    assertEquals(0, json(get("/api/v1/threads/" + target, ar).body()).get("documents").size(), "nothing forwarded");

    String consent = json(postJson("/api/v1/threads/" + source + "/consents", fr,
        "{\"organisation\":\"AR\",\"reason\":\"Argentina's asset recovery office\"}").body()).get("id").asText();
    assertEquals(200, postJson("/api/v1/threads/" + source + "/consents/" + consent + "/answer", nl, "{\"granted\":true}").statusCode());
    HttpResponse<String> forwarded = postJson(forward, fr, "{\"thread\":\"" + target + "\"}");
    assertEquals(201, forwarded.statusCode(), forwarded.body());
    JsonNode copy = json(forwarded.body());
    assertEquals("H2", copy.get("handlingCode").asText());
    assertEquals("NL", copy.get("originOrganisation").asText());

    HttpResponse<byte[]> read = getBytes("/api/v1/threads/" + target + "/documents/" + copy.get("id").asText(), ar);
    assertEquals(200, read.statusCode());
    assertEquals(sha256(statement), sha256(read.body()));
    assertEquals("H2", read.headers().firstValue("Handling-Code").orElse(null));
    // Argentina still cannot see the source thread.
    assertEquals(404, get("/api/v1/threads/" + source, ar).statusCode());
  }
}
