package icc.platform.it;

import static icc.platform.it.LibraryApi.awaitIndexed;
import static icc.platform.it.LibraryApiIT.hitIds;
import static icc.platform.it.LibraryApiIT.marker;
import static icc.platform.it.LibraryApiIT.token;
import static icc.platform.it.LibraryApi.entryJson;
import static icc.platform.it.LibraryApi.get;
import static icc.platform.it.LibraryApi.ok;
import static icc.platform.it.LibraryApi.q;
import static icc.platform.it.TestPlatform.post;
import static icc.platform.it.TestPlatform.postJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, the search index itself (docs/library.md "Full-text search"): English and French
 * stemming on examples, the operators' rebuild from the database, and an index that catches up
 * after {@code kill -9} with what it missed.
 */
class LibrarySearchIndexIT {

  @Test
  void englishAndFrenchWordsFindTheirOtherForms() throws Exception {
    String nl = token("state-nl", "focal.nl");
    String sn = token("state-sn", "focal.sn");
    String m = marker();
    long id = ok(postJson("/api/v1/library/entries", nl, entryJson("Case note " + m,
        "The confiscated proceeds were traced to three companies.",
        "Les avoirs saisis ont été gelés par le juge d'instruction.",
        "NL", "ASSET_RECOVERY", "CASE_STUDY", "en", "ALL_ORGANISATIONS")), 201).get("id").asLong();
    // A real PDF attached: its words are searchable too, stemmed like the rest.
    String pdfWord = marker();
    ok(LibraryApi.postBytes("/api/v1/library/entries/" + id + "/versions/1/attachments?name=judgment.pdf", nl,
        "application/pdf", pdf("Extract of the judgment " + pdfWord + ": the villas were forfeited.")), 201);
    ok(post("/api/v1/library/entries/" + id + "/versions/1/approve", token("court", "library.reviewer")), 200);
    awaitIndexed();

    // Each query is the entry's marker (its jurisdiction filter keeps the page small) plus a word
    // that appears in the entry only in another form; the marker alone would find it too, so the
    // query is made to require the word with '+'.
    for (String word : List.of("confiscation", "tracing", "company", "saisie", "saisir", "gel", "gele", "geler", "juges", "instructions")) {
      JsonNode page = ok(get("/api/v1/library/entries?jurisdiction=NL&limit=100&q=" + q("+" + word + " +" + m), sn), 200);
      assertEquals(List.of(id), hitIds(page), word + ": " + page);
      boolean marked = false;
      for (JsonNode f : page.get("hits").get(0).get("snippet")) {
        marked |= f.get("match").asBoolean() && !f.get("text").asText().equals(m);
      }
      assertTrue(marked, word + " is highlighted in the snippet: " + page);
    }
    // Words only in the PDF: its own word, and another form of one of its words.
    assertEquals(List.of(id), hitIds(ok(get("/api/v1/library/entries?q=" + pdfWord, sn), 200)));
    assertEquals(List.of(id), hitIds(ok(get("/api/v1/library/entries?q=" + q("+villa +forfeit +" + m), sn), 200)));
    // A word the entry does not contain in any form finds nothing.
    assertEquals(0, ok(get("/api/v1/library/entries?q=" + q("+seizure +" + m), sn), 200).get("total").asLong());
  }

  @Test
  void anOperatorRebuildsTheIndexFromTheDatabase() throws Exception {
    String admin = token("platform", "platform.admin");
    String sn = token("state-sn", "focal.sn");
    String m = marker();
    // A published entry written to the database behind the application's back (as a restored
    // backup would be): no change event, so the index does not know it.
    long id = insertPublishedEntry("Restored entry " + m);
    assertEquals(0, ok(get("/api/v1/library/entries?q=" + m, sn), 200).get("total").asLong());
    JsonNode before = ok(get("/api/v1/library/index", admin), 200);
    assertTrue(before.get("documents").asLong() < before.get("entries").asLong(), before.toString());

    JsonNode started = ok(post("/api/v1/library/index/rebuild", admin), 202);
    assertTrue(started.get("lastRebuildStarted").isTextual(), started.toString());
    // Only operators: a reviewer or a State's administrator cannot.
    assertEquals(403, post("/api/v1/library/index/rebuild", token("court", "library.reviewer")).statusCode());
    assertEquals(403, post("/api/v1/library/index/rebuild", token("state-nl", "admin.nl")).statusCode());
    assertTrue(Await.until(Duration.ofMinutes(2),
        () -> !ok(get("/api/v1/library/index", admin), 200).get("rebuilding").asBoolean()), "the rebuild ends");
    JsonNode after = ok(get("/api/v1/library/index", admin), 200);
    assertTrue(!after.has("lastRebuildFailure"), after.toString());
    assertEquals(List.of(id), hitIds(ok(get("/api/v1/library/entries?q=" + m, sn), 200)));
    try (Connection db = AuditDatabase.connect();
        Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM audit_event WHERE action = 'library.index.rebuild'")) {
      r.next();
      assertTrue(r.getLong(1) >= 1, "the rebuild is audited");
    }
  }

  @Test
  void afterKillMinus9TheIndexHasEverythingCommitted() throws Exception {
    String nl = token("state-nl", "focal.nl");
    String reviewer = token("court", "library.reviewer");
    String m = marker();
    // Approved just before the kill: its change event is either applied already or waits in the
    // outbox table, committed with the approval; either way it must be searchable afterwards.
    long approved = ok(postJson("/api/v1/library/entries", nl, entryJson("Approved before the crash " + m,
        "Summary.", null, "NL", "OTHER", "GUIDELINE", "en", "ALL_ORGANISATIONS")), 201).get("id").asLong();
    ok(post("/api/v1/library/entries/" + approved + "/versions/1/approve", reviewer), 200);

    long pid = Long.parseLong(Files.readString(TestPlatform.STATE.resolve("run/payara.pid")).strip());
    ProcessHandle payara = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no Payara process " + pid));
    assertTrue(payara.destroyForcibly(), "SIGKILL sent");
    payara.onExit().get(30, TimeUnit.SECONDS);
    // Written while the server is down: only the start-up check can notice it.
    long restored = insertPublishedEntry("Written while down " + m);

    AuditCrashIT.restartTheStack();

    String sn = token("state-sn", "focal.sn");
    assertTrue(Await.until(Duration.ofMinutes(2),
        () -> hitIds(ok(get("/api/v1/library/entries?limit=10&q=" + m, sn), 200)).size() == 2),
        "both entries are found after the restart: " + get("/api/v1/library/entries?q=" + m, sn).body());
    assertTrue(hitIds(ok(get("/api/v1/library/entries?limit=10&q=" + m, sn), 200)).containsAll(List.of(approved, restored)));
  }

  /** A one-page PDF with the given line, made with PDFBox. */
  static byte[] pdf(String line) throws Exception {
    try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
      org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
      document.addPage(page);
      try (org.apache.pdfbox.pdmodel.PDPageContentStream content =
          new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
            org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 700);
        content.showText(line);
        content.endText();
      }
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  /** A published entry straight into the database, as the benchmark's bulk load does. */
  static long insertPublishedEntry(String title) throws Exception {
    try (Connection db = AuditDatabase.connect()) {
      db.setAutoCommit(false);
      long id;
      try (Statement s = db.createStatement();
          ResultSet r = s.executeQuery("SELECT GREATEST(COALESCE((SELECT MAX(id) FROM library_entry), 0),"
              + " COALESCE((SELECT MAX(id) FROM library_entry_version), 0)) + 1000")) {
        r.next();
        id = r.getLong(1);
      }
      try (PreparedStatement e = db.prepareStatement(
              "INSERT INTO library_entry (id, owner_organisation, current_version_id, created_at) VALUES (?, 'NL', NULL, NOW(3))");
          PreparedStatement v = db.prepareStatement(
              "INSERT INTO library_entry_version (id, entry_id, version_no, status, title, summary, document_type,"
                  + " source, document_date, visibility, search_text, contributor_org, contributor_realm,"
                  + " contributor_subject, contributor_name, submitted_at, reviewer_realm, reviewer_subject,"
                  + " reviewer_name, reviewed_at) VALUES (?, ?, 1, 'APPROVED', ?, 'Written by SQL.', 'GUIDELINE',"
                  + " 'test', '2024-01-01', 'ALL_ORGANISATIONS', '', 'NL', 'state-nl', 'sql', 'sql', NOW(3),"
                  + " 'court', 'sql', 'sql', NOW(3))");
          PreparedStatement current = db.prepareStatement("UPDATE library_entry SET current_version_id = ? WHERE id = ?");
          PreparedStatement jurisdiction = db.prepareStatement(
              "INSERT INTO library_version_jurisdiction (version_id, jurisdiction) VALUES (?, 'NL')")) {
        e.setLong(1, id);
        e.executeUpdate();
        v.setLong(1, id);
        v.setLong(2, id);
        v.setString(3, title);
        v.executeUpdate();
        current.setLong(1, id);
        current.setLong(2, id);
        current.executeUpdate();
        jurisdiction.setLong(1, id);
        jurisdiction.executeUpdate();
      }
      db.commit();
      return id;
    }
  }
}
