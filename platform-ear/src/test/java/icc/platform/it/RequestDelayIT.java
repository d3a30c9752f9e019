package icc.platform.it;

import static icc.platform.it.RequestApi.act;
import static icc.platform.it.RequestApi.draft;
import static icc.platform.it.RequestApi.ok;
import static icc.platform.it.TestPlatform.get;
import static icc.platform.it.TestPlatform.json;
import static icc.platform.it.TestPlatform.postJson;
import static icc.platform.it.TestPlatform.userToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * A missed deadline through the API: once the timer has flagged a request overdue (here set in the
 * database as the scan does, since the scan itself is {@link RequestDeadlineIT}'s), the requested
 * State sees it highlighted and owes EXPLAIN_DELAY (reasons and a new estimate); the explanation
 * clears the flag for display, is kept, and the new estimate becomes the due date.
 */
class RequestDelayIT {

  @Test
  void anOverdueRequestIsExplainedWithReasonsAndANewEstimate() throws Exception {
    String otp = userToken("court", "otp.investigator");
    String fr = userToken("state-fr", "focal.fr");
    String id = draft(otp, RequestApi.tracing("FR"));
    ok(act(otp, id, "SUBMIT"));
    ok(act(fr, id, "ACKNOWLEDGE"));
    assertEquals(409, act(fr, id, "EXPLAIN_DELAY", "not late").statusCode(), "nothing to explain before the deadline passed");

    try (Connection c = AuditDatabase.connect();
        PreparedStatement s = c.prepareStatement("UPDATE cooperation_request SET overdue_since = UTC_TIMESTAMP(3) WHERE thread_id = ?")) {
      s.setString(1, id);
      assertEquals(1, s.executeUpdate());
    }
    JsonNode line = StreamSupport.stream(json(get("/api/v1/requests?side=REQUESTED", fr).body()).spliterator(), false)
        .filter(r -> r.get("id").asText().equals(id)).findFirst().orElseThrow();
    assertTrue(line.get("overdue").asBoolean());
    assertTrue(RequestLifecycleIT.names(RequestApi.get(fr, id).get("allowedActions")).contains("EXPLAIN_DELAY"));
    assertFalse(RequestLifecycleIT.names(RequestApi.get(otp, id).get("allowedActions")).contains("EXPLAIN_DELAY"));
    assertEquals(403, act(otp, id, "EXPLAIN_DELAY", "x").statusCode());

    HttpResponse<String> noDate = act(fr, id, "EXPLAIN_DELAY", "The bank answered late");
    assertEquals(400, noDate.statusCode());
    assertTrue(json(noDate.body()).get("message").asText().startsWith("date:"), noDate.body());
    String estimate = RequestApi.today().plusDays(90).toString();
    JsonNode explained = ok(postJson("/api/v1/requests/" + id + "/actions", fr,
        "{\"action\":\"EXPLAIN_DELAY\",\"reason\":\"The bank answered late\",\"date\":\"" + estimate + "\"}"));
    assertFalse(explained.get("summary").get("overdue").asBoolean());
    assertEquals(estimate, explained.get("summary").get("dueDate").asText());
    assertEquals(estimate, explained.get("estimatedCompletion").asText());
    assertEquals("ACKNOWLEDGED", explained.get("summary").get("status").asText());
    JsonNode x = explained.get("deadlineExplanations").get(0);
    assertEquals("The bank answered late", x.get("reason").asText());
    assertEquals("FR", x.get("organisation").asText());
    assertEquals("EXPLAIN_DELAY", explained.get("timeline").get(2).get("action").asText());
    assertEquals(estimate, explained.get("timeline").get(2).get("date").asText());
    assertEquals(409, postJson("/api/v1/requests/" + id + "/actions", fr,
        "{\"action\":\"EXPLAIN_DELAY\",\"reason\":\"again\",\"date\":\"" + estimate + "\"}").statusCode(), "explained once per miss");
  }
}
