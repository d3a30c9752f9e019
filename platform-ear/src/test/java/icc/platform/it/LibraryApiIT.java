package icc.platform.it;

import static icc.platform.it.LibraryApi.awaitIndexed;
import static icc.platform.it.LibraryApi.entryJson;
import static icc.platform.it.LibraryApi.get;
import static icc.platform.it.LibraryApi.ok;
import static icc.platform.it.LibraryApi.postBytes;
import static icc.platform.it.TestPlatform.post;
import static icc.platform.it.TestPlatform.postJson;
import static icc.platform.it.LibraryApi.q;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The library through the API with real tokens (journey 5): contribute, invisible to others while
 * pending, approved, found by search (English and French, words inside attached files), a new
 * version that leaves the old one retrievable, Court-only entries absent from a State's results
 * and counts, bad input refused with nothing changed, and the audit events of it all.
 */
class LibraryApiIT {

  static String token(String realm, String user) {
    return TestPlatform.userToken(realm, user);
  }

  /** A word no other entry contains, so that searches for it are exact. */
  static String marker() {
    return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  static byte[] docx(String text) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
          + "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:body></w:document>").getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  static List<Long> hitIds(JsonNode page) {
    List<Long> ids = new ArrayList<>();
    page.get("hits").forEach(h -> ids.add(h.get("entryId").asLong()));
    return ids;
  }

  @Test
  void contributeModerateSearchAndVersion() throws Exception {
    String nl = token("state-nl", "focal.nl");
    String sn = token("state-sn", "focal.sn");
    String fr = token("state-fr", "focal.fr");
    String reviewer = token("court", "library.reviewer");
    String m = marker();

    // The Netherlands contributes a procedure note with a French summary.
    JsonNode created = ok(postJson("/api/v1/library/entries", nl,
        entryJson("Freezing procedure " + m, "How bank accounts are frozen on a Court request.",
            "Procédure de gel des comptes bancaires sur demande de la Cour.",
            "NL", "ASSET_RECOVERY", "PROCEDURE", "en", "ALL_ORGANISATIONS")), 201);
    long id = created.get("id").asLong();
    assertEquals("PENDING", created.get("shown").get("status").asText());
    assertEquals(1, created.get("pendingVersion").asInt());

    // A DOCX attached to the pending version: its words become searchable.
    String docWord = marker();
    byte[] docxBytes = docx("Conservatory attachment " + docWord);
    JsonNode attachment = ok(postBytes("/api/v1/library/entries/" + id + "/versions/1/attachments?name=note.docx",
        nl, "application/octet-stream", docxBytes), 201);
    assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        attachment.get("mediaType").asText());

    // Pending: invisible to other States (404, not 403) and absent from their search.
    assertEquals(404, get("/api/v1/library/entries/" + id, sn).statusCode());
    assertEquals(0, ok(get("/api/v1/library/entries?q=" + m, sn), 200).get("total").asLong());
    // In the reviewer's queue.
    JsonNode queue = ok(get("/api/v1/library/moderation", reviewer), 200);
    boolean queued = false;
    for (JsonNode item : queue) {
      queued |= item.get("entryId").asLong() == id;
    }
    assertTrue(queued, "the pending version is in the moderation queue");
    // A State cannot approve (role), the queue is refused to it.
    assertEquals(403, postJson("/api/v1/library/entries/" + id + "/versions/1/approve", nl, "{}").statusCode());
    assertEquals(403, get("/api/v1/library/moderation", nl).statusCode());

    // Approved: visible and searchable by everyone, in English, in French, and by the file's words.
    ok(postJson("/api/v1/library/entries/" + id + "/versions/1/approve", reviewer, "{\"note\":\"ok\"}"), 200);
    awaitIndexed();
    assertEquals(1, ok(get("/api/v1/library/entries/" + id, sn), 200).get("publishedVersion").asInt());
    assertEquals(List.of(id), hitIds(ok(get("/api/v1/library/entries?q=" + m, sn), 200)));
    assertEquals(List.of(id), hitIds(ok(get("/api/v1/library/entries?q=" + docWord, sn), 200)));
    JsonNode french = ok(get("/api/v1/library/entries?limit=100&q=" + q("procédures gel comptes " + m), sn), 200);
    assertTrue(hitIds(french).subList(0, Math.min(3, hitIds(french).size())).contains(id),
        "the French query ranks the entry among the first: " + french);
    // Stemming, accents folded: "gelé" and "procedure" (no accent) find the French summary.
    JsonNode stemmed = ok(get("/api/v1/library/entries?limit=100&jurisdiction=NL&q=" + q("procedure gelé"), fr), 200);
    assertTrue(hitIds(stemmed).contains(id), stemmed.toString());
    // Filters and facets.
    JsonNode filtered = ok(get("/api/v1/library/entries?q=" + m + "&jurisdiction=NL&topic=ASSET_RECOVERY&type=PROCEDURE&language=en&year=2024", sn), 200);
    assertEquals(1, filtered.get("total").asLong());
    assertEquals(1, filtered.get("facets").get("jurisdiction").get("NL").asLong());
    assertEquals(0, ok(get("/api/v1/library/entries?q=" + m + "&jurisdiction=FR", sn), 200).get("total").asLong());

    // A new version: pending while the old one stays published; approved, the old one stays retrievable.
    String m2 = marker();
    JsonNode proposed = ok(postJson("/api/v1/library/entries/" + id + "/versions", nl,
        entryJson("Freezing procedure " + m + " " + m2, "Updated after the 2024 reform.", null,
            "NL", "ASSET_RECOVERY", "PROCEDURE", "en", "ALL_ORGANISATIONS")), 201);
    assertEquals(2, proposed.get("pendingVersion").asInt());
    assertEquals(0, ok(get("/api/v1/library/entries?q=" + m2, sn), 200).get("total").asLong());
    assertEquals(404, get("/api/v1/library/entries/" + id + "/versions/2", sn).statusCode());
    ok(postJson("/api/v1/library/entries/" + id + "/versions/2/approve", reviewer, ""), 200);
    awaitIndexed();
    assertEquals(List.of(id), hitIds(ok(get("/api/v1/library/entries?q=" + m2, sn), 200)));
    JsonNode old = ok(get("/api/v1/library/entries/" + id + "/versions/1", sn), 200);
    assertEquals("Freezing procedure " + m, old.get("title").asText());
    JsonNode current = ok(get("/api/v1/library/entries/" + id, sn), 200);
    assertEquals(2, current.get("publishedVersion").asInt());
    assertEquals(2, current.get("versions").size());
    // The file was carried forward and downloads with the bytes that were uploaded.
    JsonNode file = current.get("shown").get("attachments").get(0);
    HttpResponse<byte[]> download = LibraryApi.download(
        "/api/v1/library/entries/" + id + "/versions/2/attachments/" + file.get("id").asLong(), sn);
    assertEquals(200, download.statusCode());
    assertArrayEquals(docxBytes, download.body());
    assertTrue(download.headers().firstValue("Content-Disposition").orElse("").contains("note.docx"));

    // A rejected version: reason mandatory, visible to the contributor with the reason, not to others.
    ok(postJson("/api/v1/library/entries/" + id + "/versions", nl,
        entryJson("Bad " + m, "x", null, "NL", "OTHER", "GUIDELINE", "en", "ALL_ORGANISATIONS")), 201);
    JsonNode noReason = ok(postJson("/api/v1/library/entries/" + id + "/versions/3/reject", reviewer, "{}"), 400);
    assertEquals("reason", noReason.get("field").asText());
    ok(postJson("/api/v1/library/entries/" + id + "/versions/3/reject", reviewer, "{\"reason\":\"Wrong topic\"}"), 200);
    assertEquals(409, postJson("/api/v1/library/entries/" + id + "/versions/3/approve", reviewer, "").statusCode());
    assertEquals("Wrong topic", ok(get("/api/v1/library/entries/" + id + "/versions/3", nl), 200).get("reviewNote").asText());
    assertEquals(404, get("/api/v1/library/entries/" + id + "/versions/3", sn).statusCode());

    // Another State cannot propose versions of the Netherlands' entry.
    assertEquals(403, postJson("/api/v1/library/entries/" + id + "/versions", fr,
        entryJson("Hijack", "x", null, "NL", "OTHER", "GUIDELINE", "en", "ALL_ORGANISATIONS")).statusCode());

    // Every step is in the audit log.
    String auditor = token("platform", "platform.auditor");
    List<String> actions = new ArrayList<>();
    for (JsonNode e : AuditApiIT.allEntries(auditor)) {
      JsonNode event = e.has("event") ? e.get("event") : e;
      JsonNode object = event.get("object");
      if (object != null && object.get("id").asText().startsWith(id + "/")) {
        actions.add(event.get("action").asText() + " " + object.get("id").asText());
      }
    }
    for (String expected : List.of(
        "library.entry.contribute " + id + "/v1", "library.attachment.add " + id + "/v1",
        "library.version.approve " + id + "/v1", "library.version.propose " + id + "/v2",
        "library.version.approve " + id + "/v2", "library.attachment.download " + id + "/v2",
        "library.version.reject " + id + "/v3")) {
      assertTrue(actions.contains(expected), expected + " in " + actions);
    }
  }

  @Test
  void courtOnlyEntriesNeverReachAStatesResultsOrCounts() {
    String court = token("court", "otp.investigator");
    String reviewer = token("court", "library.reviewer");
    String nl = token("state-nl", "focal.nl");
    String m = marker();
    long id = ok(postJson("/api/v1/library/entries", court,
        entryJson("Internal lessons " + m, "Tracing companies.", null, "ICC", "FINANCIAL_INVESTIGATION",
            "CASE_STUDY", "en", "COURT_ONLY")), 201).get("id").asLong();
    ok(postJson("/api/v1/library/entries/" + id + "/versions/1/approve", reviewer, ""), 200);
    awaitIndexed();

    JsonNode courtView = ok(get("/api/v1/library/entries?q=" + m, court), 200);
    assertEquals(List.of(id), hitIds(courtView));
    JsonNode stateView = ok(get("/api/v1/library/entries?q=" + m, nl), 200);
    assertEquals(0, stateView.get("total").asLong());
    assertTrue(stateView.get("hits").isEmpty());
    assertFalse(stateView.get("facets").get("type").has("CASE_STUDY"), stateView.toString());
    assertEquals(404, get("/api/v1/library/entries/" + id, nl).statusCode());
    // Listing without words: counted for the Court, not for the State.
    long courtAll = ok(get("/api/v1/library/entries?type=CASE_STUDY&jurisdiction=ICC", court), 200).get("total").asLong();
    long stateAll = ok(get("/api/v1/library/entries?type=CASE_STUDY&jurisdiction=ICC", nl), 200).get("total").asLong();
    assertTrue(courtAll >= stateAll + 1, courtAll + " vs " + stateAll);
  }

  @Test
  void journeyFiveSenegalFindsTheDemoEntriesInFrench() {
    String sn = token("state-sn", "focal.sn");
    JsonNode page = ok(get("/api/v1/library/entries?limit=50&q=" + q("procédure de gel des avoirs"), sn), 200);
    List<String> titles = new ArrayList<>();
    page.get("hits").forEach(h -> titles.add(h.get("title").asText()));
    assertTrue(titles.stream().anyMatch(t -> t.startsWith("Procedure note: executing ICC requests")), titles.toString());
    assertTrue(titles.stream().anyMatch(t -> t.startsWith("Ley 26.200")), titles.toString());
    JsonNode release = ok(get("/api/v1/library/entries?q=" + q("mise en liberté provisoire"), sn), 200);
    assertEquals("Model agreement on interim release", release.get("hits").get(0).get("title").asText());
    // Highlights: the French words are marked in the snippet.
    boolean marked = false;
    for (JsonNode f : page.get("hits").get(0).get("snippet")) {
      marked |= f.get("match").asBoolean();
    }
    assertTrue(marked, page.get("hits").get(0).toString());
  }

  @Test
  void badInputIsRefusedWithTheFieldAndChangesNothing() throws Exception {
    String nl = token("state-nl", "focal.nl");
    String m = marker();
    JsonNode e = ok(postJson("/api/v1/library/entries", nl,
        entryJson("Bad " + m, "x", null, "Netherlands", "ASSET_RECOVERY", "PROCEDURE", "en", "ALL_ORGANISATIONS")), 400);
    assertEquals("jurisdictions", e.get("field").asText());
    assertEquals("topics", ok(postJson("/api/v1/library/entries", nl,
        entryJson("Bad " + m, "x", null, "NL", "COOKING", "PROCEDURE", "en", "ALL_ORGANISATIONS")), 400).get("field").asText());
    assertEquals("body", ok(postJson("/api/v1/library/entries", nl, "{not json"), 400).get("field").asText());
    assertEquals("year", ok(get("/api/v1/library/entries?year=abc", nl), 400).get("field").asText());
    // Readers without a contributor role cannot contribute; operators do not read content.
    assertEquals(403, postJson("/api/v1/library/entries", token("state-nl", "officer.nl"),
        entryJson("x", "x", null, "NL", "OTHER", "GUIDELINE", "en", "ALL_ORGANISATIONS")).statusCode());
    assertEquals(403, get("/api/v1/library/entries", token("platform", "platform.admin")).statusCode());

    // Bad files: wrong extension, corrupt PDF, oversize, unsupported type: 400 and nothing attached.
    long id = ok(postJson("/api/v1/library/entries", nl,
        entryJson("Files " + m, "x", null, "NL", "OTHER", "GUIDELINE", "en", "ALL_ORGANISATIONS")), 201).get("id").asLong();
    String attach = "/api/v1/library/entries/" + id + "/versions/1/attachments?name=";
    assertEquals("fileName", ok(postBytes(attach + "law.docx", nl, "application/pdf",
        "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII)), 400).get("field").asText());
    JsonNode corrupt = ok(postBytes(attach + "law.pdf", nl, "application/pdf",
        "%PDF-1.4\nthis is not really a pdf".getBytes(StandardCharsets.US_ASCII)), 400);
    assertTrue(corrupt.get("message").asText().contains("PDF"), corrupt.toString());
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    assertTrue(ok(postBytes(attach + "big.txt", nl, "text/plain", big), 400).get("message").asText().contains("10 MiB"));
    assertEquals(400, postBytes(attach + "image.png", nl, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1}).statusCode());
    assertEquals(400, postBytes(attach + "law.docx", nl, "application/octet-stream",
        "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1)).statusCode(), "broken DOCX");
    assertEquals(400, postBytes(attach + "empty.txt", nl, "text/plain", new byte[0]).statusCode(), "empty file");
    assertTrue(ok(get("/api/v1/library/entries/" + id, nl), 200).get("shown").get("attachments").isEmpty());
    // Nothing of a refused file became searchable either (a text file named .pdf, with its own word).
    String m2 = marker();
    assertEquals("fileName", ok(postBytes(attach + "notes.pdf", nl, "application/pdf",
        ("Words " + m2).getBytes(StandardCharsets.UTF_8)), 400).get("field").asText());
    ok(post("/api/v1/library/entries/" + id + "/versions/1/approve", token("court", "library.reviewer")), 200);
    awaitIndexed();
    assertEquals(0, ok(get("/api/v1/library/entries?q=" + m2, nl), 200).get("total").asInt());
    assertEquals(1, ok(get("/api/v1/library/entries?q=" + m, nl), 200).get("total").asInt());
  }

  /**
   * PUBLIC entries are readable without a token, through the public API; nothing else is, not
   * even by guessing its number; the signed-in API still refuses anonymous callers.
   */
  @Test
  void publicEntriesAreReadableWithoutLoginAndNothingElseIs() throws Exception {
    String nl = token("state-nl", "focal.nl");
    String reviewer = token("court", "library.reviewer");
    String m = marker();
    long[] ids = new long[3];
    String[] visibilities = {"PUBLIC", "ALL_ORGANISATIONS", "COURT_ONLY"};
    for (int i = 0; i < 3; i++) {
      ids[i] = ok(postJson("/api/v1/library/entries", nl, entryJson("Open " + m + " " + visibilities[i],
          "Freezing guide " + m, null, "NL", "ASSET_RECOVERY", "GUIDELINE", "en", visibilities[i])), 201).get("id").asLong();
      ok(postBytes("/api/v1/library/entries/" + ids[i] + "/versions/1/attachments?name=guide.txt", nl, "text/plain",
          ("Public guide " + m).getBytes(StandardCharsets.UTF_8)), 201);
    }
    // Pending: not even the public one is out yet.
    assertEquals(0, ok(get("/api/v1/public/library/entries?q=" + m, null), 200).get("total").asInt());
    assertEquals(404, get("/api/v1/public/library/entries/" + ids[0], null).statusCode());
    for (long id : ids) {
      ok(post("/api/v1/library/entries/" + id + "/versions/1/approve", reviewer), 200);
      awaitIndexed();
    }
    JsonNode found = ok(get("/api/v1/public/library/entries?q=" + m, null), 200);
    assertEquals(1, found.get("total").asInt(), "only the public entry, and only it is counted: " + found);
    assertEquals(List.of(ids[0]), hitIds(found));
    found.get("facets").get("type").fields().forEachRemaining(f -> assertEquals(1, f.getValue().asInt()));
    JsonNode entry = ok(get("/api/v1/public/library/entries/" + ids[0], null), 200);
    long file = entry.get("shown").get("attachments").get(0).get("id").asLong();
    HttpResponse<String> download = get("/api/v1/public/library/entries/" + ids[0] + "/versions/1/attachments/" + file, null);
    assertEquals(200, download.statusCode());
    assertEquals("Public guide " + m, download.body());
    for (long hidden : new long[] {ids[1], ids[2]}) {
      assertEquals(404, get("/api/v1/public/library/entries/" + hidden, null).statusCode());
      assertEquals(404, get("/api/v1/public/library/entries/" + hidden + "/versions/1", null).statusCode());
      assertEquals(404, get("/api/v1/public/library/entries/" + hidden + "/versions/1/attachments/1", null).statusCode());
    }
    // A new pending version of the public entry stays private until approved.
    ok(postJson("/api/v1/library/entries/" + ids[0] + "/versions", nl, entryJson("Open v2 " + m, "Draft " + m, null,
        "NL", "ASSET_RECOVERY", "GUIDELINE", "en", "PUBLIC")), 201);
    assertEquals(404, get("/api/v1/public/library/entries/" + ids[0] + "/versions/2", null).statusCode());
    assertEquals("Open " + m + " PUBLIC", ok(get("/api/v1/public/library/entries/" + ids[0], null), 200)
        .get("shown").get("title").asText());
    // The signed-in API still wants a token; the public pages serve the same entry.
    assertEquals(401, get("/api/v1/library/entries/" + ids[0], null).statusCode());
    HttpResponse<String> page = get("/public/library/search.xhtml?q=" + m, null);
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Open " + m + " PUBLIC") && !page.body().contains(m + " ALL_ORGANISATIONS")
        && !page.body().contains(m + " COURT_ONLY"), page.body());
  }

  /** The contributor takes back a pending version; colleagues and reviewers cannot; audited. */
  @Test
  void theContributorWithdrawsAPendingVersion() {
    String nl = token("state-nl", "focal.nl");
    String m = marker();
    long id = ok(postJson("/api/v1/library/entries", nl,
        entryJson("Withdrawn " + m, "x", null, "NL", "OTHER", "GUIDELINE", "en", "ALL_ORGANISATIONS")), 201).get("id").asLong();
    String withdraw = "/api/v1/library/entries/" + id + "/versions/1/withdraw";
    assertEquals(404, post(withdraw, token("state-fr", "focal.fr")).statusCode(), "another State: not there");
    assertEquals(403, post(withdraw, token("court", "library.reviewer")).statusCode());
    JsonNode v = ok(post(withdraw, nl), 200);
    assertEquals("WITHDRAWN", v.get("status").asText());
    assertEquals(409, post(withdraw, nl).statusCode(), "once");
    assertEquals(409, post("/api/v1/library/entries/" + id + "/versions/1/approve", token("court", "library.reviewer")).statusCode());
    assertTrue(ok(get("/api/v1/library/moderation", token("court", "library.reviewer")), 200).findValues("entryId")
        .stream().noneMatch(e -> e.asLong() == id), "out of the queue");
    assertEquals(201, postJson("/api/v1/library/entries/" + id + "/versions", nl,
        entryJson("Withdrawn v2 " + m, "x", null, "NL", "OTHER", "GUIDELINE", "en", "ALL_ORGANISATIONS")).statusCode(),
        "a new version can follow");
  }
}
