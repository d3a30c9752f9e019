package icc.platform.it;

import static icc.platform.it.TestPlatform.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import icc.platform.crypto.cli.PlatformVerify;
import icc.platform.crypto.transparency.CanonicalJson;
import icc.platform.crypto.transparency.Checkpoint;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Someone with the database password (an operator) rewrites the stored log: changes, deletes or
 * reorders one event row directly in MariaDB. A State that kept an earlier signed checkpoint
 * detects each with {@code platform-verify audit --contiguous} on a fresh export, which names
 * the first bad leaf index. Every row is put back exactly (other tests verify the live log),
 * and the log verifies again afterwards.
 */
class AuditTamperingIT {

  private record Verdict(int status, String out, String err) {}

  @Test
  void changingDeletingOrReorderingOneStoredEventIsDetectedAgainstAnEarlierCheckpoint() throws Exception {
    String auditor = AuditApiIT.auditor();
    for (int i = 0; i < 12; i++) {
      get("/api/v1/me", null); // at least 12 fresh events (denied calls)
    }
    Checkpoint kept = AuditApiIT.signCheckpoint(auditor);
    long size = kept.size();
    long from = size - 12;
    long first = size - 9;
    long second = size - 4;
    Path dir = Files.createTempDirectory("audit-tampering");
    Path checkpoint = Files.writeString(dir.resolve("kept-checkpoint.txt"), get("/api/v1/audit/checkpoints/" + size, auditor).body());
    Path vkey = Files.writeString(dir.resolve("platform.vkey"), get("/api/v1/audit/key", auditor).body());
    get("/api/v1/me", null); // the log moves on after the checkpoint was kept

    Verdict genuine = verify(auditor, from, size, dir, checkpoint, vkey);
    assertEquals(PlatformVerify.OK, genuine.status(), genuine.out() + genuine.err());
    assertTrue(genuine.out().contains("12 of 12 verified"), genuine.out());

    try (Connection db = AuditDatabase.connect()) {
      Map<String, Object> savedFirst = AuditDatabase.row(db, first);
      Map<String, Object> savedSecond = AuditDatabase.row(db, second);
      try {
        // 1. Change: the outcome of one event is rewritten (still well-formed canonical JSON).
        ObjectNode event = (ObjectNode) TestPlatform.JSON.readTree((byte[]) savedFirst.get("event_data"));
        event.put("outcome", event.get("outcome").asText().equals("success") ? "denied" : "success");
        Map<String, Object> changed = new HashMap<>(savedFirst);
        changed.put("event_data", CanonicalJson.canonicalize(event.toString()));
        changed.put("outcome", event.get("outcome").asText());
        AuditDatabase.overwrite(db, first, changed);
        assertDetected(verify(auditor, from, size, dir, checkpoint, vkey), first, "leafIndex " + first + ": not included");
        assertTheAuditorPageShows(first);
        AuditDatabase.restore(db, savedFirst);

        // 2. Delete: the row is gone; the export silently skips it, --contiguous names it.
        AuditDatabase.delete(db, first);
        assertDetected(verify(auditor, from, size, dir, checkpoint, vkey), first, "leafIndex " + first + " is missing");
        AuditDatabase.restore(db, savedFirst);

        // 3. Reorder: two rows swap places (every column but the index).
        AuditDatabase.overwrite(db, first, savedSecond);
        AuditDatabase.overwrite(db, second, savedFirst);
        Verdict reordered = verify(auditor, from, size, dir, checkpoint, vkey);
        assertDetected(reordered, first, "leafIndex " + first + ": not included");
        assertTrue(reordered.err().contains("leafIndex " + second + ": not included"), reordered.err());
      } finally {
        AuditDatabase.restore(db, savedFirst);
        AuditDatabase.restore(db, savedSecond);
      }
      assertSameRow(savedFirst, AuditDatabase.row(db, first));
      assertSameRow(savedSecond, AuditDatabase.row(db, second));
    }
    Verdict restored = verify(auditor, from, size, dir, checkpoint, vkey);
    assertEquals(PlatformVerify.OK, restored.status(), restored.out() + restored.err());
  }

  /** The auditor's page checks inclusion on the server too, and says which event failed. */
  private static void assertTheAuditorPageShows(long changed) {
    try (Browser browser = new Browser()) {
      browser.logIn("Platform operators", "platform.auditor", "demo");
      browser.driver.get(TestPlatform.URL + "/app/audit/events.xhtml?action=api.call&object="
          + java.net.URLEncoder.encode("GET /me", StandardCharsets.UTF_8));
      browser.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
          org.openqa.selenium.By.id("verification-status")));
      browser.screenshot("audit-tampered");
      assertEquals("NOT VERIFIED", browser.driver.findElement(org.openqa.selenium.By.id("verification-status")).getText());
      assertTrue(browser.driver.findElement(org.openqa.selenium.By.id("verification")).getText()
          .contains("Event " + changed + " is NOT included"), "the page names the changed event");
    }
  }

  private static void assertSameRow(Map<String, Object> expected, Map<String, Object> actual) {
    assertEquals(expected.keySet(), actual.keySet());
    for (String column : expected.keySet()) {
      Object e = expected.get(column);
      Object a = actual.get(column);
      assertTrue(e instanceof byte[] eb && a instanceof byte[] ab ? Arrays.equals(eb, ab) : java.util.Objects.equals(e, a),
          "column " + column + " restored");
    }
  }

  private static void assertDetected(Verdict verdict, long firstBad, String failure) {
    assertEquals(PlatformVerify.FAILED, verdict.status(), verdict.out());
    assertTrue(verdict.err().contains(failure), verdict.err());
    assertTrue(verdict.err().contains("FIRST BAD INDEX: " + firstBad + "\n"), verdict.err());
  }

  /** A fresh export of 12 events with proofs to the kept checkpoint's size, run through the jar's main. */
  private static Verdict verify(String auditor, long from, long size, Path dir, Path checkpoint, Path vkey)
      throws Exception {
    HttpResponse<String> export = get("/api/v1/audit/export?from=" + from + "&count=12&size=" + size, auditor);
    assertEquals(200, export.statusCode(), export.body());
    Path file = Files.writeString(dir.resolve("export.jsonl"), export.body());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = PlatformVerify.run(
        List.of("audit", "--export", file.toString(), "--checkpoint", checkpoint.toString(),
            "--vkey-file", vkey.toString(), "--contiguous").toArray(String[]::new),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Verdict(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
