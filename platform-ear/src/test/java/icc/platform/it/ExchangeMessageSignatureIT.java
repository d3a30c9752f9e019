package icc.platform.it;

import static icc.platform.it.ExchangeClient.at;
import static icc.platform.it.ExchangeClient.auditEntries;
import static icc.platform.it.ExchangeClient.discussion;
import static icc.platform.it.ExchangeClient.openThread;
import static icc.platform.it.TestPlatform.get;
import static icc.platform.it.TestPlatform.json;
import static icc.platform.it.TestPlatform.postJson;
import static icc.platform.it.TestPlatform.userToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Messages are signed by the sender organisation and their signatures are verified again each
 * time a thread is served. A row changed in the database by someone with the database password
 * (over JDBC, as {@link AuditDatabase} connects) is flagged ({@code signed: false}, {@code
 * signature: failed}, a reason) and named in the {@code exchange.thread.read} event; it is never
 * shown as signed. Each row of the table changes one message in one way, then puts it back.
 */
class ExchangeMessageSignatureIT {

  /** One way to tamper with a stored message. */
  interface Tampering {
    void apply(Connection c, String messageId, String otherMessageId) throws Exception;
  }

  @TestFactory
  Stream<DynamicTest> aMessageChangedInTheDatabaseIsFlaggedNeverShownAsSigned() throws Exception {
    String nl = userToken("state-nl", "focal.nl");
    String thread = openThread(nl, discussion("Signed messages", "H0", "FR"));
    HttpResponseText posted = new HttpResponseText(postJson("/api/v1/threads/" + thread + "/messages", nl,
        "{\"text\":\"Transfer 10,000 EUR to account NL00 BANK 0123 4567 89 is frozen.\"}").body());
    assertEquals("verified", posted.json().get("signature").asText(), "a new message verifies: " + posted.text());
    assertTrue(posted.json().get("signed").asBoolean());
    String target = posted.json().get("id").asText();
    String other = json(postJson("/api/v1/threads/" + thread + "/messages", nl, "{\"text\":\"Second message\"}").body())
        .get("id").asText();
    String fr = userToken("state-fr", "focal.fr");

    List<DynamicTest> tests = new ArrayList<>();
    tests.add(dynamicTest("untouched messages verify", () -> {
      for (JsonNode m : messages(thread, fr)) {
        assertEquals("verified", m.get("signature").asText(), m.toString());
        assertTrue(m.get("signed").asBoolean());
        assertFalse(m.hasNonNull("signatureProblem"), "no problem on a verified message");
      }
    }));
    row("text changed", (c, id, o) -> update(c, "UPDATE exchange_message SET body = ? WHERE id = ?",
        "Transfer 10,000 EUR to account NL00 BANK 9999 9999 99 is frozen.", id), thread, target, other, fr, tests);
    row("text changed and its digest recomputed", (c, id, o) -> {
      String body = "Transfer released.";
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(("icc-exchange-message/v1\n" + id + "\n" + thread + "\nNL\n" + body)
          .getBytes(StandardCharsets.UTF_8));
      update(c, "UPDATE exchange_message SET body = ?, body_sha256 = ? WHERE id = ?", body, digest, id);
    }, thread, target, other, fr, tests);
    row("signature of another message put on it", (c, id, o) -> {
      byte[] signature = column(c, o, "signature");
      update(c, "UPDATE exchange_message SET signature = ? WHERE id = ?", signature, id);
    }, thread, target, other, fr, tests);
    row("attributed to another organisation", (c, id, o) -> update(c, "UPDATE exchange_message SET sender_org = ? WHERE id = ?",
        "FR", id), thread, target, other, fr, tests);
    row("signature truncated", (c, id, o) -> {
      byte[] signature = column(c, id, "signature");
      update(c, "UPDATE exchange_message SET signature = ? WHERE id = ?", java.util.Arrays.copyOf(signature, signature.length / 2), id);
    }, thread, target, other, fr, tests);
    tests.add(dynamicTest("put back, the message verifies again", () -> {
      JsonNode m = message(thread, fr, target);
      assertEquals("verified", m.get("signature").asText(), m.toString());
    }));
    return tests.stream();
  }

  private void row(String name, Tampering tampering, String thread, String target, String other, String fr, List<DynamicTest> tests) {
    tests.add(dynamicTest(name, () -> {
      try (Connection c = AuditDatabase.connect()) {
        Object[] saved = save(c, target);
        try {
          tampering.apply(c, target, other);
          JsonNode m = message(thread, fr, target);
          assertFalse(m.get("signed").asBoolean(), name + ": never shown as signed: " + m);
          assertEquals("failed", m.get("signature").asText(), m.toString());
          assertNotNull(m.get("signatureProblem").textValue(), m.toString());
          JsonNode untouched = message(thread, fr, other);
          assertEquals("verified", untouched.get("signature").asText(), "only the changed message is flagged");
          assertTrue(auditEntries().stream().anyMatch(e -> "exchange.thread.read".equals(at(e, "action"))
              && thread.equals(at(e, "object", "id")) && at(e, "details", "messagesFailingVerification") != null
              && at(e, "details", "messagesFailingVerification").contains(target)), "the read event names the message");
        } finally {
          restore(c, target, saved);
        }
      }
    }));
  }

  private static List<JsonNode> messages(String thread, String token) {
    var r = get("/api/v1/threads/" + thread, token);
    assertEquals(200, r.statusCode(), r.body());
    return StreamSupport.stream(json(r.body()).get("messages").spliterator(), false).toList();
  }

  private static JsonNode message(String thread, String token, String id) {
    return messages(thread, token).stream().filter(m -> id.equals(m.get("id").asText())).findFirst()
        .orElseThrow(() -> new AssertionError("message " + id + " not served"));
  }

  private static Object[] save(Connection c, String id) throws Exception {
    try (PreparedStatement s = c.prepareStatement("SELECT body, body_sha256, signature, sender_org FROM exchange_message WHERE id = ?")) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        assertTrue(rs.next());
        return new Object[] {rs.getString(1), rs.getBytes(2), rs.getBytes(3), rs.getString(4)};
      }
    }
  }

  private static void restore(Connection c, String id, Object[] saved) throws Exception {
    update(c, "UPDATE exchange_message SET body = ?, body_sha256 = ?, signature = ?, sender_org = ? WHERE id = ?",
        saved[0], saved[1], saved[2], saved[3], id);
  }

  private static byte[] column(Connection c, String id, String column) throws Exception {
    try (PreparedStatement s = c.prepareStatement("SELECT " + column + " FROM exchange_message WHERE id = ?")) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        assertTrue(rs.next());
        return rs.getBytes(1);
      }
    }
  }

  private static void update(Connection c, String sql, Object... values) throws Exception {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      assertEquals(1, s.executeUpdate(), sql);
    }
  }

  private record HttpResponseText(String text) {
    JsonNode json() {
      return TestPlatform.json(text);
    }
  }
}
