package icc.platform.it;

import static icc.platform.it.TestPlatform.get;
import static icc.platform.it.TestPlatform.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import icc.platform.crypto.transparency.AuditVerifyCommand;
import icc.platform.crypto.transparency.CanonicalJson;
import icc.platform.crypto.transparency.Checkpoint;
import icc.platform.crypto.transparency.NoteVerifierKey;
import icc.platform.crypto.transparency.ProofException;
import icc.platform.crypto.transparency.ProofVerifier;
import icc.platform.crypto.transparency.Rfc6962Hasher;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The audit API with real tokens: signed checkpoints that verify with the verifier key, proofs
 * that verify with {@link ProofVerifier}, exports that {@code platform-verify audit} accepts (and
 * rejects once tampered), and a 400 naming the parameter for bad input.
 */
class AuditApiIT {

  static String auditor() {
    return TestPlatform.userToken("platform", "platform.auditor");
  }


  /** Signs a checkpoint now (as auditor) and opens it with the platform's verifier key. */
  static Checkpoint signCheckpoint(String auditorToken) throws Exception {
    HttpResponse<String> signed = TestPlatform.post("/api/v1/audit/checkpoint", auditorToken);
    assertEquals(200, signed.statusCode(), signed.body());
    return Checkpoint.open(signed.body(), verifierKey(auditorToken));
  }

  static NoteVerifierKey verifierKey(String token) throws Exception {
    HttpResponse<String> key = get("/api/v1/audit/key", token);
    assertEquals(200, key.statusCode(), key.body());
    return NoteVerifierKey.parse(key.body().strip());
  }

  /** Every entry the token's holder may read, page by page. */
  static List<JsonNode> allEntries(String token) {
    List<JsonNode> all = new ArrayList<>();
    long from = 0;
    while (true) {
      HttpResponse<String> page = get("/api/v1/audit/entries?limit=1000&from=" + from, token);
      assertEquals(200, page.statusCode(), page.body());
      JsonNode body = json(page.body());
      body.get("entries").forEach(all::add);
      if (body.get("nextFrom") == null || body.get("nextFrom").isNull()) {
        return all;
      }
      from = body.get("nextFrom").asLong();
    }
  }

  /** The leaf data of an entry as the API returned it: the canonical form of its event. */
  static byte[] leafData(JsonNode entry) throws Exception {
    return CanonicalJson.canonicalize(entry.get("event").toString());
  }

  static List<byte[]> hashes(JsonNode array) {
    List<byte[]> hashes = new ArrayList<>();
    array.forEach(h -> hashes.add(Base64.getDecoder().decode(h.asText())));
    return hashes;
  }

  @Test
  void theLatestCheckpointIsSignedByTheVerifierKeyAndAnyOrganisationMayReadIt() throws Exception {
    String auditor = auditor();
    Checkpoint signed = signCheckpoint(auditor);
    String focalFr = TestPlatform.userToken("state-fr", "focal.fr");

    HttpResponse<String> latest = get("/api/v1/audit/checkpoint", focalFr);
    assertEquals(200, latest.statusCode(), latest.body());
    assertTrue(latest.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    Checkpoint opened = Checkpoint.open(latest.body(), verifierKey(focalFr));
    assertEquals("icc-cooperation-platform/audit", opened.origin());
    assertTrue(opened.size() >= signed.size());
    assertTrue(opened.timestamp().isPresent());

    HttpResponse<String> atSize = get("/api/v1/audit/checkpoints/" + signed.size(), focalFr);
    assertEquals(200, atSize.statusCode());
    assertEquals(signed, Checkpoint.open(atSize.body(), verifierKey(focalFr)));
  }

  @Test
  void inclusionAndConsistencyProofsVerifyAgainstSignedCheckpoints() throws Exception {
    String auditor = auditor();
    Checkpoint first = signCheckpoint(auditor);
    List<JsonNode> entries = allEntries(auditor);
    get("/api/v1/audit/entries", null); // one more event (a denied call)
    Checkpoint second = signCheckpoint(auditor);
    assertTrue(second.size() > first.size());

    // Any authenticated organisation may fetch proofs: here the Dutch focal point.
    String focalNl = TestPlatform.userToken("state-nl", "focal.nl");
    for (JsonNode entry : List.of(entries.get(0), entries.get((int) first.size() / 2), entries.get((int) first.size() - 1))) {
      long index = entry.get("leafIndex").asLong();
      for (Checkpoint checkpoint : List.of(first, second)) {
        HttpResponse<String> proof =
            get("/api/v1/audit/proofs/inclusion?index=" + index + "&treeSize=" + checkpoint.size(), focalNl);
        assertEquals(200, proof.statusCode(), proof.body());
        ProofVerifier.verifyInclusion(
            index, checkpoint.size(), Rfc6962Hasher.leafHash(leafData(entry)),
            hashes(json(proof.body()).get("inclusionPath")), checkpoint.rootHash());
        // The proof does not fit another leaf.
        byte[] otherLeaf = Rfc6962Hasher.leafHash("{\"forged\":true}".getBytes(StandardCharsets.UTF_8));
        assertThrows(ProofException.class, () -> ProofVerifier.verifyInclusion(
            index, checkpoint.size(), otherLeaf, hashes(json(proof.body()).get("inclusionPath")), checkpoint.rootHash()));
      }
    }

    HttpResponse<String> consistency =
        get("/api/v1/audit/proofs/consistency?size1=" + first.size() + "&size2=" + second.size(), focalNl);
    assertEquals(200, consistency.statusCode(), consistency.body());
    ProofVerifier.verifyConsistency(
        first.size(), second.size(), hashes(json(consistency.body()).get("consistencyPath")),
        first.rootHash(), second.rootHash());
  }

  @Test
  void anExportVerifiesOfflineAndATamperedOneDoesNot() throws Exception {
    String auditor = auditor();
    Checkpoint previous = signCheckpoint(auditor);
    HttpResponse<String> previousNote = get("/api/v1/audit/checkpoints/" + previous.size(), auditor);
    get("/api/v1/me", null); // grow the log
    signCheckpoint(auditor);

    HttpResponse<String> export =
        get("/api/v1/audit/export?from=0&count=200&previousSize=" + previous.size(), auditor);
    assertEquals(200, export.statusCode(), export.body());
    long treeSize = Long.parseLong(export.headers().firstValue("Audit-Tree-Size").orElseThrow());
    HttpResponse<String> checkpoint = get("/api/v1/audit/checkpoints/" + treeSize, auditor);
    assertEquals(200, checkpoint.statusCode());

    Path dir = Files.createTempDirectory("audit-export");
    Path exportFile = Files.writeString(dir.resolve("export.jsonl"), export.body());
    Path checkpointFile = Files.writeString(dir.resolve("checkpoint.txt"), checkpoint.body());
    Path previousFile = Files.writeString(dir.resolve("previous.txt"), previousNote.body());
    Path vkeyFile = Files.writeString(dir.resolve("platform.vkey"), get("/api/v1/audit/key", auditor).body());
    String[] args = {
      "--export", exportFile.toString(), "--checkpoint", checkpointFile.toString(),
      "--vkey-file", vkeyFile.toString(), "--previous-checkpoint", previousFile.toString()
    };
    assertEquals(AuditVerifyCommand.OK, verify(args), "the export should verify");
    assertTrue(export.body().lines().count() > 2);

    // Tamper with one event: the outcome of the first denied call becomes a success.
    String tampered = export.body().replaceFirst("\"outcome\":\"denied\"", "\"outcome\":\"success\"");
    assertNotEquals(export.body(), tampered);
    Files.writeString(exportFile, tampered);
    assertEquals(AuditVerifyCommand.FAILED, verify(args), "a tampered export must fail");
  }

  @Test
  void aFocalPointsExportHoldsOnlyItsOwnEventsAndVerifies() throws Exception {
    String focalNl = TestPlatform.userToken("state-nl", "focal.nl");
    TestPlatform.get("/api/v1/audit/entries", focalNl); // at least one NL event
    signCheckpoint(auditor());

    HttpResponse<String> export = get("/api/v1/audit/export", focalNl);
    assertEquals(200, export.statusCode(), export.body());
    List<String> events = export.body().lines().filter(l -> l.contains("\"type\":\"event\"")).toList();
    assertFalse(events.isEmpty());
    events.forEach(line -> assertEquals("NL", json(line).get("event").get("who").get("organisation").asText(), line));

    long treeSize = Long.parseLong(export.headers().firstValue("Audit-Tree-Size").orElseThrow());
    Path dir = Files.createTempDirectory("audit-export-nl");
    String[] args = {
      "--export", Files.writeString(dir.resolve("e.jsonl"), export.body()).toString(),
      "--checkpoint", Files.writeString(dir.resolve("c.txt"), get("/api/v1/audit/checkpoints/" + treeSize, focalNl).body()).toString(),
      "--vkey", verifierKey(focalNl).encode()
    };
    assertEquals(AuditVerifyCommand.OK, verify(args));
  }

  @Test
  void badParametersGetA400ThatNamesThem() {
    for (int i = 0; i < 3; i++) {
      get("/api/v1/audit/key", null); // the log holds at least 3 events
    }
    String auditor = auditor();
    assertBadRequest(get("/api/v1/audit/proofs/inclusion?index=0&treeSize=999999999", auditor), "treeSize");
    assertBadRequest(get("/api/v1/audit/proofs/inclusion?index=5&treeSize=3", auditor), "index");
    assertBadRequest(get("/api/v1/audit/proofs/inclusion?index=abc&treeSize=3", auditor), "index");
    assertBadRequest(get("/api/v1/audit/proofs/inclusion?treeSize=3", auditor), "index");
    assertBadRequest(get("/api/v1/audit/proofs/consistency?size1=0&size2=1", auditor), "size1");
    assertBadRequest(get("/api/v1/audit/proofs/consistency?size1=3&size2=2", auditor), "size1");
    assertBadRequest(get("/api/v1/audit/proofs/consistency?size1=1&size2=-1", auditor), "size2");
    assertBadRequest(get("/api/v1/audit/entries?limit=0", auditor), "limit");
    assertBadRequest(get("/api/v1/audit/entries?limit=100000", auditor), "limit");
    assertBadRequest(get("/api/v1/audit/entries?from=-3", auditor), "from");
    assertBadRequest(get("/api/v1/audit/export?count=999999", auditor), "count");
    assertBadRequest(get("/api/v1/audit/export?size=999999999", auditor), "size");
    assertBadRequest(get("/api/v1/audit/checkpoints/x1", auditor), "size");
    assertEquals(404, get("/api/v1/audit/checkpoints/999999999", auditor).statusCode());
  }

  @Test
  void onlyAuditorsSignCheckpointsAndOnlyAuditorsAndFocalPointsReadEvents() {
    String officer = TestPlatform.userToken("state-nl", "officer.nl");
    assertEquals(403, get("/api/v1/audit/entries", officer).statusCode());
    assertEquals(403, get("/api/v1/audit/export", officer).statusCode());
    assertEquals(403, TestPlatform.post("/api/v1/audit/checkpoint", officer).statusCode());
    assertEquals(403, TestPlatform.post("/api/v1/audit/checkpoint", TestPlatform.userToken("state-nl", "focal.nl")).statusCode());
    assertEquals(403, get("/api/v1/audit/entries", TestPlatform.userToken("platform", "platform.admin")).statusCode());
    assertEquals(200, get("/api/v1/audit/key", officer).statusCode());
    assertEquals(401, get("/api/v1/audit/key", null).statusCode());
  }

  private static void assertBadRequest(HttpResponse<String> response, String parameter) {
    assertEquals(400, response.statusCode(), response.body());
    JsonNode error = json(response.body());
    assertEquals(400, error.get("status").asInt());
    assertEquals("invalid_parameter", error.get("error").asText());
    assertTrue(error.get("message").asText().startsWith(parameter + ":"), error.toString());
  }

  private static int verify(String[] args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = AuditVerifyCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    System.out.println(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
    return status;
  }
}
